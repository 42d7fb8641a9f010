#include "AppTestSupport.h"
#include "VirtualTime.h"

#include "MainWindow.h"
#include "home/HomeView.h"
#include "limber/SessionDriver.h"
#include "session/BreathGuide.h"
#include "session/CountdownRing.h"
#include "session/SessionOverlay.h"
#include "session/SessionView.h"
#include "session/SlimProgressBar.h"
#include "session/SummaryView.h"

#include <QAccessible>
#include <QAccessibleValueInterface>
#include <QPushButton>

namespace limber {
namespace {

using State = SessionEngine::State;

class SessionViewTest : public test::WidgetTest {
protected:
    void SetUp() override
    {
        WidgetTest::SetUp();
        window = std::make_unique<MainWindow>(test::builtinCatalog(), session);
        window->setStopConfirmer([this] {
            ++confirmations;
            return confirmStop;
        });
        test::showActive(*window);
    }

    void start(const QStringList& ids)
    {
        window->startSession(ids);
        ASSERT_EQ(window->currentView(), window->sessionView());
    }

    // In small ticks as well as at the engine's deadlines, so every whole-second
    // change and cue is seen by the views.
    void advance(qint64 ms) { test::VirtualTime(clock).ticking(window->engine()).steppingEvery(250).advance(ms); }
    void press(Qt::Key key) { QTest::keyClick(window->sessionView(), key); }

    SessionView& view() const { return *window->sessionView(); }
    SessionEngine& engine() const { return window->engine(); }
    QString countdown() const { return view().ring()->text(); }

