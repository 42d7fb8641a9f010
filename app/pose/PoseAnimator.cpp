#include "pose/PoseAnimator.h"

#include <QList>

#include <algorithm>

namespace limber {

namespace {

struct LoopSegment {
    QString from;
    QString to;
    qint64 durationMs = 0;
};

QList<LoopSegment> loopSegments(const ExerciseArt& art)
{
    QList<LoopSegment> segments;
    if (art.isRepetition()) {
        // Round and round: the first phase starts where the last one ended.
        for (qsizetype i = 0; i < art.phases.size(); ++i) {
            const QString& from = art.phases.at((i + art.phases.size() - 1) % art.phases.size()).pose;
            segments.append({from, art.phases.at(i).pose, PoseAnimator::LoopPhaseMs});
        }
    } else if (!art.hold.isEmpty()) {
        segments.append({art.start, art.start, PoseAnimator::LoopPauseMs});
        segments.append({art.start, art.hold, PoseAnimator::LoopPhaseMs});
        segments.append({art.hold, art.hold, PoseAnimator::LoopPauseMs * 3 / 2});
        segments.append({art.hold, art.start, PoseAnimator::LoopPhaseMs});
    } else {
        segments.append({art.still, art.still, PoseAnimator::LoopPhaseMs});
    }
    return segments;
}

// How far through getting into (or out of) a pose we are: the movement takes
// TransitionMs, or half of a shorter step.
double transition(const Step& step, double progress)
{
    const qint64 window = std::min(PoseAnimator::TransitionMs, step.durationMs / 2);
    if (window <= 0)
        return 1;
    return std::clamp(progress * static_cast<double>(step.durationMs) / static_cast<double>(window), 0.0, 1.0);
}

} // namespace

bool PoseFrame::sameAs(const PoseFrame& other) const
{
    return exerciseId == other.exerciseId && mirrored == other.mirrored && samePose(pose, other.pose);
}

PoseFrame PoseAnimator::still(const QString& exerciseId) const
{
    const ExerciseArt& art = m_library.exerciseOrDefault(exerciseId);
    PoseFrame frame = makeFrame(art, {art.still, art.still, 0}, false);
    frame.exerciseId = exerciseId;
    return frame;
}

PoseBlend PoseAnimator::blend(const Step& step, double progress) const
{
    const ExerciseArt& art = m_library.exerciseOrDefault(step.exerciseId);
    progress = std::clamp(progress, 0.0, 1.0);

    const int phase = step.phaseId.isEmpty() ? -1 : art.phaseIndex(step.phaseId);
    if (phase >= 0) {
        const qsizetype count = art.phases.size();
        // The very first phase comes from the starting pose; later ones from
        // the phase before, wrapping round between repetitions.
        const QString from = phase == 0 && step.rep <= 1 ? art.start : art.phases.at((phase + count - 1) % count).pose;
        return {from, art.phases.at(phase).pose, easeInOut(progress)};
    }

    switch (step.kind) {
    case StepKind::Prepare:
    case StepKind::SwitchSides:
        return {art.start, art.start, 0};
    case StepKind::Hold:
        if (!art.hold.isEmpty())
            return {art.start, art.hold, easeInOut(transition(step, progress))};
        break;
    case StepKind::Rest: {
        // A rest between exercises belongs to the next exercise (it is not
        // part of a set): show where that one starts.
        if (step.set == 0)
            return {art.start, art.start, 0};
        const QString from = !art.hold.isEmpty() ? art.hold
            : art.isRepetition()                 ? art.phases.constLast().pose
                                                 : art.start;
        return {from, art.start, easeInOut(transition(step, progress))};
    }
    case StepKind::Move:
        break;
    }
    return {art.still, art.still, 0};
}

PoseFrame PoseAnimator::frame(const Step& step, double progress) const
{
    const ExerciseArt& art = m_library.exerciseOrDefault(step.exerciseId);
    PoseFrame result = makeFrame(art, blend(step, progress), step.side == Side::Right);
    result.exerciseId = step.exerciseId;
    return result;
}

PoseFrame PoseAnimator::loopFrame(const QString& exerciseId, qint64 elapsedMs) const
{
    const ExerciseArt& art = m_library.exerciseOrDefault(exerciseId);
    const QList<LoopSegment> segments = loopSegments(art);
    qint64 total = 0;
    for (const LoopSegment& segment : segments)
        total += segment.durationMs;
    qint64 at = total > 0 ? std::max<qint64>(elapsedMs, 0) % total : 0;
    PoseBlend blend {art.still, art.still, 0};
    for (const LoopSegment& segment : segments) {
        if (at < segment.durationMs) {
            blend = {segment.from, segment.to,
                     easeInOut(static_cast<double>(at) / static_cast<double>(segment.durationMs))};
            break;
        }
        at -= segment.durationMs;
    }
    PoseFrame frame = makeFrame(art, blend, false);
    frame.exerciseId = exerciseId;
    return frame;
}

qint64 PoseAnimator::loopDurationMs(const QString& exerciseId) const
{
    qint64 total = 0;
    for (const LoopSegment& segment : loopSegments(m_library.exerciseOrDefault(exerciseId)))
        total += segment.durationMs;
    return total;
}

PoseFrame PoseAnimator::makeFrame(const ExerciseArt& art, const PoseBlend& blend, bool mirrored) const
{
    PoseFrame frame;
    frame.mirrored = mirrored;
    const Pose* from = art.pose(blend.from);
    const Pose* to = art.pose(blend.to);
    if (!from || !to)
        return frame;
    frame.pose = blend.from == blend.to ? *to : interpolate(*from, *to, blend.t);
    return frame;
}

} // namespace limber
