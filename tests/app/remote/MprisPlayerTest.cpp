#include "AppTestSupport.h"
#include "PrivateSessionBus.h"
#include "RemoteTestSupport.h"
#include "VirtualTime.h"

#include "remote/MprisPlayer.h"
#include "remote/RemoteControl.h"
#include "text/SessionWording.h"

#include "limber/GuidedSession.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QFileInfo>
#include <QUrl>

#include <memory>

namespace limber {
namespace {

using test::builtinCatalog;
using test::nameIsOnBus;
using test::playerctl;
using State = SessionEngine::State;

const QStringList LowerBack {QStringLiteral("knee-to-chest"), QStringLiteral("pelvic-tilt")};
const QString Player = QStringLiteral("limber");

// A call from another connection, answered while the event loop runs (a
// blocking call would wait for this very thread to answer).
QDBusMessage callPlayer(const QDBusConnection& client, const QString& interface, const QString& method,
                        const QVariantList& arguments = {})
{
    QDBusMessage call
        = QDBusMessage::createMethodCall(MprisPlayer::ServiceName, MprisPlayer::ObjectPath, interface, method);
    call.setArguments(arguments);
    QDBusPendingCall pending = client.asyncCall(call);
    EXPECT_TRUE(QTest::qWaitFor([&] { return pending.isFinished(); }, 10000)) << method.toStdString();
    return pending.reply();
}

QVariant propertyOf(const QDBusConnection& client, const QString& interface, const QString& name)
{
    const QDBusMessage reply = callPlayer(client, QStringLiteral("org.freedesktop.DBus.Properties"),
                                          QStringLiteral("Get"), {interface, name});
    EXPECT_EQ(reply.type(), QDBusMessage::ReplyMessage) << reply.errorMessage().toStdString();
    return reply.arguments().value(0).value<QDBusVariant>().variant();
}

class MprisPlayerTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        session.setGetReadyMs(3000);
        time.ticking(engine()).firing(timers);
        player = std::make_unique<MprisPlayer>(engine(), builtinCatalog(), [this] { ++raised; });
    }

    void TearDown() override
    {
        player.reset();
        QDBusConnection::disconnectFromBus(client.name());
    }

    void start(const QStringList& ids = LowerBack)
    {
        ASSERT_TRUE(session.prepare(ids, {}));
        session.start();
        ASSERT_TRUE(player->isRegistered());
    }

    SessionEngine& engine() { return session.engine(); }

    VirtualClock clock;
    VirtualTimerSource timers {clock};
    GuidedSession session {builtinCatalog(), clock, timers};
    test::VirtualTime time {clock};
    QDBusConnection bus = QDBusConnection::sessionBus();
    QDBusConnection client = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("mpris-client"));
    int raised = 0;
    std::unique_ptr<MprisPlayer> player;
};

TEST_F(MprisPlayerTest, IsAPlayerOnlyWhileASessionIsOpen)
{
    EXPECT_FALSE(nameIsOnBus(bus, MprisPlayer::ServiceName));
    EXPECT_FALSE(playerctl({QStringLiteral("-l")}).output.split(QLatin1Char('\n')).contains(Player));
    start();
    EXPECT_TRUE(nameIsOnBus(bus, MprisPlayer::ServiceName));
    EXPECT_TRUE(playerctl({QStringLiteral("-l")}).output.split(QLatin1Char('\n')).contains(Player));

    time.advance(engine().plan().totalMs);
    ASSERT_EQ(engine().state(), State::Finished);
    EXPECT_FALSE(nameIsOnBus(bus, MprisPlayer::ServiceName)) << "the name goes away when the session ends";
    const test::PlayerctlResult after = playerctl({QStringLiteral("-p"), Player, QStringLiteral("status")});
    EXPECT_NE(after.exitCode, 0) << after.output.toStdString();
}

TEST_F(MprisPlayerTest, PlayerctlReadsStatusAndMetadata)
{
    start();
    EXPECT_EQ(playerctl({QStringLiteral("-p"), Player, QStringLiteral("status")}).output, QStringLiteral("Playing"));
    const Step& first = engine().plan().steps.first();
    const QString title
        = playerctl({QStringLiteral("-p"), Player, QStringLiteral("metadata"), QStringLiteral("xesam:title")}).output;
    EXPECT_EQ(title,
              first.label + QStringLiteral(" · ")
                  + SessionWording::exerciseName(builtinCatalog(), QStringLiteral("knee-to-chest")));
    const auto meta = [](const char* key) {
        return playerctl({QStringLiteral("-p"), Player, QStringLiteral("metadata"), QString::fromLatin1(key)}).output;
    };
    EXPECT_EQ(meta("xesam:artist"), QStringLiteral("Limber"));
    EXPECT_EQ(meta("xesam:album"), QStringLiteral("Lower back"));
    EXPECT_EQ(meta("mpris:length"), QString::number(engine().plan().totalMs * 1000));
    // playerctl prints an object path as GVariant text: in quotes.
    EXPECT_EQ(meta("mpris:trackid"), QStringLiteral("'/io/github/limber/Limber/step/0'"));
    const QString art = meta("mpris:artUrl");
    ASSERT_TRUE(art.startsWith(QStringLiteral("file://"))) << art.toStdString();
    const QFileInfo picture(QUrl(art).toLocalFile());
    EXPECT_TRUE(picture.exists() && picture.size() > 0) << picture.filePath().toStdString();
    EXPECT_TRUE(picture.fileName() == QStringLiteral("knee-to-chest.png"));
}

