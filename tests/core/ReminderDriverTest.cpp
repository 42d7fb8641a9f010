#include "limber/ReminderDriver.h"
#include "limber/ReminderScheduler.h"
#include "limber/Timer.h"

#include "VirtualTime.h"

#include <gtest/gtest.h>

namespace limber {
namespace {

constexpr qint64 Minute = 60 * 1000;

// Wall time that moves with the virtual clock, from Monday 30 November 2026, 09:00.
class FollowingWallClock final : public WallClock {
public:
    explicit FollowingWallClock(const VirtualClock& clock)
        : m_clock(clock)
    {
    }
    QDateTime now() const override
    {
        return QDateTime(QDate(2026, 11, 30), QTime(9, 0), QTimeZone("Europe/Berlin")).addMSecs(m_clock.nowMs());
    }

private:
    const VirtualClock& m_clock;
};

class StillActivity final : public ActivitySource {
public:
    Activity current() const override { return state; }
    void change(const Activity& next)
    {
        state = next;
        Q_EMIT changed();
    }
    Activity state;
};

class ReminderDriverTest : public ::testing::Test {
protected:
    ReminderDriverTest()
    {
        ReminderSettings settings;
        settings.enabled = true;
        scheduler.setSettings(settings);
        QObject::connect(&scheduler, &ReminderScheduler::reminderDue, &scheduler, [this] { ++reminders; });
    }

    VirtualClock clock;
    VirtualTimerSource timers {clock};
    FollowingWallClock wall {clock};
    StillActivity activity;
    ReminderScheduler scheduler {clock, wall, activity};
    int reminders = 0;
};

TEST_F(ReminderDriverTest, WakesTheSchedulerWhenItAskedAndRemindsOnTime)
{
    ReminderDriver driver(scheduler, activity, timers);
    QObject::connect(&scheduler, &ReminderScheduler::reminderDue, &scheduler,
                     [&] { EXPECT_EQ(clock.nowMs(), 50 * Minute) << "at fifty minutes of use, not a wake-up later"; });
    test::VirtualTime time(clock);
    time.firing(timers);
    time.advance(51 * Minute);
    EXPECT_EQ(reminders, 1);
    EXPECT_TRUE(driver.isArmed());
    EXPECT_LE(driver.msUntilWake(), ReminderScheduler::LongestSleepMs);
}

TEST_F(ReminderDriverTest, NoTimerAtAllWhileRemindersAreOff)
{
    scheduler.setSettings(ReminderSettings());
    ReminderDriver driver(scheduler, activity, timers);
    EXPECT_FALSE(driver.isArmed());
    EXPECT_EQ(timers.nextDueMs(), -1);
    ReminderSettings on;
    on.enabled = true;
    scheduler.setSettings(on);
    EXPECT_TRUE(driver.isArmed()) << "turning reminders on arms it";
}

TEST_F(ReminderDriverTest, ADesktopChangeIsSeenAtOnce)
{
    ReminderDriver driver(scheduler, activity, timers);
    activity.state.doNotDisturb = true;
    test::VirtualTime time(clock);
    time.firing(timers);
    time.advance(55 * Minute);
    EXPECT_EQ(reminders, 0);
    activity.change(Activity {}); // the fullscreen call ended
    EXPECT_EQ(reminders, 1) << "without waiting for the next wake-up";
}

} // namespace
} // namespace limber
