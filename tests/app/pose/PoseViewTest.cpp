#include "PoseTestSupport.h"
#include "TestPalettes.h"
#include "VirtualTime.h"

#include "pose/PoseAnimator.h"
#include "pose/PoseView.h"

#include "limber/Clock.h"
#include "limber/Timer.h"

#include <QEvent>
#include <QTest>

using namespace limber;
using namespace limber::posetest;
using limber::test::settle;

namespace {

// Counts the paint events a widget receives.
class PaintCounter final : public QObject {
public:
    explicit PaintCounter(QWidget* widget) { widget->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

class PoseViewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        view.resize(400, 300);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
        settle();
    }

    VirtualClock clock;
    VirtualTimerSource timers {clock};
    PoseView view {timers};
    PaintCounter paints {&view};
};

} // namespace

TEST_F(PoseViewTest, RepaintsOnlyWhenTheFrameChanges)
{
    const Step move = makeStep(StepKind::Move, QStringLiteral("cat-cow"), 4000, QStringLiteral("cat"), 1);
    view.showStep(move, 0.3);
    settle();
    const int afterFirst = paints.count;
    EXPECT_GE(afterFirst, 1);

    view.showStep(move, 0.3);
    view.showStep(move, 0.3);
    settle();
    EXPECT_EQ(paints.count, afterFirst) << "the same frame again must not repaint";

    view.showStep(move, 0.6);
    settle();
    EXPECT_GT(paints.count, afterFirst);
}

TEST_F(PoseViewTest, ALongHoldCostsNoRepaints)
{
    const Step hold = makeStep(StepKind::Hold, QStringLiteral("childs-pose"), 30000, {}, 0, Side::None, 1);
    view.showStep(hold, 0.1);
    settle();
    const int before = paints.count;
    // A 30 fps frame timer over most of the hold.
    for (int frame = 0; frame < 600; ++frame)
        view.showStep(hold, 0.1 + 0.9 * frame / 600.0);
    settle();
    EXPECT_EQ(paints.count, before);
}

TEST_F(PoseViewTest, PausedSessionCostsNoRepaints)
{
    const Step move = makeStep(StepKind::Move, QStringLiteral("shoulder-rolls"), 3000, QStringLiteral("lift"), 3);
    view.showStep(move, 0.42);
    settle();
    const int before = paints.count;
    for (int frame = 0; frame < 30; ++frame)
        view.showStep(move, 0.42);
    settle();
    EXPECT_EQ(paints.count, before);
}

TEST_F(PoseViewTest, StillAndSideChangesRepaint)
{
    view.showStill(QStringLiteral("piriformis"));
    settle();
    const int before = paints.count;
    view.showStill(QStringLiteral("piriformis"));
    settle();
    EXPECT_EQ(paints.count, before);

    const Step right = makeStep(StepKind::SwitchSides, QStringLiteral("piriformis"), 5000, {}, 0, Side::Right);
    view.showStep(right, 0);
    settle();
    EXPECT_GT(paints.count, before) << "mirroring is a different picture";
}

TEST_F(PoseViewTest, LoopRunsOnlyWhileVisible)
{
    Timer* timer = view.findChild<Timer*>(QStringLiteral("poseLoopTimer"));
    ASSERT_NE(timer, nullptr);
    EXPECT_FALSE(timer->isActive());

    view.playLoop(QStringLiteral("cat-cow"));
    EXPECT_TRUE(timer->isActive());
    const int before = paints.count;
    test::VirtualTime(clock).firing(timers).steppingEvery(33, settle).advance(300);
    EXPECT_GT(paints.count, before) << "the loop moves";

    view.hide();
    EXPECT_FALSE(timer->isActive()) << "no timer for a hidden picture";
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    EXPECT_TRUE(timer->isActive());

    view.showStill(QStringLiteral("cat-cow"));
    EXPECT_FALSE(timer->isActive()) << "a still stops the loop";
    view.playLoop(QStringLiteral("flexion"));
    const Step prepare = makeStep(StepKind::Prepare, QStringLiteral("flexion"), 5000);
    view.showStep(prepare, 0);
    EXPECT_FALSE(timer->isActive()) << "following the session stops the loop";
}

TEST_F(PoseViewTest, HiddenViewDoesNotStartTheLoop)
{
    PoseView hidden {timers};
    Timer* timer = hidden.findChild<Timer*>(QStringLiteral("poseLoopTimer"));
    ASSERT_NE(timer, nullptr);
    hidden.playLoop(QStringLiteral("cobra"));
    EXPECT_FALSE(timer->isActive());
}

TEST_F(PoseViewTest, KeepsItsShape)
{
    EXPECT_TRUE(view.hasHeightForWidth());
    EXPECT_EQ(view.heightForWidth(400), 300);
    EXPECT_EQ(view.sizeHint(), QSize(400, 300));
}

TEST_F(PoseViewTest, PaletteChangeRepaints)
{
    view.showStill(QStringLiteral("flexion"));
    settle();
    const int before = paints.count;
    view.setPalette(test::darkPalette());
    settle();
    EXPECT_GT(paints.count, before);
}