TEST_F(MprisPlayerTest, PauseAndPlayAreSpaceWithTheGetReadyCountdown)
{
    start();
    time.advance(2000);
    playerctl({QStringLiteral("-p"), Player, QStringLiteral("pause")});
    EXPECT_EQ(engine().state(), State::Paused);
    EXPECT_EQ(playerctl({QStringLiteral("-p"), Player, QStringLiteral("status")}).output, QStringLiteral("Paused"));

    time.advance(60000); // paused: the session stands still
    playerctl({QStringLiteral("-p"), Player, QStringLiteral("play")});
    EXPECT_EQ(engine().state(), State::GetReady);
    EXPECT_EQ(playerctl({QStringLiteral("-p"), Player, QStringLiteral("status")}).output, QStringLiteral("Playing"));
    time.advance(3000);
    EXPECT_EQ(engine().state(), State::Running);
    EXPECT_EQ(engine().sessionElapsedMs(), 2000);

    playerctl({QStringLiteral("-p"), Player, QStringLiteral("play-pause")});
    EXPECT_EQ(engine().state(), State::Paused);
    playerctl({QStringLiteral("-p"), Player, QStringLiteral("play-pause")});
    EXPECT_EQ(engine().state(), State::GetReady);
}

TEST_F(MprisPlayerTest, NextAndPreviousSkipByStepAndPositionIsSessionTime)
{
    test::PropertiesProbe probe(QStringLiteral("probe-seek"), MprisPlayer::ObjectPath);
    start();
    time.advance(1500);
    const QString position = playerctl({QStringLiteral("-p"), Player, QStringLiteral("position")}).output;
    // playerctl may add the real time since it read the position, a moment at most.
    EXPECT_NEAR(position.toDouble(), 1.5, 0.05) << position.toStdString();

    playerctl({QStringLiteral("-p"), Player, QStringLiteral("next")});
    EXPECT_EQ(engine().currentIndex(), 1);
    const qint64 secondStart = engine().plan().steps[1].startMs;
    EXPECT_NEAR(playerctl({QStringLiteral("-p"), Player, QStringLiteral("position")}).output.toDouble() * 1000,
                double(secondStart), 50.0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !probe.seeks.isEmpty(); }, 5000)) << "a skip is a Seeked";
    EXPECT_EQ(probe.seeks.constFirst(), secondStart * 1000);

    playerctl({QStringLiteral("-p"), Player, QStringLiteral("previous")});
    EXPECT_EQ(engine().currentIndex(), 0);
}

TEST_F(MprisPlayerTest, PropertiesChangedArrivesAtEveryStepChange)
{
    test::PropertiesProbe probe(QStringLiteral("probe-steps"), MprisPlayer::ObjectPath);
    start();
    const auto trackOf = [](const QVariantMap& change) {
        const QVariantMap metadata = qdbus_cast<QVariantMap>(change.value(QStringLiteral("Metadata")));
        return metadata.value(QStringLiteral("mpris:trackid")).value<QDBusObjectPath>().path();
    };
    const auto sawTrack = [&](int index) {
        return QTest::qWaitFor(
            [&] {
                return std::any_of(probe.changes.cbegin(), probe.changes.cend(), [&](const QVariantMap& change) {
                    return trackOf(change) == MprisPlayer::trackIdOf(index);
                });
            },
            5000);
    };
    ASSERT_TRUE(sawTrack(0));
    EXPECT_EQ(probe.changes.constLast().value(QStringLiteral("PlaybackStatus")).toString(), QStringLiteral("Playing"));

    time.advance(engine().plan().steps[0].durationMs); // by time, not by a skip
    ASSERT_EQ(engine().currentIndex(), 1);
    EXPECT_TRUE(sawTrack(1));
    engine().pause(); // a state change is announced too
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return probe.changes.constLast().value(QStringLiteral("PlaybackStatus")).toString()
                == QStringLiteral("Paused");
        },
        5000));
}

