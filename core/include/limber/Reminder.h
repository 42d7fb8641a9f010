#pragma once

#include <QString>

#include <optional>

namespace limber {

// Why a reminder was shown: after a stretch of computer use, at a time of day
// the person chose, again after a snooze, or once on request (--remind-in).
enum class ReminderReason { ActiveUse, TimeOfDay, Snoozed, OneOff };
// How the person answered. Started becomes Finished when the session it began
// is completed; a reminder that expired unanswered is Ignored.
enum class ReminderOutcome { Started, Finished, Snoozed, Skipped, Ignored };

// Stable names used in the database and in CSV ("active-use", "snoozed"); never translated.
QString toString(ReminderReason reason);
std::optional<ReminderReason> reminderReasonFromString(const QString& text);
QString toString(ReminderOutcome outcome);
std::optional<ReminderOutcome> reminderOutcomeFromString(const QString& text);

} // namespace limber
