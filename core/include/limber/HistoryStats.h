#pragma once

#include "limber/History.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace limber {

// The figures the history view shows, computed from plain records so they can
// be tested without a database or a widget. Days are the person's local days.

// A session counts towards a day when at least one exercise was done to its
// end: starting and stopping at once is not a day of stretching.
bool countsTowardsStreak(const SessionRecord& session);

// Days in a row with a counted session, ending today; a streak that reaches
// yesterday is still alive today, since today is not over yet.
int currentStreak(const QList<SessionRecord>& sessions, const QDate& today);

QDate startOfWeek(const QDate& day, Qt::DayOfWeek firstDayOfWeek = Qt::Monday);

struct WeekMinutes {
    QDate weekStart;
    double minutes = 0.0; // time actually spent exercising
    int sessions = 0;
};

// The `weeks` weeks up to and including the one holding `today`, oldest first;
// weeks without a session are there with zero minutes.
QList<WeekMinutes> minutesPerWeek(const QList<SessionRecord>& sessions, const QDate& today, int weeks,
                                  Qt::DayOfWeek firstDayOfWeek = Qt::Monday);

// This week against the person's weekly goal ("3 of 5 sessions this week").
// Weeks run Monday to Sunday in local time; a session counts as
// countsTowardsStreak() says, so a session stopped at once does not.
struct WeeklyProgress {
    QDate weekStart; // the Monday
    int done = 0;
    int goal = 0;
    bool reached() const { return goal > 0 && done >= goal; }
};

WeeklyProgress weeklyProgress(const QList<SessionRecord>& sessions, const QDate& today, int goal);

// The streak: how many weeks in a row (Monday to Sunday) the weekly goal was
// reached. Rest days never break it, only a whole week that ends short of the
// goal does, so a person aiming at 5 sessions a week may rest on any two days.
// The week under way adds one as soon as its goal is reached; while it is
// still short it neither counts nor breaks the streak, since it is not over.
// Every past week is measured against today's goal (the history does not keep
// the goals of the past).
int weeklyGoalStreak(const QList<SessionRecord>& sessions, const QDate& today, int goal);

// How the reminders of one day were answered. `shown` is the sum of the rest.
struct ReminderAnswers {
    int shown = 0;
    int started = 0;  // a session began and is not finished (stopped, or under way)
    int finished = 0; // the session it started was done to its end
    int snoozed = 0;
    int skipped = 0;
    int ignored = 0;
    int open = 0; // not answered yet
    void add(const ReminderRecord& reminder);
};

// One local day: the sessions started and the reminders shown on it.
struct DayActivity {
    QDate day;
    int sessions = 0; // every session started that day, as the list shows them
    ReminderAnswers reminders;
};

// Days in [from, to] with at least one session or reminder, newest first.
// Invalid bounds are open.
QList<DayActivity> dailyActivity(const QList<SessionRecord>& sessions, const QList<ReminderRecord>& reminders,
                                 const QDate& from = {}, const QDate& to = {});

struct PainTrendPoint {
    QDate day;
    std::optional<double> before; // daily average; standalone check-ins count here,
    std::optional<double> after;  // as they describe the back without fresh stretching
};

// Daily average pain for one region over [from, to], oldest first; days with
// no check-in are left out rather than drawn as zero.
QList<PainTrendPoint> painTrend(const QList<PainCheckIn>& checkIns, const QString& regionId, const QDate& from,
                                const QDate& to);

// Regions that have at least one check-in, in order of first appearance.
QStringList regionsWithPain(const QList<PainCheckIn>& checkIns);

} // namespace limber