TEST_F(MprisPlayerTest, ImplementsTheWholeOfBothInterfaces)
{
    start();
    const QString root = MprisPlayer::RootInterface;
    const QString playerInterface = MprisPlayer::PlayerInterface;
    EXPECT_EQ(propertyOf(client, root, QStringLiteral("Identity")).toString(), QStringLiteral("Limber"));
    EXPECT_EQ(propertyOf(client, root, QStringLiteral("DesktopEntry")).toString(),
              QStringLiteral("io.github.limber.Limber"));
    EXPECT_FALSE(propertyOf(client, root, QStringLiteral("CanQuit")).toBool());
    EXPECT_TRUE(propertyOf(client, root, QStringLiteral("CanRaise")).toBool());
    EXPECT_FALSE(propertyOf(client, root, QStringLiteral("HasTrackList")).toBool());
    EXPECT_FALSE(propertyOf(client, root, QStringLiteral("CanSetFullscreen")).toBool());
    EXPECT_TRUE(propertyOf(client, root, QStringLiteral("SupportedUriSchemes")).toStringList().isEmpty());
    EXPECT_TRUE(propertyOf(client, root, QStringLiteral("SupportedMimeTypes")).toStringList().isEmpty());
    callPlayer(client, root, QStringLiteral("Raise"));
    EXPECT_EQ(raised, 1);
    callPlayer(client, root, QStringLiteral("Quit"));
    EXPECT_TRUE(engine().isActive()) << "CanQuit is false: Quit does nothing";

    EXPECT_TRUE(propertyOf(client, playerInterface, QStringLiteral("CanControl")).toBool());
    EXPECT_FALSE(propertyOf(client, playerInterface, QStringLiteral("CanSeek")).toBool());
    for (const char* name : {"CanGoNext", "CanGoPrevious", "CanPlay", "CanPause"})
        EXPECT_TRUE(propertyOf(client, playerInterface, QString::fromLatin1(name)).toBool()) << name;
    for (const char* name : {"Rate", "MinimumRate", "MaximumRate", "Volume"})
        EXPECT_EQ(propertyOf(client, playerInterface, QString::fromLatin1(name)).toDouble(), 1.0) << name;

    time.advance(1000);
    callPlayer(client, playerInterface, QStringLiteral("Seek"), {qlonglong(10'000'000)});
    callPlayer(client, playerInterface, QStringLiteral("SetPosition"),
               {QVariant::fromValue(QDBusObjectPath(MprisPlayer::trackIdOf(0))), qlonglong(20'000'000)});
    callPlayer(client, playerInterface, QStringLiteral("OpenUri"), {QStringLiteral("file:///tmp/x.ogg")});
    EXPECT_EQ(propertyOf(client, playerInterface, QStringLiteral("Position")).toLongLong(), 1'000'000)
        << "CanSeek is false: Seek and SetPosition do nothing";

    // A rate of 0.0 is Pause, as the spec says.
    const QDBusMessage set
        = callPlayer(client, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Set"),
                     {playerInterface, QStringLiteral("Rate"), QVariant::fromValue(QDBusVariant(0.0))});
    EXPECT_EQ(set.type(), QDBusMessage::ReplyMessage) << set.errorMessage().toStdString();
    EXPECT_EQ(engine().state(), State::Paused);
}

// Commands at awkward moments: during the get-ready countdown, two at once,
// after the end. None crashes or sticks, and the timing is what the keys give.
TEST_F(MprisPlayerTest, CommandsAtAwkwardMomentsLeaveTheTimingAlone)
{
    qint64 finishedAt = -1;
    QObject::connect(&engine(), &SessionEngine::finished, [&] { finishedAt = clock.nowMs(); });
    start();
    const qint64 startedAt = clock.nowMs();
    time.advance(2000);
    playerctl({QStringLiteral("-p"), Player, QStringLiteral("pause")});
    time.advance(1000);
    playerctl({QStringLiteral("-p"), Player, QStringLiteral("play")});
    ASSERT_EQ(engine().state(), State::GetReady);
    time.advance(1000);
    playerctl({QStringLiteral("-p"), Player, QStringLiteral("play")}); // already on its way: nothing
    EXPECT_EQ(engine().state(), State::GetReady);
    playerctl({QStringLiteral("-p"), Player, QStringLiteral("pause")}); // pauses the countdown
    EXPECT_EQ(engine().state(), State::Paused);
    EXPECT_EQ(engine().sessionElapsedMs(), 2000);

    // Two at once, in either order: paused, one step on.
    QProcess toggle;
    QProcess skip;
    toggle.start(QStringLiteral("playerctl"), {QStringLiteral("-p"), Player, QStringLiteral("play-pause")});
    skip.start(QStringLiteral("playerctl"), {QStringLiteral("-p"), Player, QStringLiteral("next")});
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return toggle.state() == QProcess::NotRunning && skip.state() == QProcess::NotRunning; }, 10000));
    EXPECT_EQ(engine().currentIndex(), 1);
    EXPECT_TRUE(engine().state() == State::GetReady || engine().state() == State::Paused);
    if (engine().state() == State::Paused)
        engine().resume();
    const qint64 resumedAt = clock.nowMs();
    const qint64 resumedFromMs = engine().plan().steps[1].startMs;

    time.advance(engine().plan().totalMs * 2);
    ASSERT_EQ(engine().state(), State::Finished);
    EXPECT_EQ(finishedAt, resumedAt + 3000 + engine().plan().totalMs - resumedFromMs);
    EXPECT_GT(finishedAt, startedAt);

    player->pause(); // a call already on its way when the session ended
    player->next();
    player->stop();
    EXPECT_EQ(engine().state(), State::Finished);
    EXPECT_FALSE(player->isRegistered());
}

