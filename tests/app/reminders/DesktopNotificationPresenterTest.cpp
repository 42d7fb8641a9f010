#include "FakeNotificationServer.h"

#include "reminders/DesktopNotificationPresenter.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace limber {
namespace {

using test::FakeNotificationServer;

constexpr int WaitMs = 5000;

ReminderOffer stretchOffer()
{
    return {QStringLiteral("Time to stretch: 3 minutes"), QStringLiteral("Seated flexion <and> shoulder rolls"), false};
}

class DesktopNotificationTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_server.start()) << "the fake server could not take its name"; }

    // Shows `offer` and waits for the server to hand out its id.
    uint showAndWait(const ReminderOffer& offer = stretchOffer())
    {
        QSignalSpy shown(&m_presenter, &DesktopNotificationPresenter::shown);
        m_presenter.show(offer);
        EXPECT_TRUE(shown.wait(WaitMs)) << "Notify was never answered";
        return shown.isEmpty() ? 0 : shown.first().first().toUInt();
    }

    FakeNotificationServer m_server;
    DesktopNotificationPresenter m_presenter {QDBusConnection::sessionBus()};
};

TEST_F(DesktopNotificationTest, SendsLimbersNameIconDesktopEntryAndTheThreeAnswers)
{
    const uint id = showAndWait();
    ASSERT_EQ(m_server.notifies.size(), 1);
    const FakeNotificationServer::NotifyCall& call = m_server.notifies.first();
    EXPECT_EQ(id, m_presenter.notificationId());
    EXPECT_NE(id, 0u);
    EXPECT_EQ(call.appName, QStringLiteral("Limber"));
    EXPECT_EQ(call.replacesId, 0u);
    EXPECT_EQ(call.appIcon, QStringLiteral("io.github.limber.Limber"));
    EXPECT_EQ(call.summary, QStringLiteral("Time to stretch: 3 minutes"));
    // The server reads markup: the person's words must not become tags.
    EXPECT_EQ(call.body, QStringLiteral("Seated flexion &lt;and&gt; shoulder rolls"));
    EXPECT_EQ(call.actions,
              (QStringList {QStringLiteral("default"), QStringLiteral("Start"), QStringLiteral("snooze-10"),
                            QStringLiteral("In 10 minutes"), QStringLiteral("skip"), QStringLiteral("Skip")}));
    EXPECT_EQ(call.hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("io.github.limber.Limber"));
    const QVariant urgency = call.hints.value(QStringLiteral("urgency"));
    EXPECT_EQ(urgency.metaType(), QMetaType::fromType<uchar>()) << "urgency is a byte in the spec";
    EXPECT_EQ(urgency.value<uchar>(), 1);
    EXPECT_TRUE(call.hints.value(QStringLiteral("suppress-sound")).toBool());
    EXPECT_FALSE(call.hints.contains(QStringLiteral("sound-name")));
    EXPECT_EQ(call.expireTimeout, -1);
    EXPECT_TRUE(m_presenter.isShowing());
    EXPECT_EQ(m_presenter.capabilities(), FakeNotificationServer::everyCapability());
}

TEST_F(DesktopNotificationTest, AsksTheServerWhoItIsOnce)
{
    showAndWait();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !m_presenter.serverName().isEmpty(); }, WaitMs));
    EXPECT_EQ(m_presenter.serverName(), QStringLiteral("fake"));
    showAndWait();
    EXPECT_EQ(m_server.informationCalls, 1);
    EXPECT_EQ(m_server.capabilityCalls, 1);
}

TEST_F(DesktopNotificationTest, AChimeAsksForTheThemesSound)
{
    ReminderOffer offer = stretchOffer();
    offer.chime = true;
    QSignalSpy chime(&m_presenter, &ReminderPresenter::chimeWanted);
    showAndWait(offer);
    const QVariantMap& hints = m_server.notifies.last().hints;
    EXPECT_FALSE(hints.value(QStringLiteral("sound-name")).toString().isEmpty());
    EXPECT_FALSE(hints.contains(QStringLiteral("suppress-sound")));
    EXPECT_EQ(chime.size(), 0) << "this server plays sounds itself";
}

