#include "FakeNotificationServer.h"
#include "VirtualTime.h"

#include "reminders/CornerPrompt.h"
#include "reminders/CornerPromptPresenter.h"
#include "reminders/DesktopNotificationPresenter.h"
#include "reminders/ReminderAlert.h"
#include "widgets/ActionButton.h"

#include "limber/Timer.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace limber {
namespace {

using test::FakeNotificationServer;

constexpr int WaitMs = 5000;

ReminderOffer stretchOffer()
{
    return {QStringLiteral("Time to stretch: 3 minutes"), QStringLiteral("Seated flexion and shoulder rolls"), false};
}

class ReminderAlertTest : public ::testing::Test {
protected:
    VirtualClock m_clock;
    VirtualTimerSource m_timers {m_clock};
};

TEST_F(ReminderAlertTest, WithANotificationServerTheReminderIsANotification)
{
    FakeNotificationServer server;
    ASSERT_TRUE(server.start());
    ReminderAlert alert(QDBusConnection::sessionBus(), m_timers);
    QSignalSpy start(&alert, &ReminderPresenter::startRequested);
    QSignalSpy shown(&alert.notifications(), &DesktopNotificationPresenter::shown);
    alert.show(stretchOffer());
    EXPECT_EQ(alert.route(), ReminderAlert::Route::Notification);
    ASSERT_TRUE(shown.wait(WaitMs));
    EXPECT_FALSE(alert.cornerPrompt().isShowing());
    server.invoke(shown.first().first().toUInt(), QStringLiteral("default"));
    ASSERT_TRUE(start.wait(WaitMs));
    EXPECT_EQ(alert.route(), ReminderAlert::Route::None);
}

TEST_F(ReminderAlertTest, WithoutAServerTheCornerPromptShowsAndAnswers)
{
    ReminderAlert alert(QDBusConnection::sessionBus(), m_timers);
    QSignalSpy skip(&alert, &ReminderPresenter::skipRequested);
    alert.show(stretchOffer());
    EXPECT_EQ(alert.route(), ReminderAlert::Route::CornerPrompt);
    ASSERT_TRUE(alert.cornerPrompt().isShowing());
    EXPECT_EQ(alert.cornerPrompt().prompt()->summary(), stretchOffer().summary);
    QTest::mouseClick(alert.cornerPrompt().prompt()->skipButton(), Qt::LeftButton);
    EXPECT_EQ(skip.size(), 1);
    EXPECT_EQ(alert.route(), ReminderAlert::Route::None);
}

TEST_F(ReminderAlertTest, UnansweredCornerPromptIsIgnoredInVirtualTime)
{
    ReminderAlert alert(QDBusConnection::sessionBus(), m_timers);
    QSignalSpy ignored(&alert, &ReminderPresenter::ignored);
    alert.show(stretchOffer());
    test::VirtualTime(m_clock).firing(m_timers).advance(CornerPromptPresenter::ExpiryMs);
    EXPECT_EQ(ignored.size(), 1);
    EXPECT_FALSE(alert.cornerPrompt().isShowing());
}

TEST_F(ReminderAlertTest, AServerThatVanishesMidReminderHandsTheOfferToTheCornerPrompt)
{
    FakeNotificationServer server;
    ASSERT_TRUE(server.start());
    ReminderAlert alert(QDBusConnection::sessionBus(), m_timers);
    QSignalSpy shown(&alert.notifications(), &DesktopNotificationPresenter::shown);
    ReminderOffer offer = stretchOffer();
    alert.show(offer);
    ASSERT_TRUE(shown.wait(WaitMs));
    server.leaveBus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return alert.cornerPrompt().isShowing(); }, WaitMs));
    EXPECT_EQ(alert.route(), ReminderAlert::Route::CornerPrompt);
    EXPECT_EQ(alert.cornerPrompt().prompt()->summary(), offer.summary);
    EXPECT_EQ(alert.cornerPrompt().prompt()->body(), offer.body);

    QSignalSpy snooze(&alert, &ReminderPresenter::snoozeRequested);
    QTest::mouseClick(alert.cornerPrompt().prompt()->snoozeButton(), Qt::LeftButton);
    ASSERT_EQ(snooze.size(), 1);
    EXPECT_EQ(snooze.first().first().toInt(), 10);
}

TEST_F(ReminderAlertTest, AServerThatErrorsHandsTheOfferToTheCornerPrompt)
{
    FakeNotificationServer server;
    server.failNotify = true;
    ASSERT_TRUE(server.start());
    ReminderAlert alert(QDBusConnection::sessionBus(), m_timers);
    alert.show(stretchOffer());
    ASSERT_TRUE(QTest::qWaitFor([&] { return alert.cornerPrompt().isShowing(); }, WaitMs));
    EXPECT_EQ(alert.cornerPrompt().prompt()->summary(), stretchOffer().summary);
}

TEST_F(ReminderAlertTest, AServerThatComesLaterIsUsedForTheNextReminder)
{
    ReminderAlert alert(QDBusConnection::sessionBus(), m_timers);
    alert.show(stretchOffer());
    ASSERT_EQ(alert.route(), ReminderAlert::Route::CornerPrompt);
    FakeNotificationServer server;
    ASSERT_TRUE(server.start());
    QSignalSpy shown(&alert.notifications(), &DesktopNotificationPresenter::shown);
    alert.show(stretchOffer());
    EXPECT_EQ(alert.route(), ReminderAlert::Route::Notification);
    EXPECT_FALSE(alert.cornerPrompt().isShowing()) << "one reminder, not two";
    ASSERT_TRUE(shown.wait(WaitMs));
}

TEST_F(ReminderAlertTest, WithdrawTakesBackEitherWay)
{
    ReminderAlert alert(QDBusConnection::sessionBus(), m_timers);
    alert.show(stretchOffer());
    alert.withdraw();
    EXPECT_FALSE(alert.cornerPrompt().isShowing());
    EXPECT_EQ(alert.route(), ReminderAlert::Route::None);

    FakeNotificationServer server;
    ASSERT_TRUE(server.start());
    QSignalSpy shown(&alert.notifications(), &DesktopNotificationPresenter::shown);
    alert.show(stretchOffer());
    ASSERT_TRUE(shown.wait(WaitMs));
    alert.withdraw();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !server.closeCalls.isEmpty(); }, WaitMs));
}

TEST_F(ReminderAlertTest, WithoutASessionBusTheCornerPromptShows)
{
    const QDBusConnection noBus
        = QDBusConnection::connectToBus(QStringLiteral("unix:path=/nonexistent/bus"), QStringLiteral("no-bus-alert"));
    ASSERT_FALSE(noBus.isConnected());
    ReminderAlert alert(noBus, m_timers);
    QSignalSpy start(&alert, &ReminderPresenter::startRequested);
    alert.show(stretchOffer());
    EXPECT_EQ(alert.route(), ReminderAlert::Route::CornerPrompt);
    ASSERT_TRUE(alert.cornerPrompt().isShowing());
    QTest::mouseClick(alert.cornerPrompt().prompt()->startButton(), Qt::LeftButton);
    EXPECT_EQ(start.size(), 1);
}

} // namespace
} // namespace limber
