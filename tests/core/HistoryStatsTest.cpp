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