TEST_F(DesktopNotificationTest, EachActionGivesItsAnswerOnce)
{
    {
        QSignalSpy start(&m_presenter, &ReminderPresenter::startRequested);
        m_server.invoke(showAndWait(), QStringLiteral("default"));
        ASSERT_TRUE(start.wait(WaitMs));
        EXPECT_FALSE(m_presenter.isShowing());
    }
    {
        QSignalSpy snooze(&m_presenter, &ReminderPresenter::snoozeRequested);
        m_server.invoke(showAndWait(), QStringLiteral("snooze-10"));
        ASSERT_TRUE(snooze.wait(WaitMs));
        EXPECT_EQ(snooze.first().first().toInt(), 10);
    }
    {
        QSignalSpy skip(&m_presenter, &ReminderPresenter::skipRequested);
        QSignalSpy ignored(&m_presenter, &ReminderPresenter::ignored);
        const uint id = showAndWait();
        m_server.invoke(id, QStringLiteral("skip"));
        ASSERT_TRUE(skip.wait(WaitMs));
        // The server then closes the bubble, as servers do after an action: no second answer.
        m_server.closeBubble(id, 2);
        m_server.invoke(id, QStringLiteral("skip"));
        ASSERT_TRUE(m_server.flush());
        EXPECT_EQ(ignored.size(), 0);
        EXPECT_EQ(skip.size(), 1);
    }
}

TEST_F(DesktopNotificationTest, ADueRoutineIsASecondNamedActionBesideStart)
{
    ReminderOffer offer = stretchOffer();
    offer.routineAction = QStringLiteral("Start “Physio, week 2”");
    QSignalSpy routine(&m_presenter, &ReminderPresenter::routineRequested);
    QSignalSpy start(&m_presenter, &ReminderPresenter::startRequested);
    const uint id = showAndWait(offer);
    // Key and name in pairs (the spec's "actions"); "default" stays the desk exercise.
    EXPECT_EQ(m_server.notifies.last().actions,
              (QStringList {QStringLiteral("default"), QStringLiteral("Start"), QStringLiteral("start-routine"),
                            QStringLiteral("Start “Physio, week 2”"), QStringLiteral("snooze-10"),
                            QStringLiteral("In 10 minutes"), QStringLiteral("skip"), QStringLiteral("Skip")}));
    m_server.invoke(id, QStringLiteral("start-routine"));
    ASSERT_TRUE(routine.wait(WaitMs));
    EXPECT_EQ(start.size(), 0);
    EXPECT_FALSE(m_presenter.isShowing());

    // Without a routine in the offer the key is not one Limber gave: nothing happens.
    const uint plain = showAndWait();
    m_server.invoke(plain, QStringLiteral("start-routine"));
    ASSERT_TRUE(m_server.flush());
    EXPECT_EQ(routine.size(), 1);
    EXPECT_TRUE(m_presenter.isShowing());
}

TEST_F(DesktopNotificationTest, TheClicksActivationTokenIsHandedToTheWindowSystem)
{
    qunsetenv("XDG_ACTIVATION_TOKEN");
    const uint id = showAndWait();
    QSignalSpy start(&m_presenter, &ReminderPresenter::startRequested);
    m_server.sendActivationToken(id + 1, QStringLiteral("someone-elses"));
    m_server.sendActivationToken(id, QStringLiteral("token-of-the-click"));
    m_server.invoke(id, QStringLiteral("default"));
    ASSERT_TRUE(start.wait(WaitMs));
    // Where Qt's Wayland requestActivate() looks for it when the window is raised.
    EXPECT_EQ(qgetenv("XDG_ACTIVATION_TOKEN"), QByteArray("token-of-the-click"));
    qunsetenv("XDG_ACTIVATION_TOKEN");
}

