#include "AppTestSupport.h"
#include "RemoteTestSupport.h"
#include "VirtualTime.h"

#include "MainWindow.h"
#include "remote/RemoteControl.h"
#include "session/SummaryView.h"

#include "limber/GuidedSession.h"

#include <QPushButton>

#include <memory>

namespace limber {
namespace {

using test::builtinCatalog;
using test::playerctl;
using State = SessionEngine::State;

// RemoteControl wired to the window as LimberApp wires it: a headset's Stop
// ends the session without a dialog, and the summary offers the rest.
class RemoteControlTest : public test::WidgetTest {
protected:
    void SetUp() override
    {
        WidgetTest::SetUp();
        session.setGetReadyMs(0);
        window = std::make_unique<MainWindow>(builtinCatalog(), session);
        window->setStopConfirmer([this] {
            ++confirmations;
            return true;
        });
        remote = std::make_unique<RemoteControl>(
            session, builtinCatalog(),
            [this] {
                window->raise();
                window->activateWindow();
            },
            timers);
        QObject::connect(remote.get(), &RemoteControl::stoppedByRemote, window.get(), &MainWindow::showStoppedSummary);
        test::showActive(*window);
    }

    void TearDown() override
    {
        remote.reset();
        window.reset();
        WidgetTest::TearDown();
    }

    VirtualClock clock;
    VirtualTimerSource timers {clock};
    GuidedSession session {builtinCatalog(), clock, timers};
    std::unique_ptr<test::FakeScreenSaver> screenSaver
        = std::make_unique<test::FakeScreenSaver>(QStringLiteral("fake-screensaver-wired"));
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<RemoteControl> remote;
    int confirmations = 0;
};

TEST_F(RemoteControlTest, AStopFromTheHeadsetOffersToContinue)
{
    const QStringList ids {QStringLiteral("knee-to-chest"), QStringLiteral("pelvic-tilt"), QStringLiteral("cobra")};
    window->startSession(ids);
    ASSERT_TRUE(QTest::qWaitFor([&] { return remote->screenInhibitor().cookie().has_value(); }, 5000));
    session.engine().nextExercise();
    session.engine().nextExercise();
    playerctl({QStringLiteral("-p"), QStringLiteral("limber"), QStringLiteral("stop")});

    EXPECT_EQ(session.engine().state(), State::Idle);
    EXPECT_EQ(confirmations, 0) << "a remote has no screen: no dialog";
    ASSERT_EQ(window->currentView(), window->summaryView());
    QPushButton* resume = window->summaryView()->continueButton();
    ASSERT_TRUE(resume->isVisible());
    EXPECT_TRUE(QTest::qWaitFor([&] { return screenSaver->held.isEmpty(); }, 5000)) << "the screen may blank again";

    QTest::mouseClick(resume, Qt::LeftButton);
    EXPECT_EQ(session.engine().plan().exerciseIds, ids.mid(2));
    EXPECT_EQ(playerctl({QStringLiteral("-p"), QStringLiteral("limber"), QStringLiteral("status")}).output,
              QStringLiteral("Playing"));
}

} // namespace
} // namespace limber
