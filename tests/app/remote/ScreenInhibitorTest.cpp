#include "AppTestSupport.h"
#include "RemoteTestSupport.h"
#include "VirtualTime.h"

#include "remote/ScreenInhibitor.h"

#include "limber/GuidedSession.h"

#include <QGuiApplication>

#include <memory>

namespace limber {
namespace {

using test::builtinCatalog;
using State = SessionEngine::State;

const QString Inhibit7 = QStringLiteral("Inhibit Limber: Guided stretching session -> 7");
const QString Inhibit8 = QStringLiteral("Inhibit Limber: Guided stretching session -> 8");

class ScreenInhibitorTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        session.setGetReadyMs(3000);
        time.ticking(engine()).firing(timers);
    }

    void start()
    {
        ASSERT_TRUE(session.prepare({QStringLiteral("knee-to-chest"), QStringLiteral("pelvic-tilt")}, {}));
        session.start();
    }

    // The desktop's calls arrive in the order they were sent.
    bool sawCalls(const QStringList& expected)
    {
        return QTest::qWaitFor([&] { return screenSaver->calls.size() >= expected.size(); }, 5000)
            && screenSaver->calls == expected;
    }

    SessionEngine& engine() { return session.engine(); }

    std::unique_ptr<test::FakeScreenSaver> screenSaver
        = std::make_unique<test::FakeScreenSaver>(QStringLiteral("fake-screensaver"));
    VirtualClock clock;
    VirtualTimerSource timers {clock};
    GuidedSession session {builtinCatalog(), clock, timers};
    test::VirtualTime time {clock};
    ScreenInhibitor inhibitor {engine(), timers};
};

TEST_F(ScreenInhibitorTest, HoldsTheScreenOnFromStartToEnd)
{
    EXPECT_TRUE(screenSaver->calls.isEmpty()) << "nothing before a session";
    start();
    ASSERT_TRUE(sawCalls({Inhibit7}));
    ASSERT_TRUE(QTest::qWaitFor([&] { return inhibitor.cookie().has_value(); }, 5000));
    EXPECT_EQ(*inhibitor.cookie(), 7u);
    // Under Xvfb (QT_QPA_PLATFORM=xcb) the X screen saver is suspended too; offscreen has no X server.
    EXPECT_EQ(inhibitor.suspendsX11ScreenSaver(), QGuiApplication::platformName() == QStringLiteral("xcb"));
    time.advance(engine().plan().totalMs / 2);
    EXPECT_EQ(screenSaver->calls.size(), 1) << "one Inhibit for the whole session";
    time.advance(engine().plan().totalMs);
    ASSERT_EQ(engine().state(), State::Finished);
    EXPECT_TRUE(sawCalls({Inhibit7, QStringLiteral("UnInhibit 7")}));
    EXPECT_TRUE(screenSaver->held.isEmpty());
    EXPECT_FALSE(inhibitor.suspendsX11ScreenSaver());
}

TEST_F(ScreenInhibitorTest, LetsGoWhenTheSessionStops)
{
    start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return inhibitor.cookie().has_value(); }, 5000));
    engine().stop();
    EXPECT_TRUE(sawCalls({Inhibit7, QStringLiteral("UnInhibit 7")}));
    EXPECT_FALSE(inhibitor.wantsScreenOn());
}

TEST_F(ScreenInhibitorTest, AStopBeforeTheDesktopAnswersStillLetsGo)
{
    start();
    engine().stop(); // the Inhibit is still on its way
    EXPECT_TRUE(sawCalls({Inhibit7, QStringLiteral("UnInhibit 7")}));
    EXPECT_TRUE(screenSaver->held.isEmpty());
}

TEST_F(ScreenInhibitorTest, ALongPauseLetsTheScreenBlankAndResumeAsksAgain)
{
    start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return inhibitor.cookie().has_value(); }, 5000));
    engine().pause();
    time.advance(ScreenInhibitor::LetBlankAfterPausedMs - 1);
    EXPECT_TRUE(inhibitor.wantsScreenOn()) << "a short pause keeps the screen on";
    time.advance(1);
    EXPECT_FALSE(inhibitor.wantsScreenOn());
    ASSERT_TRUE(sawCalls({Inhibit7, QStringLiteral("UnInhibit 7")}));

    engine().resume();
    EXPECT_TRUE(sawCalls({Inhibit7, QStringLiteral("UnInhibit 7"), Inhibit8}));
    ASSERT_TRUE(QTest::qWaitFor([&] { return inhibitor.cookie().has_value(); }, 5000));

    // Paused again, briefly: nothing changes until the end.
    engine().pause();
    time.advance(ScreenInhibitor::LetBlankAfterPausedMs / 2);
    engine().resume();
    time.advance(ScreenInhibitor::LetBlankAfterPausedMs);
    engine().stop();
    EXPECT_TRUE(sawCalls({Inhibit7, QStringLiteral("UnInhibit 7"), Inhibit8, QStringLiteral("UnInhibit 8")}));
}

TEST_F(ScreenInhibitorTest, NoScreenSaverOnTheBusChangesNothingElse)
{
    screenSaver.reset();
    start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !inhibitor.isWaitingForDesktop(); }, 5000));
    EXPECT_FALSE(inhibitor.cookie().has_value());
    const qint64 startedAt = clock.nowMs();
    time.advance(engine().plan().totalMs);
    EXPECT_EQ(engine().state(), State::Finished);
    EXPECT_EQ(clock.nowMs(), startedAt + engine().plan().totalMs);
}

} // namespace
} // namespace limber
