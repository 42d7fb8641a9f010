#pragma once

#include "limber/Plan.h"
#include "pose/PoseLibrary.h"

#include <QString>

namespace limber {

// One picture: which exercise, the (possibly blended) pose, and whether it is
// the right-hand side drawn as a mirror of the left.
struct PoseFrame {
    QString exerciseId;
    Pose pose;
    bool mirrored = false;

    // Same picture, within rounding: the view skips repaints on this.
    bool sameAs(const PoseFrame& other) const;
};

// Where a frame comes from: a blend of two key poses. Exposed for tests and
// for anyone who wants to name what is shown.
struct PoseBlend {
    QString from;
    QString to;
    double t = 0; // eased, 0..1
};

// Turns the session's step and progress into a pose. Pure logic: no timers,
// no drawing, so it can be tested step by step.
class PoseAnimator final {
public:
    // Getting into or out of a hold takes this long at most; the rest of the
    // step is still, so a long hold costs no repaints.
    static constexpr qint64 TransitionMs = 1500;
    // The loop shown in an exercise's detail view.
    static constexpr qint64 LoopPhaseMs = 2200;
    static constexpr qint64 LoopPauseMs = 1200;

    explicit PoseAnimator(const PoseLibrary& library)
        : m_library(library)
    {
    }

    PoseFrame still(const QString& exerciseId) const;
    PoseFrame frame(const Step& step, double progress) const;
    PoseBlend blend(const Step& step, double progress) const;

    // The movement in a loop: for holds start, hold, start; for repetitions
    // every phase once. `elapsedMs` may grow without end.
    PoseFrame loopFrame(const QString& exerciseId, qint64 elapsedMs) const;
    qint64 loopDurationMs(const QString& exerciseId) const;

private:
    PoseFrame makeFrame(const ExerciseArt& art, const PoseBlend& blend, bool mirrored) const;

    const PoseLibrary& m_library;
};

} // namespace limber
