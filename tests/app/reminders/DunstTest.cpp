#include "reminders/CornerPromptPresenter.h"
#include "reminders/DesktopNotificationPresenter.h"
#include "reminders/ReminderAlert.h"

#include "limber/Timer.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <gtest/gtest.h>

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
        for (const char* tool : {"Xvfb", "dunst", "dunstctl"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                GTEST_SKIP() << tool << " is not installed";
        }
        ASSERT_FALSE(notificationServerOnBus()) << "another test left a notification server on the bus";

        // -displayfd: the server picks a free display and prints its number once it accepts clients.
        m_xvfb.setProgram(QStringLiteral("Xvfb"));
        m_xvfb.setArguments({QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                             QStringLiteral("0"), QStringLiteral("800x600x24"), QStringLiteral("-nolisten"),
                             QStringLiteral("tcp")});
        m_xvfb.start();
        ASSERT_TRUE(m_xvfb.waitForStarted(WaitMs));
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_xvfb.canReadLine(); }, WaitMs)) << "Xvfb printed no display";
        const QString display = QStringLiteral(":") + QString::fromLatin1(m_xvfb.readLine().trimmed());

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DISPLAY"), display);
        m_dunst.setProcessEnvironment(environment);
        m_dunst.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_dunst.setProgram(QStringLiteral("dunst"));
        // Its defaults, whatever the machine's own dunstrc says.
        m_dunst.setArguments({QStringLiteral("-config"), QStringLiteral("/dev/null")});
        m_dunst.start();
        ASSERT_TRUE(m_dunst.waitForStarted(WaitMs));
        ASSERT_TRUE(QTest::qWaitFor(notificationServerOnBus, WaitMs)) << "dunst did not take the name";
    }

    void TearDown() override
    {
        for (QProcess* process : {&m_dunst, &m_xvfb}) {
            if (process->state() == QProcess::NotRunning)
                continue;
            process->terminate();
            if (!process->waitForFinished(WaitMs))
                process->kill();
            process->waitForFinished(WaitMs);
        }
        // The next test must find the bus as it was.
        EXPECT_TRUE(QTest::qWaitFor([] { return !notificationServerOnBus(); }, WaitMs));
    }

    QProcess m_xvfb;
    QProcess m_dunst;
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
