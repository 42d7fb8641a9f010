#include "AppTestSupport.h"
#include "VirtualTime.h"

#include "MainWindow.h"
#include "session/SummaryView.h"

#include "limber/routines/Routine.h"

#include <QPushButton>

namespace limber {
namespace {

// A routine the person was given is named when it is done, so "my morning
// routine" is recognisably ticked off; a session of exercises names none.
class SummaryRoutineTest : public test::WidgetTest {
protected:
    void SetUp() override
    {
        WidgetTest::SetUp();
        window = std::make_unique<MainWindow>(test::builtinCatalog(), session);
        test::showActive(*window);
    }

    void runToTheEnd()
    {
        test::VirtualTime(clock).ticking(window->engine()).advance(window->engine().plan().totalMs + 1000);
        ASSERT_EQ(window->currentView(), window->summaryView());
    }

    static Routine morning()
    {
        Routine routine;
        routine.id = QStringLiteral("morning-back");
        routine.name = QStringLiteral("Morning back <b>care</b>");
        routine.entries.append(RoutineEntry {QStringLiteral("pelvic-tilt"), {}, {}});
        return routine;
    }

    VirtualClock clock;
    VirtualTimerSource timers {clock};
    GuidedSession session {test::builtinCatalog(), clock, timers};
    std::unique_ptr<MainWindow> window;
};

TEST_F(SummaryRoutineTest, TheRoutineIsNamedAfterItAndAfterItsAgain)
{
    window->startSession(morning());
    runToTheEnd();
    SummaryView* summary = window->summaryView();
    EXPECT_EQ(summary->routineLine(), QStringLiteral("Your routine: Morning back <b>care</b>"))
        << "the name as typed, shown as plain text";

    summary->againButton()->click();
    runToTheEnd();
    EXPECT_EQ(summary->routineLine(), QStringLiteral("Your routine: Morning back <b>care</b>"));
}

TEST_F(SummaryRoutineTest, ExercisesChosenOnHomeNameNoRoutine)
{
    window->startSession(morning());
    runToTheEnd();
    window->startSession(QStringList {QStringLiteral("pelvic-tilt")});
    runToTheEnd();
    EXPECT_TRUE(window->summaryView()->routineLine().isEmpty());
}

} // namespace
} // namespace limber
