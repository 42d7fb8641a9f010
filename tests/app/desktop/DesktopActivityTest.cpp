#include "FakeDesktopServices.h"
#include "LogCapture.h"

#include "desktop/DesktopActivity.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

namespace limber {
namespace {

using test::FakeDesktopServices;
using Watch = test::FakeDesktopState::Watch;

using test::LogCapture;

TEST(DesktopActivity, WithNothingOnTheBusSeesNoIdleTimeAndSaysSoForPreferences)
{
    const LogCapture log;
    const DesktopActivity activity;
    EXPECT_FALSE(activity.seesIdleTime());
    EXPECT_FALSE(activity.limitation().isEmpty());
    EXPECT_TRUE(activity.idleTimeSource().isEmpty());
    EXPECT_TRUE(activity.screenLockSources().isEmpty());
    EXPECT_FALSE(activity.seesFullscreen()) << "offscreen has no X11";
    const Activity now = activity.current();
    EXPECT_EQ(now.idleMs, 0);
    EXPECT_FALSE(now.locked);
    EXPECT_FALSE(now.doNotDisturb);
    EXPECT_EQ(log.count("activity: idle time from nothing"), 1) << log.text();
    EXPECT_EQ(log.count("warning"), 0) << "absent services are normal: " << log.text();
}

TEST(DesktopActivity, WithNoSessionBusAtAllSaysSoOnceAndKeepsWorking)
{
    const LogCapture log;
    const QDBusConnection noBus
        = QDBusConnection::connectToBus(QStringLiteral("unix:path=/nonexistent/bus"), QStringLiteral("no-bus"));
    ASSERT_FALSE(noBus.isConnected());
    {
        DesktopActivity activity(noBus);
        EXPECT_FALSE(activity.seesIdleTime());
        EXPECT_FALSE(activity.limitation().isEmpty());
        activity.setSessionRunning(true);
        EXPECT_TRUE(activity.current().sessionRunning);
        EXPECT_FALSE(activity.current().locked);
    }
    QDBusConnection::disconnectFromBus(QStringLiteral("no-bus"));
    EXPECT_EQ(log.count("warning activity: no session bus"), 1) << log.text();
}

TEST(DesktopActivity, ReadsIdleTimeAndLockFromTheFreedesktopScreenSaver)
{
    FakeDesktopServices services(FakeDesktopServices::ScreenSaver);
    services.state().idleMs = 42'000;
    DesktopActivity activity;
    ASSERT_TRUE(activity.seesIdleTime());
    EXPECT_TRUE(activity.limitation().isEmpty());
    EXPECT_EQ(activity.idleTimeSource(), QStringLiteral("org.freedesktop.ScreenSaver"));
    EXPECT_EQ(activity.current().idleMs, 42'000);
    services.state().idleMs = 3'000;
    EXPECT_EQ(activity.current().idleMs, 3'000) << "asked afresh on every call";
    EXPECT_FALSE(activity.current().locked);

    QSignalSpy changed(&activity, &ActivitySource::changed);
    services.setScreenSaverActive(true);
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_TRUE(activity.current().locked);
    services.setScreenSaverActive(false);
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_FALSE(activity.current().locked);
}

TEST(DesktopActivity, AScreenSaverWithoutIdleTimeFallsBackWithOneLineAndStillGivesTheLock)
{
    const LogCapture log;
    FakeDesktopServices services(FakeDesktopServices::ScreenSaverWithoutIdleTime);
    services.state().screenSaverActive = true;
    const DesktopActivity activity;
    EXPECT_FALSE(activity.seesIdleTime());
    EXPECT_FALSE(activity.limitation().isEmpty());
    EXPECT_TRUE(activity.current().locked);
    EXPECT_EQ(log.count("warning activity: org.freedesktop.ScreenSaver has no idle time"), 1) << log.text();
    EXPECT_EQ(log.count("UnknownMethod"), 1) << log.text();
}

TEST(DesktopActivity, AnIdleTimeThatStartsFailingIsDroppedWithOneLine)
{
    FakeDesktopServices services(FakeDesktopServices::ScreenSaver);
    services.state().idleMs = 9'000;
    DesktopActivity activity;
    ASSERT_EQ(activity.current().idleMs, 9'000);
    const LogCapture log;
    QSignalSpy changed(&activity, &ActivitySource::changed);
    services.state().idleTimeBroken = true;
    EXPECT_EQ(activity.current().idleMs, 0) << "no answer counts as active, never as a break";
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_FALSE(activity.seesIdleTime());
    EXPECT_EQ(log.count("warning"), 1) << log.text();
    EXPECT_EQ(log.count("idle time from org.freedesktop.ScreenSaver lost (GetSessionIdleTime failed: "
                        "org.freedesktop.DBus.Error.Failed"),
              1)
        << log.text();
}

TEST(DesktopActivity, PrefersMutterAndHearsTheReturnFromIdleWithoutAsking)
{
    FakeDesktopServices services(FakeDesktopServices::Mutter | FakeDesktopServices::ScreenSaver);
    services.state().idleMs = 500;
    DesktopActivity activity;
    ASSERT_EQ(activity.idleTimeSource(), QStringLiteral("org.gnome.Mutter.IdleMonitor"));
    EXPECT_EQ(activity.current().idleMs, 500);
    const std::optional<uint> idleWatch = services.state().watchOf(Watch::Idle);
    ASSERT_TRUE(idleWatch);
    EXPECT_FALSE(services.state().watchOf(Watch::UserActive)) << "active now: no need to watch for a return";

    // The person goes away: Mutter fires the idle watch; Limber then watches for the return.
    QSignalSpy changed(&activity, &ActivitySource::changed);
    services.state().idleMs = 60'000;
    services.fireWatch(*idleWatch);
    ASSERT_TRUE(changed.wait(5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return services.state().watchOf(Watch::UserActive).has_value(); }, 5000));

    // They come back: changed() at once, without a single GetIdletime in between.
    const int callsBefore = services.state().getIdletimeCalls;
    services.state().idleMs = 0;
    services.fireWatch(*services.state().watchOf(Watch::UserActive));
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_EQ(services.state().getIdletimeCalls, callsBefore);
    EXPECT_EQ(activity.current().idleMs, 0);
}

TEST(DesktopActivity, APersonAlreadyAwayAtStartIsWatchedForTheirReturn)
{
    FakeDesktopServices services(FakeDesktopServices::Mutter);
    services.state().idleMs = 10 * 60'000;
    const DesktopActivity activity;
    EXPECT_TRUE(services.state().watchOf(Watch::Idle));
    EXPECT_TRUE(services.state().watchOf(Watch::UserActive));
}

TEST(DesktopActivity, RemovesItsMutterWatchesWhenItGoes)
{
    FakeDesktopServices services(FakeDesktopServices::Mutter);
    services.state().idleMs = 10 * 60'000;
    {
        const DesktopActivity activity;
        ASSERT_TRUE(services.state().watchOf(Watch::Idle));
    }
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            const QMutexLocker lock(&services.state().watchesMutex);
            return services.state().watches.empty();
        },
        5000));
}

TEST(DesktopActivity, GnomeScreenSaverLockCountsToo)
{
    FakeDesktopServices services(FakeDesktopServices::GnomeScreenSaver);
    DesktopActivity activity;
    EXPECT_EQ(activity.screenLockSources(), QStringList {QStringLiteral("org.gnome.ScreenSaver")});
    QSignalSpy changed(&activity, &ActivitySource::changed);
    services.setScreenSaverActive(true);
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_TRUE(activity.current().locked);
}

TEST(DesktopActivity, DoNotDisturbFollowsTheNotificationServersInhibitedProperty)
{
    FakeDesktopServices services(FakeDesktopServices::Notifications);
    DesktopActivity activity;
    EXPECT_EQ(activity.doNotDisturbSource(), QStringLiteral("org.freedesktop.Notifications.Inhibited"));
    EXPECT_FALSE(activity.current().doNotDisturb);
    QSignalSpy changed(&activity, &ActivitySource::changed);
    services.setInhibited(true);
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_TRUE(activity.current().doNotDisturb);
    services.setInhibited(false);
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_FALSE(activity.current().doNotDisturb);
}

// Cost while waiting: no timer, and no question to any service unless current() asks.
TEST(DesktopActivity, WaitingCostsNothing)
{
    FakeDesktopServices services(FakeDesktopServices::Mutter | FakeDesktopServices::ScreenSaver
                                 | FakeDesktopServices::Notifications);
    DesktopActivity activity;
    EXPECT_TRUE(activity.findChildren<QTimer*>().isEmpty());
    const int mutterCalls = services.state().getIdletimeCalls;
    const int screenSaverCalls = services.state().sessionIdleTimeCalls;
    // A round trip through the event loop and the bus, as a long wait would have many.
    QSignalSpy changed(&activity, &ActivitySource::changed);
    services.setScreenSaverActive(true);
    ASSERT_TRUE(changed.wait(5000));
    services.setInhibited(true);
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_EQ(services.state().getIdletimeCalls, mutterCalls);
    EXPECT_EQ(services.state().sessionIdleTimeCalls, screenSaverCalls);
}

TEST(DesktopActivity, ASessionRunningIsToldAtOnce)
{
    DesktopActivity activity;
    QSignalSpy changed(&activity, &ActivitySource::changed);
    activity.setSessionRunning(true);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(activity.current().sessionRunning);
    activity.setSessionRunning(true);
    EXPECT_EQ(changed.count(), 1) << "no change, no signal";
    activity.setSessionRunning(false);
    EXPECT_EQ(changed.count(), 2);
    EXPECT_FALSE(activity.current().sessionRunning);
}

TEST(DesktopActivity, AServiceThatVanishesIsDroppedAndOneThatArrivesIsUsed)
{
    const LogCapture log;
    auto services = std::make_unique<FakeDesktopServices>(FakeDesktopServices::ScreenSaver);
    DesktopActivity activity;
    ASSERT_TRUE(activity.seesIdleTime());
    QSignalSpy changed(&activity, &ActivitySource::changed);
    services.reset();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !activity.seesIdleTime(); }, 5000));
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(activity.current().idleMs, 0);

    services = std::make_unique<FakeDesktopServices>(FakeDesktopServices::Mutter);
    services->state().idleMs = 7'000;
    ASSERT_TRUE(QTest::qWaitFor([&] { return activity.seesIdleTime(); }, 5000));
    EXPECT_EQ(activity.current().idleMs, 7'000);
}

} // namespace
} // namespace limber