TEST_F(DesktopNotificationTest, SignalsAboutOtherNotificationsChangeNothing)
{
    const uint id = showAndWait();
    QSignalSpy start(&m_presenter, &ReminderPresenter::startRequested);
    QSignalSpy ignored(&m_presenter, &ReminderPresenter::ignored);
    m_server.invoke(id + 1, QStringLiteral("default"));
    m_server.closeBubble(id + 1, 1);
    m_server.invoke(id, QStringLiteral("no-such-action"));
    // Then ours, so the wait ends on a signal that is known to come after the others.
    m_server.closeBubble(id, 1);
    ASSERT_TRUE(ignored.wait(WaitMs));
    EXPECT_EQ(start.size(), 0);
    EXPECT_EQ(ignored.size(), 1);
}

TEST_F(DesktopNotificationTest, ExpiredOrDismissedIsIgnoredClosedByCallIsNot)
{
    for (uint reason : {1u, 2u, 4u}) {
        QSignalSpy ignored(&m_presenter, &ReminderPresenter::ignored);
        m_server.closeBubble(showAndWait(), reason);
        EXPECT_TRUE(ignored.wait(WaitMs)) << "reason " << reason;
        EXPECT_FALSE(m_presenter.isShowing());
        EXPECT_EQ(m_presenter.notificationId(), 0u);
    }
    QSignalSpy ignored(&m_presenter, &ReminderPresenter::ignored);
    const uint id = showAndWait();
    m_server.closeBubble(id, 3);
    m_server.closeBubble(id, 1); // a late second close must not count either
    ASSERT_TRUE(m_server.flush());
    EXPECT_EQ(ignored.size(), 0);
}

TEST_F(DesktopNotificationTest, ShowingAgainReplacesTheBubble)
{
    const uint first = showAndWait();
    ReminderOffer later = stretchOffer();
    later.summary = QStringLiteral("Still time to stretch");
    const uint second = showAndWait(later);
    ASSERT_EQ(m_server.notifies.size(), 2);
    EXPECT_EQ(m_server.notifies[1].replacesId, first);
    EXPECT_EQ(second, first);
}

TEST_F(DesktopNotificationTest, ShowingTwiceAtOnceStillReplaces)
{
    const uint first = showAndWait();
    QSignalSpy shown(&m_presenter, &DesktopNotificationPresenter::shown);
    m_presenter.show(stretchOffer());
    m_presenter.show(stretchOffer()); // before the first Notify was answered
    ASSERT_TRUE(QTest::qWaitFor([&] { return shown.size() == 2; }, WaitMs));
    ASSERT_EQ(m_server.notifies.size(), 3);
    EXPECT_EQ(m_server.notifies[1].replacesId, first);
    EXPECT_EQ(m_server.notifies[2].replacesId, first);
}

TEST_F(DesktopNotificationTest, WithdrawClosesTheBubbleWithoutAnAnswer)
{
    const uint id = showAndWait();
    QSignalSpy ignored(&m_presenter, &ReminderPresenter::ignored);
    m_presenter.withdraw();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_server.closeCalls.isEmpty(); }, WaitMs));
    EXPECT_EQ(m_server.closeCalls, QList<uint> {id});
    EXPECT_FALSE(m_presenter.isShowing());
    ASSERT_TRUE(m_server.flush()); // the server's NotificationClosed (reason 3) has come
    EXPECT_EQ(ignored.size(), 0);
}

TEST_F(DesktopNotificationTest, WithdrawnBeforeTheServerSaidWhatItCanDoNothingIsSent)
{
    m_presenter.show(stretchOffer());
    m_presenter.withdraw();
    // Twice: the first brings GetCapabilities' answer back, the second anything sent after it.
    ASSERT_TRUE(m_server.flush());
    ASSERT_TRUE(m_server.flush());
    EXPECT_EQ(m_server.capabilityCalls, 1);
    EXPECT_TRUE(m_server.notifies.isEmpty());
}

