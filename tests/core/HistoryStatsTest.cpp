#include "limber/HistoryStats.h"

#include <gtest/gtest.h>

using namespace limber;

namespace {

const QDate Today(2024, 3, 14); // a Thursday

SessionRecord sessionOn(const QDate& day, int exercisesCompleted = 2, qint64 activeMs = 10 * 60000, int hour = 9)
{
    SessionRecord record;
    record.start = QDateTime(day, QTime(hour, 0));
    record.regionId = QStringLiteral("lower-back");
    record.exerciseIds = {QStringLiteral("a"), QStringLiteral("b")};
    record.progress.exercisesCompleted = exercisesCompleted;
    record.progress.activeMs = activeMs;
    return record;
}

PainCheckIn checkIn(const QDate& day, const QString& region, int level, PainCheckIn::Moment moment, int hour = 9)
{
    PainCheckIn result;
    result.at = QDateTime(day, QTime(hour, 0));
    result.regionId = region;
    result.level = level;
    result.moment = moment;
    return result;
}

const QString LowerBack = QStringLiteral("lower-back");
const QString Neck = QStringLiteral("neck");

} // namespace

TEST(StreakTest, CountsDaysInARowEndingToday)
{
    const QList<SessionRecord> sessions {sessionOn(Today.addDays(-2)), sessionOn(Today.addDays(-1)), sessionOn(Today),
                                         sessionOn(Today, 1, 60000, 18)};
    EXPECT_EQ(currentStreak(sessions, Today), 3);
}

TEST(StreakTest, AStreakReachingYesterdayIsStillAliveToday)
{
    EXPECT_EQ(currentStreak({sessionOn(Today.addDays(-2)), sessionOn(Today.addDays(-1))}, Today), 2);
}

TEST(StreakTest, AMissedDayEndsIt)
{
    EXPECT_EQ(currentStreak({sessionOn(Today.addDays(-5)), sessionOn(Today.addDays(-4)), sessionOn(Today)}, Today), 1);
    EXPECT_EQ(currentStreak({sessionOn(Today.addDays(-2))}, Today), 0);
    EXPECT_EQ(currentStreak({}, Today), 0);
}

TEST(StreakTest, ASessionWithNoExerciseDoneDoesNotCount)
{
    EXPECT_EQ(currentStreak({sessionOn(Today.addDays(-1)), sessionOn(Today, 0, 20000)}, Today), 1);
    EXPECT_EQ(currentStreak({sessionOn(Today.addDays(-1), 0, 20000), sessionOn(Today)}, Today), 1);
}

TEST(StreakTest, OrderDoesNotMatter)
{
    EXPECT_EQ(currentStreak({sessionOn(Today), sessionOn(Today.addDays(-2)), sessionOn(Today.addDays(-1))}, Today), 3);
}

TEST(WeekTest, WeeksStartOnTheGivenDay)
{
    EXPECT_EQ(startOfWeek(Today, Qt::Monday), QDate(2024, 3, 11));
    EXPECT_EQ(startOfWeek(QDate(2024, 3, 11), Qt::Monday), QDate(2024, 3, 11));
    EXPECT_EQ(startOfWeek(QDate(2024, 3, 17), Qt::Monday), QDate(2024, 3, 11));
    EXPECT_EQ(startOfWeek(Today, Qt::Sunday), QDate(2024, 3, 10));
    EXPECT_EQ(startOfWeek(QDate(2024, 3, 10), Qt::Sunday), QDate(2024, 3, 10));
}

TEST(WeekTest, MinutesAddUpPerWeekOldestFirst)
{
    const QList<SessionRecord> sessions {
        sessionOn(QDate(2024, 3, 11), 2, 10 * 60000),                                             // this week
        sessionOn(QDate(2024, 3, 13), 2, 5 * 60000), sessionOn(QDate(2024, 3, 10), 2, 7 * 60000), // Sunday: last week
        sessionOn(QDate(2024, 2, 1), 2, 99 * 60000),                                              // too old
    };
    const QList<WeekMinutes> weeks = minutesPerWeek(sessions, Today, 3);
    ASSERT_EQ(weeks.size(), 3);
    EXPECT_EQ(weeks[0].weekStart, QDate(2024, 2, 26));
    EXPECT_DOUBLE_EQ(weeks[0].minutes, 0.0);
    EXPECT_EQ(weeks[1].weekStart, QDate(2024, 3, 4));
    EXPECT_DOUBLE_EQ(weeks[1].minutes, 7.0);
    EXPECT_EQ(weeks[1].sessions, 1);
    EXPECT_EQ(weeks[2].weekStart, QDate(2024, 3, 11));
    EXPECT_DOUBLE_EQ(weeks[2].minutes, 15.0);
    EXPECT_EQ(weeks[2].sessions, 2);
}

