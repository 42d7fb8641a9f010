#include "limber/History.h"

namespace limber {

QString toString(SessionOutcome outcome)
{
    switch (outcome) {
    case SessionOutcome::Running:
        return QStringLiteral("running");
    case SessionOutcome::Completed:
        return QStringLiteral("completed");
    case SessionOutcome::Stopped:
        return QStringLiteral("stopped");
    case SessionOutcome::Interrupted:
        return QStringLiteral("interrupted");
    }
    return {};
}

std::optional<SessionOutcome> sessionOutcomeFromString(const QString& text)
{
    for (const SessionOutcome outcome :
         {SessionOutcome::Running, SessionOutcome::Completed, SessionOutcome::Stopped, SessionOutcome::Interrupted}) {
        if (toString(outcome) == text)
            return outcome;
    }
    return std::nullopt;
}

bool isValidPainLevel(int level)
{
    return level >= MinPainLevel && level <= MaxPainLevel;
}

bool SessionRecord::canResume() const
{
    return outcome == SessionOutcome::Interrupted && resumable && progress.resumeExerciseIndex < exercisesPlanned();
}

QString toString(PainCheckIn::Moment moment)
{
    switch (moment) {
    case PainCheckIn::Moment::Before:
        return QStringLiteral("before");
    case PainCheckIn::Moment::After:
        return QStringLiteral("after");
    case PainCheckIn::Moment::Standalone:
        return QStringLiteral("standalone");
    }
    return {};
}

std::optional<PainCheckIn::Moment> painMomentFromString(const QString& text)
{
    for (const PainCheckIn::Moment moment :
         {PainCheckIn::Moment::Before, PainCheckIn::Moment::After, PainCheckIn::Moment::Standalone}) {
        if (toString(moment) == text)
            return moment;
    }
    return std::nullopt;
}

} // namespace limber