TEST_F(MprisPlayerTest, StopStopsAtOnceAndSaysWhere)
{
    QSignalSpy stopped(player.get(), &MprisPlayer::stoppedByRemote);
    start();
    engine().nextExercise();
    playerctl({QStringLiteral("-p"), Player, QStringLiteral("stop")});
    EXPECT_EQ(engine().state(), State::Idle);
    ASSERT_EQ(stopped.count(), 1);
    EXPECT_EQ(stopped.at(0).at(0).toInt(), 1);
    EXPECT_FALSE(nameIsOnBus(bus, MprisPlayer::ServiceName));
}

// Without a session bus the remote is off, and the session is exactly as before.
TEST(MprisWithoutABus, TheSessionRunsAsBefore)
{
    VirtualClock clock;
    VirtualTimerSource timers {clock};
    GuidedSession session {builtinCatalog(), clock, timers};
    const QDBusConnection none
        = QDBusConnection::connectToBus(QStringLiteral("unix:path=/nonexistent/limber-bus"), QStringLiteral("no-bus"));
    ASSERT_FALSE(none.isConnected());
    RemoteControl remote(session, builtinCatalog(), {}, timers, none);
    ASSERT_TRUE(session.prepare(LowerBack, {}));
    const qint64 startedAt = clock.nowMs();
    session.start();
    EXPECT_FALSE(remote.player().isRegistered());
    test::VirtualTime(clock).ticking(session.engine()).firing(timers).advance(session.engine().plan().totalMs);
    EXPECT_EQ(session.engine().state(), State::Finished);
    EXPECT_EQ(clock.nowMs(), startedAt + session.engine().plan().totalMs);
    QDBusConnection::disconnectFromBus(none.name());
}

// The bus goes away mid-session (the desktop crashed or logged out): the
// session goes on, its commands from the keys work, nothing crashes.
TEST(MprisWithoutABus, ABusThatVanishesMidSessionChangesNothing)
{
    const QByteArray ownBus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    auto vanishing = std::make_unique<test::PrivateSessionBus>();
    qputenv("DBUS_SESSION_BUS_ADDRESS", ownBus); // playerctl and the rest keep the test's bus
    QDBusConnection bus = QDBusConnection::connectToBus(vanishing->address(), QStringLiteral("vanishing"));
    ASSERT_TRUE(bus.isConnected());

    VirtualClock clock;
    VirtualTimerSource timers {clock};
    GuidedSession session {builtinCatalog(), clock, timers};
    session.setGetReadyMs(0);
    RemoteControl remote(session, builtinCatalog(), {}, timers, bus);
    ASSERT_TRUE(session.prepare(LowerBack, {}));
    session.start();
    ASSERT_TRUE(remote.player().isRegistered());
    EXPECT_TRUE(nameIsOnBus(bus, MprisPlayer::ServiceName));

    vanishing.reset();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !bus.isConnected(); }, 10000));
    test::VirtualTime time(clock);
    time.ticking(session.engine()).firing(timers);
    const qint64 startedAt = clock.nowMs();
    session.engine().pause();
    session.engine().resume();
    session.engine().next();
    time.advance(ScreenInhibitor::LetBlankAfterPausedMs);
    session.engine().previous();
    time.advance(session.engine().plan().totalMs * 2);
    EXPECT_EQ(session.engine().state(), State::Finished);
    EXPECT_GT(clock.nowMs(), startedAt);
    EXPECT_FALSE(remote.player().isRegistered());
    QDBusConnection::disconnectFromBus(bus.name());
}

} // namespace
} // namespace limber
