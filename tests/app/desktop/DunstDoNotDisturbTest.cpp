#include "desktop/DesktopActivity.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <gtest/gtest.h>

namespace limber {
namespace {

bool notificationServerOnBus()
{
    const QDBusReply<bool> reply = QDBusConnection::sessionBus().interface()->isServiceRegistered(
        QStringLiteral("org.freedesktop.Notifications"));
    return reply.isValid() && reply.value();
}

bool dunstctl(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral("dunstctl"), arguments);
    return process.waitForFinished(10000) && process.exitCode() == 0;
}

// A real notification daemon (dunst, on this test's Xvfb and private bus):
// its pause is the desktop's do-not-disturb.
TEST(DunstDoNotDisturb, PausingDunstHoldsRemindersBack)
{
    if (QStandardPaths::findExecutable(QStringLiteral("dunst")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("dunstctl")).isEmpty())
        GTEST_SKIP() << "dunst is not installed (scripts/setup.sh --test)";
    QProcess dunst;
    dunst.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    dunst.start(QStringLiteral("dunst"), {});
    ASSERT_TRUE(dunst.waitForStarted(10000));
    ASSERT_TRUE(QTest::qWaitFor(notificationServerOnBus, 20000)) << "dunst never took the bus name";

    DesktopActivity activity;
    EXPECT_EQ(activity.doNotDisturbSource(), QStringLiteral("org.dunstproject.cmd0.paused"));
    EXPECT_FALSE(activity.current().doNotDisturb);

    QSignalSpy changed(&activity, &ActivitySource::changed);
    ASSERT_TRUE(dunstctl({QStringLiteral("set-paused"), QStringLiteral("true")}));
    ASSERT_TRUE(changed.wait(10000)) << "dunst emits PropertiesChanged for paused";
    EXPECT_TRUE(activity.current().doNotDisturb);

    ASSERT_TRUE(dunstctl({QStringLiteral("set-paused"), QStringLiteral("false")}));
    ASSERT_TRUE(changed.wait(10000));
    EXPECT_FALSE(activity.current().doNotDisturb);

    dunst.terminate();
    ASSERT_TRUE(dunst.waitForFinished(10000));
    // Its name leaves the bus: no do-not-disturb any more, and no crash.
    ASSERT_TRUE(QTest::qWaitFor([&] { return activity.doNotDisturbSource().isEmpty(); }, 10000));
    EXPECT_FALSE(activity.current().doNotDisturb);
}

} // namespace
} // namespace limber