TEST(WeekTest, MinutesAreTimeSpentNotTimePlanned)
{
    const QList<WeekMinutes> weeks = minutesPerWeek({sessionOn(Today, 0, 90000)}, Today, 1);
    ASSERT_EQ(weeks.size(), 1);
    EXPECT_DOUBLE_EQ(weeks[0].minutes, 1.5);
    EXPECT_TRUE(minutesPerWeek({}, Today, 0).isEmpty());
}

TEST(PainTrendTest, AveragesEachDayBeforeAndAfter)
{
    const QList<PainCheckIn> checkIns {
        checkIn(Today.addDays(-1), LowerBack, 6, PainCheckIn::Moment::Before),
        checkIn(Today.addDays(-1), LowerBack, 3, PainCheckIn::Moment::After),
        checkIn(Today, LowerBack, 5, PainCheckIn::Moment::Before, 8),
        checkIn(Today, LowerBack, 4, PainCheckIn::Moment::Standalone, 20),
        checkIn(Today, Neck, 9, PainCheckIn::Moment::Before),
    };
    const QList<PainTrendPoint> trend = painTrend(checkIns, LowerBack, Today.addDays(-7), Today);
    ASSERT_EQ(trend.size(), 2);
    EXPECT_EQ(trend[0].day, Today.addDays(-1));
    EXPECT_DOUBLE_EQ(trend[0].before.value(), 6.0);
    EXPECT_DOUBLE_EQ(trend[0].after.value(), 3.0);
    EXPECT_EQ(trend[1].day, Today);
    EXPECT_DOUBLE_EQ(trend[1].before.value(), 4.5) << "a standalone check-in counts as 'before'";
    EXPECT_FALSE(trend[1].after.has_value());
}

TEST(PainTrendTest, DaysOutsideTheRangeAreLeftOut)
{
    const QList<PainCheckIn> checkIns {
        checkIn(Today.addDays(-30), LowerBack, 8, PainCheckIn::Moment::Before),
        checkIn(Today.addDays(-3), LowerBack, 2, PainCheckIn::Moment::After),
    };
    const QList<PainTrendPoint> trend = painTrend(checkIns, LowerBack, Today.addDays(-7), Today);
    ASSERT_EQ(trend.size(), 1);
    EXPECT_EQ(trend[0].day, Today.addDays(-3));
    EXPECT_TRUE(painTrend(checkIns, Neck, Today.addDays(-7), Today).isEmpty());
}

TEST(PainTrendTest, RegionsAreListedOnceInOrderOfAppearance)
{
    const QList<PainCheckIn> checkIns {
        checkIn(Today, Neck, 1, PainCheckIn::Moment::Before),
        checkIn(Today, LowerBack, 1, PainCheckIn::Moment::Before),
        checkIn(Today, Neck, 1, PainCheckIn::Moment::After),
    };
    EXPECT_EQ(regionsWithPain(checkIns), (QStringList {Neck, LowerBack}));
}

namespace {

ReminderRecord reminderOn(const QDate& day, std::optional<ReminderOutcome> outcome, int hour = 10)
{
    ReminderRecord reminder;
    reminder.shown = QDateTime(day, QTime(hour, 0));
    reminder.due = reminder.shown;
    reminder.outcome = outcome;
    return reminder;
}

// `count` sessions on the days of the week starting `monday`, one a day from Monday on.
QList<SessionRecord> sessionsInWeek(const QDate& monday, int count)
{
    QList<SessionRecord> sessions;
    for (int i = 0; i < count; ++i)
        sessions.append(sessionOn(monday.addDays(i % 7), 2, 10 * 60000, 8 + i / 7));
    return sessions;
}

const QDate ThisMonday(2024, 3, 11); // Today's week

} // namespace

TEST(WeeklyGoalTest, CountsThisWeeksSessionsFromMondayAgainstTheGoal)
{
    const QList<SessionRecord> sessions {
        sessionOn(ThisMonday.addDays(-1)),  // Sunday: last week
        sessionOn(ThisMonday),              // Monday 09:00
        sessionOn(ThisMonday, 2, 60000, 0), // Monday just after midnight, local time
        sessionOn(Today),
        sessionOn(Today, 0, 20000), // nothing done: does not count
    };
    const WeeklyProgress progress = weeklyProgress(sessions, Today, 5);
    EXPECT_EQ(progress.weekStart, ThisMonday);
    EXPECT_EQ(progress.done, 3);
    EXPECT_EQ(progress.goal, 5);
    EXPECT_FALSE(progress.reached());
    EXPECT_TRUE(weeklyProgress(sessions, Today, 3).reached());
    EXPECT_EQ(weeklyProgress(sessions, QDate(2024, 3, 17), 5).done, 3) << "Sunday is still the same week";
    EXPECT_EQ(weeklyProgress(sessions, QDate(2024, 3, 18), 5).done, 0) << "a new week starts on Monday";
    EXPECT_EQ(weeklyProgress({}, Today, 5).done, 0);
}

