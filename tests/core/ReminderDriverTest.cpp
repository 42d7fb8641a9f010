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

// --time-scale in virtual time: the scheduler's clock runs `scale` times
// faster than the timers' (real) clock, as SteadyClock(scale) does.
class ScaledClock final : public Clock {
public:
    ScaledClock(const VirtualClock& real, double scale)
        : m_real(real)
        , m_scale(scale)
    {
    }
    qint64 nowMs() const override { return static_cast<qint64>(static_cast<double>(m_real.nowMs()) * m_scale); }
    double scale() const override { return m_scale; }

private:
    const VirtualClock& m_real;
    double m_scale;
};

TEST(ReminderDriverTimeScaleTest, AOneOffReminderComesAfterItsScaledTimeNotAsManyRealMilliseconds)
{
    VirtualClock real;
    const ScaledClock scaled(real, 20.0);
    VirtualTimerSource timers(real);
    FollowingWallClock wall(real);
    StillActivity activity;
    ReminderScheduler scheduler(scaled, wall, activity);
    int reminders = 0;
    qint64 shownAtRealMs = -1;
    QObject::connect(&scheduler, &ReminderScheduler::reminderDue, &scheduler, [&] {
        ++reminders;
        shownAtRealMs = real.nowMs();
    });
    ReminderDriver driver(scheduler, activity, timers);
    scheduler.remindIn(20 * 1000); // limber --time-scale 20 --remind-in 20s
    driver.pollNow();
    EXPECT_EQ(scheduler.nextReminder(), wall.now().addSecs(1)) << "the tray says when, on the wall clock";
    test::VirtualTime time(real);
    time.firing(timers);
    time.advance(1000);
    EXPECT_EQ(reminders, 1) << "20 s at 20 times is one real second, not twenty";
    EXPECT_EQ(shownAtRealMs, 1000);
}

TEST(ReminderDriverTimeScaleTest, WallClockWaitsStayInRealTime)
{
    // A pause until a time of day ends by the wall clock, which --time-scale
    // does not speed up: the driver may not sleep past it, nor wake 20 times as often.
    VirtualClock real;
    const ScaledClock scaled(real, 20.0);
    VirtualTimerSource timers(real);
    FollowingWallClock wall(real);
    StillActivity activity;
    ReminderScheduler scheduler(scaled, wall, activity);
    ReminderDriver driver(scheduler, activity, timers);
    scheduler.pauseFor(2 * Minute);
    EXPECT_GE(driver.msUntilWake(), 2 * Minute - 1000);
    EXPECT_LE(driver.msUntilWake(), 2 * Minute);
}

} // namespace
} // namespace limber
