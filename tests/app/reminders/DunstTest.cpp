#include "XvfbDisplay.h"

#include "reminders/CornerPromptPresenter.h"
#include "reminders/DesktopNotificationPresenter.h"
#include "reminders/ReminderAlert.h"

#include "limber/Timer.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

#include <gtest/gtest.h>

#include <optional>

namespace limber {
namespace {

constexpr int WaitMs = 10000;

bool notificationServerOnBus()
{
    return QDBusConnection::sessionBus().interface()->isServiceRegistered(DesktopNotificationPresenter::serviceName());
}

// A real notification daemon, dunst, on an X display of its own (Xvfb) and
// the test's private bus: what a person on a light desktop has.
class DunstTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (const QString missing = test::XvfbDisplay::missingTool({"Xvfb", "dunst", "dunstctl"}); !missing.isEmpty())
            GTEST_SKIP() << missing.toStdString() << " is not installed";
        ASSERT_FALSE(notificationServerOnBus()) << "another test left a notification server on the bus";
        ASSERT_TRUE(m_display.emplace().start()) << "Xvfb did not start";
        // Its defaults, whatever the machine's own dunstrc says.
        ASSERT_TRUE(m_emptyConfig.open());
        m_emptyConfig.close();
        const QProcess& dunst
            = m_display->run(QStringLiteral("dunst"), {QStringLiteral("-config"), m_emptyConfig.fileName()});
        ASSERT_EQ(dunst.state(), QProcess::Running) << "dunst did not start";
        ASSERT_TRUE(QTest::qWaitFor(notificationServerOnBus, WaitMs)) << "dunst did not take the name";
    }

    void TearDown() override
    {
        m_display.reset(); // dunst, then its display
        // The next test must find the bus as it was.
        EXPECT_TRUE(QTest::qWaitFor([] { return !notificationServerOnBus(); }, WaitMs));
    }

    QTemporaryFile m_emptyConfig;
    std::optional<test::XvfbDisplay> m_display;
};

TEST_F(DunstTest, ItsDefaultActionStartsTheSession)
{
    VirtualClock clock;
    VirtualTimerSource timers(clock);
    ReminderAlert alert(QDBusConnection::sessionBus(), timers);
    DesktopNotificationPresenter& notifications = alert.notifications();
    QSignalSpy shown(&notifications, &DesktopNotificationPresenter::shown);
    QSignalSpy failed(&notifications, &DesktopNotificationPresenter::failed);
    QSignalSpy start(&alert, &ReminderPresenter::startRequested);

    alert.show({QStringLiteral("Time to stretch: 3 minutes"), QStringLiteral("Seated flexion and shoulder rolls")});
    ASSERT_EQ(alert.route(), ReminderAlert::Route::Notification);
    ASSERT_TRUE(shown.wait(WaitMs)) << "dunst never answered Notify";
    EXPECT_EQ(failed.size(), 0);
    const uint id = shown.first().first().toUInt();
    EXPECT_NE(id, 0u);
    EXPECT_EQ(notifications.notificationId(), id);
    EXPECT_TRUE(notifications.capabilities().contains(QStringLiteral("actions")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !notifications.serverName().isEmpty(); }, WaitMs));
    EXPECT_EQ(notifications.serverName(), QStringLiteral("dunst"));

    // dunst draws on its next turn: ask again until the bubble has taken the click.
    for (int attempt = 0; attempt < 10 && start.isEmpty(); ++attempt) {
        QProcess dunstctl;
        dunstctl.start(QStringLiteral("dunstctl"), {QStringLiteral("action"), QStringLiteral("0")});
        ASSERT_TRUE(dunstctl.waitForFinished(WaitMs));
        start.wait(1000);
    }
    ASSERT_EQ(start.size(), 1) << "the default action never reached Limber";
    EXPECT_EQ(alert.route(), ReminderAlert::Route::None);
    EXPECT_FALSE(alert.cornerPrompt().isShowing());
}

} // namespace
} // namespace limber