TEST_F(DesktopNotificationTest, WithdrawnBeforeNotifyWasAnsweredItIsClosedWhenItIs)
{
    const uint first = showAndWait();
    m_presenter.withdraw();
    m_presenter.show(stretchOffer());
    m_presenter.withdraw();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_server.closeCalls.size() == 2; }, WaitMs));
    ASSERT_EQ(m_server.notifies.size(), 2);
    EXPECT_EQ(m_server.closeCalls.first(), first);
    EXPECT_NE(m_server.closeCalls.last(), first);
    EXPECT_EQ(m_presenter.notificationId(), 0u);
    EXPECT_FALSE(m_presenter.isShowing());
}

TEST_F(DesktopNotificationTest, AServerThatVanishesMidReminderIsReported)
{
    showAndWait();
    QSignalSpy failed(&m_presenter, &DesktopNotificationPresenter::failed);
    m_server.leaveBus();
    ASSERT_TRUE(failed.wait(WaitMs));
    EXPECT_FALSE(m_presenter.isShowing());
    EXPECT_FALSE(failed.first().first().toString().isEmpty());
}

TEST_F(DesktopNotificationTest, ANotifyErrorIsReported)
{
    m_server.failNotify = true;
    QSignalSpy failed(&m_presenter, &DesktopNotificationPresenter::failed);
    m_presenter.show(stretchOffer());
    ASSERT_TRUE(failed.wait(WaitMs));
    EXPECT_TRUE(failed.first().first().toString().contains(QStringLiteral("the fake server refuses")));
    EXPECT_FALSE(m_presenter.isShowing());
}

TEST(DesktopNotificationCapabilities, APlainServerGetsPlainTextAndNoActions)
{
    FakeNotificationServer server({QStringLiteral("icon-static")});
    ASSERT_TRUE(server.start());
    DesktopNotificationPresenter presenter(QDBusConnection::sessionBus());
    QSignalSpy shown(&presenter, &DesktopNotificationPresenter::shown);
    QSignalSpy chime(&presenter, &ReminderPresenter::chimeWanted);
    presenter.show({QStringLiteral("Time to stretch"), QStringLiteral("Shoulder rolls & flexion"), true});
    ASSERT_TRUE(shown.wait(WaitMs));
    const FakeNotificationServer::NotifyCall& call = server.notifies.first();
    EXPECT_TRUE(call.actions.isEmpty()) << "the server cannot show actions";
    // No body shown: what to do goes in the summary, unescaped (no markup either).
    EXPECT_EQ(call.summary, QStringLiteral("Time to stretch: Shoulder rolls & flexion"));
    EXPECT_TRUE(call.body.isEmpty());
    EXPECT_EQ(chime.size(), 1) << "a server without sounds leaves the chime to Limber";
}

TEST(DesktopNotificationWithoutServer, ShowFailsAfterTheCallErrors)
{
    DesktopNotificationPresenter presenter(QDBusConnection::sessionBus());
    QSignalSpy failed(&presenter, &DesktopNotificationPresenter::failed);
    presenter.show(stretchOffer());
    ASSERT_TRUE(failed.wait(WaitMs));
}

TEST(DesktopNotificationWithoutBus, ShowFailsAtOnce)
{
    const QDBusConnection noBus
        = QDBusConnection::connectToBus(QStringLiteral("unix:path=/nonexistent/bus"), QStringLiteral("no-bus"));
    ASSERT_FALSE(noBus.isConnected());
    DesktopNotificationPresenter presenter(noBus);
    QSignalSpy failed(&presenter, &DesktopNotificationPresenter::failed);
    presenter.show(stretchOffer());
    EXPECT_EQ(failed.size(), 1);
}

} // namespace
} // namespace limber
