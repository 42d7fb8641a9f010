#include "limber/ReminderScheduler.h"

#include <gtest/gtest.h>

#include <memory>

namespace limber {
namespace {

using Reason = ReminderScheduler::Reason;
constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;

// The wall clock a test sets: it moves with the monotonic clock unless the
// test makes it jump (a suspend, a changed clock).
class TestWallClock final : public WallClock {
public:
    explicit TestWallClock(QDateTime start)
        : m_now(std::move(start))
    {
    }
    QDateTime now() const override { return m_now; }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

class TestActivity final : public ActivitySource {
public:
    Activity current() const override { return state; }
    bool seesIdleTime() const override { return idleVisible; }
    Activity state;
    bool idleVisible = true;
};

class ReminderSchedulerTest : public ::testing::Test {
protected:
    // Monday 2026-11-30, 09:00 in Berlin.
    void startAt(const QDateTime& start, ReminderSettings settings = enabledSettings())
    {
        wall = std::make_unique<TestWallClock>(start);
        scheduler = std::make_unique<ReminderScheduler>(clock, *wall, activity);
        scheduler->setSettings(settings);
        QObject::connect(scheduler.get(), &ReminderScheduler::reminderDue, scheduler.get(), [this](Reason reason) {
            fired.append(reason);
            firedAt.append(wall->now());
        });
    }

    static ReminderSettings enabledSettings()
    {
        ReminderSettings settings;
        settings.enabled = true;
        return settings;
    }

    static QDateTime berlin(int y, int m, int d, int h, int min)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Europe/Berlin"));
    }

    // Moves time on by `ms` the way the app's driver does: waking at
    // msUntilNextPoll() (or at once when the activity changes), never more
    // often. While `active`, the person keeps using the computer (idle 0);
    // otherwise idle time grows with the clock.
    void run(qint64 ms, bool active = true)
    {
        qint64 done = 0;
        while (done < ms) {
            const qint64 wait = scheduler->msUntilNextPoll();
            const qint64 step = std::min(wait < 0 ? ms - done : wait, ms - done);
            clock.advance(step);
            wall->advance(step);
            activity.state.idleMs = active ? 0 : activity.state.idleMs + step;
            done += step;
            scheduler->poll();
            ++polls;
        }
    }

    // The activity changed (the desktop says so at once): the driver polls now.
    void changeActivity(const Activity& state)
    {
        activity.state = state;
        scheduler->poll();
    }

