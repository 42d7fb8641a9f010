#pragma once

#include "limber/CueEvent.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>

namespace limber {

class Catalog;
struct Exercise;

// What the voice says, kept apart from any speech engine so it can be tested
// and translated: a plan step and a cue in, a sentence out.
class VoiceLines final {
    Q_DECLARE_TR_FUNCTIONS(limber::VoiceLines)

public:
    static constexpr qint64 Unlimited = std::numeric_limits<qint64>::max();

    // Sentences for `cue` at `step`, fullest first, each later one shorter;
    // empty when the cue is not spoken (the hold-ending ticks speak for themselves).
    static QStringList forCue(Cue cue, const Step& step, const Exercise* exercise);

    // One sentence for all the cues of a moment that can be said within
    // `availableMs` (before the next step begins). Fuller sentences are
    // preferred; when nothing fits, the most important cue's shortest line.
    // Empty: say nothing.
    static QString forMoment(const QList<CueEvent>& cues, const Plan& plan, const Catalog& catalog,
                             qint64 availableMs = Unlimited);

    // Every repetition is counted up to 10; longer series count every 5th.
    static bool announcesRep(const Step& step, const Exercise* exercise);

    // Rough speaking time at the normal rate, to judge whether a sentence fits.
    static qint64 estimatedMs(const QString& sentence);
};

} // namespace limber
