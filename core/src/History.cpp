#include "limber/History.h"

#include <initializer_list>

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

namespace {

template <typename Enum>
std::optional<Enum> fromName(const QString& text, std::initializer_list<Enum> all)
{
    for (const Enum value : all) {
        if (toString(value) == text)
            return value;
    }
    return std::nullopt;
}

} // namespace

QString toString(ReminderReason reason)
{
    switch (reason) {
    case ReminderReason::ActiveUse:
        return QStringLiteral("active-use");
    case ReminderReason::TimeOfDay:
        return QStringLiteral("time-of-day");
    case ReminderReason::Snoozed:
        return QStringLiteral("snoozed");
    case ReminderReason::OneOff:
        return QStringLiteral("one-off");
    }
    return {};
}

std::optional<ReminderReason> reminderReasonFromString(const QString& text)
{
    return fromName<ReminderReason>(
        text, {ReminderReason::ActiveUse, ReminderReason::TimeOfDay, ReminderReason::Snoozed, ReminderReason::OneOff});
}

QString toString(ReminderOutcome outcome)
{
    switch (outcome) {
    case ReminderOutcome::Started:
        return QStringLiteral("started");
    case ReminderOutcome::Finished:
        return QStringLiteral("finished");
    case ReminderOutcome::Snoozed:
        return QStringLiteral("snoozed");
    case ReminderOutcome::Skipped:
        return QStringLiteral("skipped");
    case ReminderOutcome::Ignored:
        return QStringLiteral("ignored");
    }
    return {};
}

std::optional<ReminderOutcome> reminderOutcomeFromString(const QString& text)
{
    return fromName<ReminderOutcome>(text,
                                     {ReminderOutcome::Started, ReminderOutcome::Finished, ReminderOutcome::Snoozed,
                                      ReminderOutcome::Skipped, ReminderOutcome::Ignored});
}

} // namespace limber
