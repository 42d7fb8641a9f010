#include "text/VoiceLines.h"

#include "limber/Catalog.h"
#include "limber/CatalogText.h"

#include <QRegularExpression>

#include <algorithm>

namespace limber {

namespace {

constexpr int CountEveryRepUpTo = 10;
constexpr int CountEveryNthRep = 5;

// Measured on flite's English voices at the rate VoiceGuide uses ("Hold." takes
// 0.75 s, a 13-word sentence 6.3 s); erring long keeps sentences from being cut.
constexpr qint64 MsPerWord = 450;
constexpr qint64 MsPerPause = 200; // after a full stop or comma
constexpr qint64 MsToStart = 150;

QString joined(const QStringList& parts)
{
    return parts.join(QLatin1Char(' '));
}

} // namespace

bool VoiceLines::announcesRep(const Step& step, const Exercise* exercise)
{
    if (step.reps <= 0 || step.rep <= 0)
        return false;
    // Only the first phase of a repetition carries its number.
    if (exercise && !exercise->dose.repetitions.phases.isEmpty()
        && step.phaseId != exercise->dose.repetitions.phases.constFirst().id)
        return false;
    return step.reps <= CountEveryRepUpTo || step.rep % CountEveryNthRep == 0;
}

QStringList VoiceLines::forCue(Cue cue, const Step& step, const Exercise* exercise)
{
    const QString name = exercise ? catalogText(exercise->name) : QString();
    const QString count = tr("%1.", "a repetition number, spoken on its own").arg(step.rep);
    const bool counted = announcesRep(step, exercise);

    switch (cue) {
    case Cue::SessionStart:
        return {tr("Let's begin.")};
    case Cue::Prepare: {
        if (name.isEmpty())
            return {tr("Get into position.")};
        const QString title = tr("%1.", "the exercise name, spoken").arg(name);
        QString side;
        if (step.side == Side::Left)
            side = tr("Start with your left side.");
        else if (step.side == Side::Right)
            side = tr("Start with your right side.");
        QStringList lines;
        if (exercise && !exercise->position.isEmpty())
            lines.append(joined(QStringList {title, catalogText(exercise->position), side}).trimmed());
        if (!side.isEmpty())
            lines.append(joined({title, side}));
        lines.append(title);
        return lines;
    }
    case Cue::HoldStart: {
        const int seconds = static_cast<int>((step.durationMs + 500) / 1000);
        // English reads the source text directly (no .qm), so the singular gets
        // its own sentence; %n still lets translators supply every plural form.
        const QString howLong = seconds == 1 ? tr("Hold for 1 second.") : tr("Hold for %n seconds.", "", seconds);
        return {howLong, tr("Hold.")};
    }
    case Cue::Release:
        // A rest between sets belongs to a set; the one before a new exercise does not.
        if (step.set > 0 || name.isEmpty())
            return {tr("Release.")};
        return {tr("Release and rest. Next: %1.").arg(name), tr("Release and rest.")};
    case Cue::SwitchSides:
        if (step.side == Side::Left)
            return {tr("Switch to your left side."), tr("Switch sides.")};
        if (step.side == Side::Right)
            return {tr("Switch to your right side."), tr("Switch sides.")};
        return {tr("Switch sides.")};
    case Cue::BreatheIn:
        return counted ? QStringList {joined({count, tr("Breathe in.")}), count} : QStringList {tr("Breathe in.")};
    case Cue::BreatheOut:
        return counted ? QStringList {joined({count, tr("Breathe out.")}), count} : QStringList {tr("Breathe out.")};
    case Cue::Rep:
        return counted ? QStringList {count} : QStringList {};
    case Cue::HoldEnding:
        return {};
    case Cue::ExerciseDone:
        return {tr("Exercise complete.")};
    case Cue::SessionDone:
        return {tr("Well done. Your session is complete."), tr("Well done.")};
    }
    return {};
}

QString VoiceLines::forMoment(const QList<CueEvent>& cues, const Plan& plan, const Catalog& catalog, qint64 availableMs)
{
    const bool sessionDone
        = std::any_of(cues.begin(), cues.end(), [](const CueEvent& event) { return event.cue == Cue::SessionDone; });
    QList<QStringList> parts; // in the order the engine emitted them, which is the order things happen
    QList<Cue> spoken;
    for (const CueEvent& event : cues) {
        // "Well done, your session is complete" already says the last exercise is.
        if (sessionDone && event.cue == Cue::ExerciseDone)
            continue;
        if (event.stepIndex < 0 || event.stepIndex >= plan.steps.size())
            continue;
        const Step& step = plan.steps[event.stepIndex];
        const QStringList lines = forCue(event.cue, step, catalog.exercise(step.exerciseId));
        if (lines.isEmpty())
            continue;
        parts.append(lines);
        spoken.append(event.cue);
    }
    if (parts.isEmpty())
        return {};

    qsizetype longest = 0;
    for (const QStringList& lines : parts)
        longest = std::max(longest, lines.size());
    // Shorten every part one step at a time until the whole fits.
    for (qsizetype level = 0; level < longest; ++level) {
        QStringList sentence;
        for (const QStringList& lines : parts)
            sentence.append(lines[std::min(level, lines.size() - 1)]);
        const QString text = joined(sentence);
        if (estimatedMs(text) <= availableMs)
            return text;
    }
    // Nothing fits: the most important thing, as briefly as it can be said.
    const Cue top = *mostImportant(spoken);
    return parts[spoken.indexOf(top)].constLast();
}

qint64 VoiceLines::estimatedMs(const QString& sentence)
{
    static const QRegularExpression wordBreak(QStringLiteral("\\s+"));
    static const QRegularExpression pause(QStringLiteral("[.,;:!?]"));
    const QString text = sentence.trimmed();
    if (text.isEmpty())
        return 0;
    const qint64 words = text.split(wordBreak, Qt::SkipEmptyParts).size();
    const qint64 pauses = text.count(pause);
    return MsToStart + words * MsPerWord + pauses * MsPerPause;
}

} // namespace limber