TEST(WeeklyGoalTest, TheStreakCountsWeeksInARowThatReachedTheGoal)
{
    QList<SessionRecord> sessions;
    sessions += sessionsInWeek(ThisMonday.addDays(-21), 5);
    sessions += sessionsInWeek(ThisMonday.addDays(-14), 6);
    sessions += sessionsInWeek(ThisMonday.addDays(-7), 5);
    EXPECT_EQ(weeklyGoalStreak(sessions, Today, 5), 3) << "this week is not over: it does not break the streak";
    sessions += sessionsInWeek(ThisMonday, 5);
    EXPECT_EQ(weeklyGoalStreak(sessions, Today, 5), 4) << "this week counts once its goal is reached";
    EXPECT_EQ(weeklyGoalStreak(sessions, Today, 6), 0) << "the week with six was followed by one with five";
}

TEST(WeeklyGoalTest, RestDaysDoNotBreakTheStreakButAShortWeekDoes)
{
    // Five sessions on Monday, Wednesday, Friday, Saturday and Sunday: two rest days, one of them in a row.
    const QDate lastMonday = ThisMonday.addDays(-7);
    QList<SessionRecord> sessions;
    for (int day : {0, 2, 4, 5, 6})
        sessions.append(sessionOn(lastMonday.addDays(day)));
    EXPECT_EQ(weeklyGoalStreak(sessions, Today, 5), 1);
    // The week before had four: short of the goal, so the streak starts after it.
    for (int day : {0, 1, 2, 3})
        sessions.append(sessionOn(lastMonday.addDays(day - 7)));
    sessions += sessionsInWeek(lastMonday.addDays(-14), 5);
    EXPECT_EQ(weeklyGoalStreak(sessions, Today, 5), 1);
    EXPECT_EQ(weeklyGoalStreak(sessions, Today, 4), 3);
    EXPECT_EQ(weeklyGoalStreak({}, Today, 5), 0);
    EXPECT_EQ(weeklyGoalStreak(sessions, Today, 0), 0) << "no goal, no streak";
}

TEST(WeeklyGoalTest, SessionsWithNothingDoneDoNotCountTowardsTheGoal)
{
    QList<SessionRecord> sessions = sessionsInWeek(ThisMonday.addDays(-7), 4);
    sessions.append(sessionOn(ThisMonday.addDays(-2), 0, 20000));
    EXPECT_EQ(weeklyGoalStreak(sessions, Today, 5), 0);
}

TEST(DailyActivityTest, SessionsAndRemindersAreCountedPerDayNewestFirst)
{
    const QList<SessionRecord> sessions {sessionOn(Today), sessionOn(Today, 1, 60000, 15),
                                         sessionOn(Today.addDays(-3))};
    const QList<ReminderRecord> reminders {
        reminderOn(Today, ReminderOutcome::Finished),
        reminderOn(Today, ReminderOutcome::Snoozed, 11),
        reminderOn(Today, ReminderOutcome::Started, 14),
        reminderOn(Today, std::nullopt, 16),
        reminderOn(Today.addDays(-1), ReminderOutcome::Skipped),
        reminderOn(Today.addDays(-1), ReminderOutcome::Ignored),
    };
    const QList<DayActivity> days = dailyActivity(sessions, reminders);
    ASSERT_EQ(days.size(), 3);
    EXPECT_EQ(days[0].day, Today);
    EXPECT_EQ(days[0].sessions, 2);
    EXPECT_EQ(days[0].reminders.shown, 4);
    EXPECT_EQ(days[0].reminders.finished, 1);
    EXPECT_EQ(days[0].reminders.snoozed, 1);
    EXPECT_EQ(days[0].reminders.started, 1);
    EXPECT_EQ(days[0].reminders.open, 1);
    EXPECT_EQ(days[1].day, Today.addDays(-1)) << "a day with reminders and no session is still a day";
    EXPECT_EQ(days[1].sessions, 0);
    EXPECT_EQ(days[1].reminders.skipped, 1);
    EXPECT_EQ(days[1].reminders.ignored, 1);
    EXPECT_EQ(days[2].day, Today.addDays(-3));
    EXPECT_EQ(days[2].reminders.shown, 0);

    const QList<DayActivity> recent = dailyActivity(sessions, reminders, Today.addDays(-1), Today);
    ASSERT_EQ(recent.size(), 2);
    EXPECT_EQ(recent[1].day, Today.addDays(-1));
    EXPECT_TRUE(dailyActivity({}, {}).isEmpty());
}