    VirtualClock clock;
    VirtualTimerSource timers {clock}; // the driver's, still: the tests tick the engine themselves
    GuidedSession session {test::builtinCatalog(), clock, timers};
    std::unique_ptr<MainWindow> window;
    bool confirmStop = true;
    int confirmations = 0;
};

TEST_F(SessionViewTest, ShowsTheStepCountdownAndWhatComesNext)
{
    start({QStringLiteral("flexion")});
    EXPECT_EQ(view().nowText(), QStringLiteral("Get into position"));
    EXPECT_FALSE(view().detailText().isEmpty()) << "the starting position is spelled out";
    EXPECT_EQ(countdown(), QStringLiteral("5"));
    EXPECT_EQ(view().nextText(), QStringLiteral("Next: Hold · 30 s"));
    EXPECT_EQ(view().exerciseText(), QStringLiteral("Flexion stretch"));

    advance(1000);
    EXPECT_EQ(countdown(), QStringLiteral("4"));
    advance(4000);
    EXPECT_EQ(view().nowText(), QStringLiteral("Hold"));
    EXPECT_EQ(view().positionText(), QStringLiteral("Set 1 of 3"));
    EXPECT_EQ(countdown(), QStringLiteral("30"));
    EXPECT_EQ(view().nextText(), QStringLiteral("Next: Release · 10 s"));
    advance(30'000);
    EXPECT_EQ(view().positionText(), QStringLiteral("Set 1 of 3 done"));
}

TEST_F(SessionViewTest, NamesTheNextExerciseAndTheSide)
{
    start({QStringLiteral("lateral-flexion"), QStringLiteral("flexion")});
    EXPECT_EQ(view().positionText(), QStringLiteral("Left side"));
    // Jump to the last hold of the first exercise.
    const Plan& plan = engine().plan();
    const int lastHold = plan.nextExerciseStart(0) - 2;
    while (engine().currentIndex() < lastHold)
        press(Qt::Key_Right);
    EXPECT_EQ(view().positionText(), QStringLiteral("Set 3 of 3 · Right side"));
    EXPECT_EQ(view().nextText(), QStringLiteral("Next exercise: Flexion stretch"));
    EXPECT_EQ(view().exerciseText(), QStringLiteral("Lateral flexion stretch"));
}

TEST_F(SessionViewTest, SpacePausesAndFreezesTheCountdown)
{
    start({QStringLiteral("flexion")});
    advance(7000); // into the first hold
    const QString frozen = countdown();
    press(Qt::Key_Space);
    EXPECT_EQ(engine().state(), State::Paused);
    EXPECT_EQ(view().overlay()->mode(), SessionOverlay::Mode::Paused);
    EXPECT_FALSE(window->driver().isTicking()) << "no timer while paused";
    EXPECT_FALSE(window->driver().isAnimating());

    advance(10'000);
    EXPECT_EQ(countdown(), frozen) << "the countdown must not move while paused";
    EXPECT_EQ(engine().state(), State::Paused);
}

TEST_F(SessionViewTest, ResumeCountsDownThenContinuesWhereItStopped)
{
    start({QStringLiteral("flexion")});
    advance(7000);
    press(Qt::Key_Space);
    const QString frozen = countdown();
    const int index = engine().currentIndex();
    advance(60'000);

    press(Qt::Key_Space);
    EXPECT_EQ(engine().state(), State::GetReady);
    EXPECT_EQ(view().overlay()->mode(), SessionOverlay::Mode::GetReady);
    EXPECT_EQ(view().overlay()->detail(), QStringLiteral("3"));
    EXPECT_TRUE(window->driver().isTicking());
    advance(1000);
    EXPECT_EQ(view().overlay()->detail(), QStringLiteral("2"));
    advance(1000);
    EXPECT_EQ(view().overlay()->detail(), QStringLiteral("1"));
    EXPECT_EQ(countdown(), frozen) << "still frozen during get-ready";
    advance(1000);
    EXPECT_EQ(engine().state(), State::Running);
    EXPECT_EQ(view().overlay()->mode(), SessionOverlay::Mode::Hidden);
    EXPECT_EQ(engine().currentIndex(), index);
    EXPECT_EQ(countdown(), frozen);
    advance(1000);
    EXPECT_EQ(countdown(), QString::number(frozen.toInt() - 1));
}

TEST_F(SessionViewTest, SpaceWorksEvenWithAButtonFocused)
{
    start({QStringLiteral("flexion")});
    auto* next = view().findChild<QPushButton*>(QStringLiteral("nextButton"));
    ASSERT_NE(next, nullptr);
    next->setFocus();
    const int index = engine().currentIndex();
    QTest::keyClick(next, Qt::Key_Space);
    EXPECT_EQ(engine().state(), State::Paused);
    EXPECT_EQ(engine().currentIndex(), index) << "Space pauses; it does not press the focused button";
}

TEST_F(SessionViewTest, RightAndLeftMoveBetweenSteps)
{
    start({QStringLiteral("flexion")});
    const Plan& plan = engine().plan();
    press(Qt::Key_Right);
    EXPECT_EQ(engine().currentIndex(), 1);
    EXPECT_EQ(view().nowText(), plan.steps[1].label);
    press(Qt::Key_Right);
    EXPECT_EQ(view().nowText(), plan.steps[2].label);
    press(Qt::Key_Left);
    EXPECT_EQ(engine().currentIndex(), 1);
    EXPECT_EQ(view().nowText(), plan.steps[1].label);
    EXPECT_EQ(countdown(), QStringLiteral("30")) << "the step starts over in full";
}

TEST_F(SessionViewTest, ButtonsDoWhatTheKeysDo)
{
    start({QStringLiteral("flexion")});
    view().findChild<QPushButton*>(QStringLiteral("pauseButton"))->click();
    EXPECT_EQ(engine().state(), State::Paused);
    EXPECT_EQ(view().findChild<QPushButton*>(QStringLiteral("pauseButton"))->text(), QStringLiteral("Resume"));
    view().findChild<QPushButton*>(QStringLiteral("nextButton"))->click();
    EXPECT_EQ(engine().currentIndex(), 1);
    EXPECT_EQ(engine().state(), State::Paused) << "skipping while paused stays paused";
    view().findChild<QPushButton*>(QStringLiteral("previousButton"))->click();
    EXPECT_EQ(engine().currentIndex(), 0);
}

TEST_F(SessionViewTest, EscapeAsksAndCanKeepGoing)
{
    start({QStringLiteral("flexion")});
    advance(2000);
    confirmStop = false;
    press(Qt::Key_Escape);
    EXPECT_EQ(confirmations, 1);
    EXPECT_EQ(window->currentView(), window->sessionView());
    EXPECT_EQ(engine().state(), State::GetReady) << "carries on after a get-ready count";
}

TEST_F(SessionViewTest, EscapeConfirmedReturnsHome)
{
    start({QStringLiteral("flexion")});
    advance(2000);
    press(Qt::Key_Escape);
    EXPECT_EQ(confirmations, 1);
    EXPECT_EQ(engine().state(), State::Idle);
    EXPECT_EQ(window->currentView(), window->homeView());
    EXPECT_FALSE(window->driver().isTicking()) << "no timers at home";
    EXPECT_FALSE(window->driver().isAnimating());
}

TEST_F(SessionViewTest, SummaryAtTheEndThenAgainOrHome)
{
    start({QStringLiteral("pelvic-tilt"), QStringLiteral("flexion")});
    advance(engine().plan().totalMs + 500);
    ASSERT_EQ(window->currentView(), window->summaryView());
    EXPECT_EQ(engine().state(), State::Finished);
    EXPECT_EQ(window->summaryView()->headline(), QStringLiteral("Well done"));
    EXPECT_TRUE(window->summaryView()->details().contains(QStringLiteral("2 exercises")))
        << window->summaryView()->details().toStdString();
    EXPECT_FALSE(window->driver().isTicking());

    window->summaryView()->againButton()->click();
    EXPECT_EQ(window->currentView(), window->sessionView());
    EXPECT_EQ(engine().state(), State::Running);
    EXPECT_EQ(engine().currentIndex(), 0);

    advance(engine().plan().totalMs + 500);
    window->summaryView()->homeButton()->click();
    EXPECT_EQ(window->currentView(), window->homeView());
}

TEST_F(SessionViewTest, SessionProgressIsAnAccessibleProgressBar)
{
    start({QStringLiteral("flexion")});
    const SlimProgressBar* bar = view().sessionProgress();
    EXPECT_EQ(bar->value(), 0);
    advance(engine().plan().totalMs / 2);
    EXPECT_NEAR(bar->fraction(), 0.5, 0.01) << "one step per pixel of the bar";

    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(const_cast<SlimProgressBar*>(bar));
    ASSERT_NE(iface, nullptr);
    EXPECT_EQ(iface->role(), QAccessible::ProgressBar);
    EXPECT_EQ(iface->text(QAccessible::Name), QStringLiteral("Session progress"));
    EXPECT_EQ(iface->text(QAccessible::Value), QStringLiteral("%1 %").arg(qRound(bar->fraction() * 100)));
    QAccessibleValueInterface* value = iface->valueInterface();
    ASSERT_NE(value, nullptr);
    EXPECT_EQ(value->currentValue().toInt(), bar->value());
    EXPECT_EQ(value->maximumValue().toInt(), bar->maximum());
}

TEST_F(SessionViewTest, BreathGuideFollowsTheBreath)
{
    start({QStringLiteral("shoulder-rolls")});
    advance(5000); // lead-in done: "breathe in and lift", 3 s
    ASSERT_EQ(engine().currentStep()->breath, Breath::In);
    EXPECT_TRUE(window->driver().isAnimating()) << "paced movement animates";
    EXPECT_EQ(view().breathGuide()->caption(), QStringLiteral("Breathe in"));
    EXPECT_EQ(view().positionText(), QStringLiteral("Rep 1 of 10"));
    // Between frames the view is refreshed on every whole second, which is
    // what these checks see (no real frame timer runs in tests).
    const double empty = view().breathGuide()->fullness();
    advance(1000);
    const double third = view().breathGuide()->fullness();
    advance(1000);
    const double twoThirds = view().breathGuide()->fullness();
    EXPECT_NEAR(empty, 0.0, 1e-9);
    EXPECT_NEAR(third, 0.25, 1e-9) << "eased: slow at the start of the breath";
    EXPECT_NEAR(twoThirds, 0.75, 1e-9);

    advance(1000 + 3000); // through "squeeze" into "breathe out"
    ASSERT_EQ(engine().currentStep()->breath, Breath::Out);
    EXPECT_EQ(view().breathGuide()->caption(), QStringLiteral("Breathe out"));
    EXPECT_NEAR(view().breathGuide()->fullness(), 1.0, 1e-9);
    advance(2000);
    EXPECT_NEAR(view().breathGuide()->fullness(), 0.25, 1e-9);
}

TEST_F(SessionViewTest, ALongGapPausesWithAReason)
{
    start({QStringLiteral("flexion")});
    advance(7000);
    const QString before = countdown();
    clock.advance(60'000); // the laptop slept for a minute
    engine().tick();
    EXPECT_EQ(engine().state(), State::Paused);
    EXPECT_EQ(view().overlay()->mode(), SessionOverlay::Mode::Paused);
    EXPECT_TRUE(view().overlay()->detail().contains(QStringLiteral("asleep")));
    EXPECT_EQ(countdown(), before) << "nothing was skipped";
}

TEST_F(SessionViewTest, HoldsNeedNoAnimationFrames)
{
    start({QStringLiteral("flexion")});
    EXPECT_FALSE(window->driver().isAnimating()) << "a still lead-in is repainted once a second";
    EXPECT_TRUE(window->driver().isTicking());
    EXPECT_LE(window->driver().msUntilTick(), 1000);
}

} // namespace
} // namespace limber