    VirtualClock clock;
    TestActivity activity;
    std::unique_ptr<TestWallClock> wall;
    std::unique_ptr<ReminderScheduler> scheduler;
    QList<Reason> fired;
    QList<QDateTime> firedAt;
    int polls = 0;
};

TEST_F(ReminderSchedulerTest, RemindsAfterFiftyMinutesOfActiveUse)
{
    startAt(berlin(2026, 11, 30, 9, 0));
    run(49 * Minute);
    EXPECT_TRUE(fired.isEmpty());
    run(2 * Minute);
    ASSERT_EQ(fired, QList<Reason> {Reason::ActiveUse});
    EXPECT_EQ(firedAt.first(), berlin(2026, 11, 30, 9, 50));
    run(48 * Minute);
    EXPECT_EQ(fired.size(), 1) << "the count starts again after a reminder";
}

TEST_F(ReminderSchedulerTest, WaitingIsNearlyFree)
{
    startAt(berlin(2026, 11, 30, 9, 0));
    run(Hour);
    // A tenth of what the break apps cost (about four wake-ups a second) would be 360.
    EXPECT_LE(polls, 30) << "wakes up every few minutes, not every second";
    EXPECT_GE(polls, 12) << "often enough to see a five-minute break";
}

TEST_F(ReminderSchedulerTest, AnIdleBreakStartsTheCountAgain)
{
    startAt(berlin(2026, 11, 30, 9, 0));
    run(30 * Minute);
    run(7 * Minute, /*active=*/false);
    run(45 * Minute);
    EXPECT_TRUE(fired.isEmpty()) << "30 min, a break, then 45 min: never 50 in a row";
    run(6 * Minute);
    EXPECT_EQ(fired, QList<Reason> {Reason::ActiveUse});
}

TEST_F(ReminderSchedulerTest, ComingBackFromALongAbsenceFiresNothing)
{
    startAt(berlin(2026, 11, 30, 9, 0));
    run(45 * Minute);
    run(3 * Hour, /*active=*/false);
    run(20 * Minute);
    EXPECT_TRUE(fired.isEmpty());
}

TEST_F(ReminderSchedulerTest, NothingWhileIdleOrLockedThenOnceOnReturn)
{
    ReminderSettings settings = enabledSettings();
    settings.mode = ReminderSettings::Mode::TimesOfDay;
    settings.times = {QTime(10, 30), QTime(15, 0)};
    startAt(berlin(2026, 11, 30, 10, 0), settings);
    run(28 * Minute);
    // 10:30 comes while the person has been away for two minutes (not yet a break).
    run(3 * Minute, /*active=*/false);
    EXPECT_TRUE(fired.isEmpty());
    EXPECT_TRUE(scheduler->isHeld());
    changeActivity(Activity {});
    EXPECT_EQ(fired, QList<Reason> {Reason::TimeOfDay}) << "once, on return";

    fired.clear();
    run(4 * Hour + 27 * Minute); // to 14:58
    activity.state.locked = true;
    run(3 * Minute);
    EXPECT_TRUE(fired.isEmpty()) << "locked at 15:00";
    changeActivity(Activity {});
    EXPECT_EQ(fired.size(), 1);
}

TEST_F(ReminderSchedulerTest, NothingOutsideWorkingHoursAndDays)
{
    startAt(berlin(2026, 11, 30, 7, 0));
    run(2 * Hour + 49 * Minute); // 07:00 to 09:49: only 49 minutes inside working hours
    EXPECT_TRUE(fired.isEmpty());
    run(2 * Minute);
    EXPECT_EQ(fired.size(), 1);

    fired.clear();
    startAt(berlin(2026, 12, 5, 9, 0)); // a Saturday
    run(10 * Hour);
    EXPECT_TRUE(fired.isEmpty());
}

TEST_F(ReminderSchedulerTest, DoNotDisturbHoldsOneReminderAndReleasesItOnce)
{
    startAt(berlin(2026, 11, 30, 9, 0));
    activity.state.doNotDisturb = true; // a fullscreen video call
    run(70 * Minute);
    EXPECT_TRUE(fired.isEmpty());
    EXPECT_TRUE(scheduler->isHeld());
    changeActivity(Activity {});
    EXPECT_EQ(fired, QList<Reason> {Reason::ActiveUse}) << "comes once when it ends";
    run(49 * Minute);
    EXPECT_EQ(fired.size(), 1) << "not repeated";
}

TEST_F(ReminderSchedulerTest, ARunningSessionHoldsTheReminder)
{
    startAt(berlin(2026, 11, 30, 9, 0));
    run(48 * Minute);
    activity.state.sessionRunning = true;
    run(5 * Minute);
    EXPECT_TRUE(fired.isEmpty());
    Activity after;
    changeActivity(after);
    EXPECT_EQ(fired.size(), 1);
}

TEST_F(ReminderSchedulerTest, SnoozeRemindsAgainAfterItsMinutes)
{
    startAt(berlin(2026, 11, 30, 9, 0));
    run(50 * Minute);
    ASSERT_EQ(fired.size(), 1);
    scheduler->snooze(10);
    run(9 * Minute);
    EXPECT_EQ(fired.size(), 1);
    run(2 * Minute);
    ASSERT_EQ(fired.size(), 2);
    EXPECT_EQ(fired.last(), Reason::Snoozed);
    EXPECT_EQ(firedAt.last(), berlin(2026, 11, 30, 10, 0));
}

TEST_F(ReminderSchedulerTest, SkipWaitsForTheNextOne)
{
    startAt(berlin(2026, 11, 30, 9, 0));
    run(50 * Minute);
    scheduler->skip();
    run(49 * Minute);
    EXPECT_EQ(fired.size(), 1);
    run(2 * Minute);
    EXPECT_EQ(fired.size(), 2);
}

TEST_F(ReminderSchedulerTest, PauseForAnHourThenCountingStartsAfresh)
{
    startAt(berlin(2026, 11, 30, 9, 0));
    run(40 * Minute);
    scheduler->pauseFor(Hour);
    EXPECT_TRUE(scheduler->isPaused());
    run(Hour);
    EXPECT_TRUE(fired.isEmpty());
    EXPECT_FALSE(scheduler->isPaused());
    run(49 * Minute);
    EXPECT_TRUE(fired.isEmpty()) << "the 40 minutes before the pause are no debt";
    run(2 * Minute);
    EXPECT_EQ(fired.size(), 1);
}

TEST_F(ReminderSchedulerTest, PauseUntilTomorrowAndUntilResumed)
{
    startAt(berlin(2026, 11, 30, 9, 0));
    scheduler->pauseUntilTomorrow();
    EXPECT_EQ(scheduler->pausedUntil(), berlin(2026, 12, 1, 0, 0));
    run(9 * Hour);
    EXPECT_TRUE(fired.isEmpty());

    startAt(berlin(2026, 11, 30, 9, 0));
    scheduler->pauseUntilResumed();
    run(3 * Hour);
    EXPECT_TRUE(fired.isEmpty());
    EXPECT_FALSE(scheduler->nextReminder().has_value());
    scheduler->resume();
    run(51 * Minute);
    EXPECT_EQ(fired.size(), 1);
}

TEST_F(ReminderSchedulerTest, ASuspendIsABreakNotAPileOfReminders)
{
    startAt(berlin(2026, 11, 30, 9, 0));
    run(45 * Minute);
    wall->advance(2 * Hour); // asleep: the monotonic clock stood still
    run(40 * Minute);
    EXPECT_TRUE(fired.isEmpty());
}

TEST_F(ReminderSchedulerTest, AShortClockJumpGivesAtMostOneReminder)
{
    ReminderSettings settings = enabledSettings();
    settings.mode = ReminderSettings::Mode::TimesOfDay;
    settings.times = {QTime(10, 27), QTime(10, 28), QTime(10, 29)};
    startAt(berlin(2026, 11, 30, 10, 25), settings);
    run(Minute);
    wall->advance(4 * Minute); // the clock set forward past all three (less than a break)
    run(5 * Minute);
    EXPECT_EQ(fired.size(), 1);
}

TEST_F(ReminderSchedulerTest, TimesOfDayOnWorkingDaysAcrossAWeekendAndADaylightSavingChange)
{
    ReminderSettings settings = enabledSettings();
    settings.mode = ReminderSettings::Mode::TimesOfDay;
    settings.times = {QTime(15, 0), QTime(10, 30)};
    // Friday 27 March 2026, 16:00; clocks spring forward on Sunday the 29th.
    startAt(berlin(2026, 3, 27, 16, 0), settings);
    EXPECT_EQ(scheduler->nextReminder(), berlin(2026, 3, 30, 10, 30));
    run(3 * 24 * Hour - 5 * Hour); // to Monday 11:00 (the wall clock gains nothing: DST is in the zone, not a jump)
    ASSERT_EQ(fired, QList<Reason> {Reason::TimeOfDay});
    EXPECT_EQ(firedAt.first().time(), QTime(10, 30)) << "10:30 local time after the change";
    EXPECT_EQ(firedAt.first().date(), QDate(2026, 3, 30));
    EXPECT_EQ(scheduler->nextReminder(), berlin(2026, 3, 30, 15, 0));
}

TEST_F(ReminderSchedulerTest, ATimeThatDoesNotExistOnTheChangeDayStillRemindsOnce)
{
    ReminderSettings settings = enabledSettings();
    settings.mode = ReminderSettings::Mode::TimesOfDay;
    settings.times = {QTime(2, 30)};
    settings.workingDays = {1, 2, 3, 4, 5, 6, 7};
    settings.workStart = QTime(0, 0);
    settings.workEnd = QTime(23, 59);
    startAt(berlin(2026, 3, 28, 1, 0), settings);
    run(3 * 24 * Hour);
    EXPECT_EQ(fired.size(), 3) << "28th, 29th (02:30 does not exist: 03:30), 30th";

    fired.clear();
    startAt(berlin(2026, 10, 24, 1, 0), settings); // 02:30 happens twice on the 25th
    run(3 * 24 * Hour);
    EXPECT_EQ(fired.size(), 3);
}

TEST_F(ReminderSchedulerTest, AOneOffRemindsEvenWhenOffAndOutsideHoursButWaitsOutDoNotDisturb)
{
    ReminderSettings off;
    startAt(berlin(2026, 12, 5, 22, 0), off); // Saturday night, reminders off
    scheduler->remindIn(90 * 1000);
    activity.state.doNotDisturb = true;
    run(2 * Minute);
    EXPECT_TRUE(fired.isEmpty());
    changeActivity(Activity {});
    EXPECT_EQ(fired, QList<Reason> {Reason::OneOff});
    run(Hour);
    EXPECT_EQ(fired.size(), 1);
}

TEST_F(ReminderSchedulerTest, OffMeansNeverAndNoWakeUps)
{
    startAt(berlin(2026, 11, 30, 9, 0), ReminderSettings());
    EXPECT_EQ(scheduler->msUntilNextPoll(), -1);
    run(8 * Hour);
    EXPECT_TRUE(fired.isEmpty());
    EXPECT_FALSE(scheduler->nextReminder().has_value());
}

TEST_F(ReminderSchedulerTest, NextReminderForTheTray)
{
    startAt(berlin(2026, 11, 30, 9, 0));
    EXPECT_EQ(scheduler->nextReminder(), berlin(2026, 11, 30, 9, 50));
    run(20 * Minute);
    EXPECT_EQ(scheduler->nextReminder(), berlin(2026, 11, 30, 9, 50));
    startAt(berlin(2026, 11, 30, 17, 30));
    EXPECT_EQ(scheduler->nextReminder(), berlin(2026, 12, 1, 9, 50)) << "not after working hours";
}

TEST_F(ReminderSchedulerTest, WithoutIdleTimeRemindersFollowTheClock)
{
    activity.idleVisible = false;
    startAt(berlin(2026, 11, 30, 9, 0));
    run(51 * Minute, /*active=*/false);
    EXPECT_EQ(fired.size(), 1) << "nothing tells idle from work: every minute counts";
}

} // namespace
} // namespace limber
