#include "LogCapture.h"
#include "TestCatalog.h"
#include "VirtualTime.h"

#include "limber/SessionEngine.h"

#include <gtest/gtest.h>

using namespace limber;

namespace {

// What the person did shows in the log as one stable line each, like the step
// transitions, with where the session was and when.
class EngineLogTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        plan = Planner(catalog).plan({QStringLiteral("side-hold"), QStringLiteral("rolls")});
        engine.setPlan(plan);
        engine.setGetReadyMs(0);
        clock.set(1'000'000);
    }

    void advance(qint64 ms) { test::VirtualTime(clock).ticking(engine).advanceTo(clock.nowMs() + ms); }

    Catalog catalog = test::smallCatalog();
    Plan plan;
    VirtualClock clock;
    SessionEngine engine {clock};
};

std::string only(const std::vector<std::string>& lines)
{
    EXPECT_EQ(lines.size(), 1u);
    return lines.empty() ? std::string() : lines.front();
}

} // namespace

TEST_F(EngineLogTest, PauseAndResumeEachLogOneLineWithTheSessionTime)
{
    const test::LogCapture log;
    engine.start();
    advance(2000);
    engine.pause();
    advance(7000); // paused time is not session time
    engine.resume();
    const std::string total = std::to_string(plan.steps.size());
    EXPECT_EQ(only(log.lines("session paused")),
              "info session paused at step 0 of " + total + " state=paused session_ms=2000 actual_ms=2000");
    EXPECT_EQ(only(log.lines("session resumed")),
              "info session resumed at step 0 of " + total + " state=running session_ms=2000 actual_ms=9000");
}

TEST_F(EngineLogTest, ResumingIntoTheGetReadyCountdownSaysSo)
{
    engine.setGetReadyMs(3000);
    const test::LogCapture log;
    engine.start();
    engine.togglePause();
    engine.togglePause();
    EXPECT_NE(only(log.lines("session resumed")).find("state=get-ready"), std::string::npos);
    // Pausing again during the countdown is a pause like any other.
    engine.togglePause();
    EXPECT_EQ(log.lines("session paused").size(), 2u);
}

TEST_F(EngineLogTest, SkipsNameWhatAskedAndWhereTheyWent)
{
    const test::LogCapture log;
    engine.start();
    advance(1000);
    engine.next();
    EXPECT_EQ(only(log.lines("session skipped")),
              "info session skipped from step 0 to step 1 by=next session_ms=1000 actual_ms=1000");
    engine.nextExercise();
    const int second = plan.nextExerciseStart(0);
    ASSERT_GT(second, 1);
    EXPECT_EQ(log.lines("by=next-exercise").size(), 1u);
    EXPECT_NE(log.text().find("from step 1 to step " + std::to_string(second) + " by=next-exercise"),
              std::string::npos);
    engine.previous();
    EXPECT_EQ(log.lines("by=previous").size(), 1u);
    // The step line still follows each jump, for the timing tools.
    EXPECT_EQ(log.lines(" late_ms=").size(), 4u);
}

TEST_F(EngineLogTest, StopLogsWhereAndWhen)
{
    const test::LogCapture log;
    engine.start();
    advance(3000);
    engine.stop();
    EXPECT_EQ(only(log.lines("session stopped")),
              "info session stopped at step 0 of " + std::to_string(plan.steps.size())
                  + " state=running session_ms=3000 actual_ms=3000");
    // Nothing to stop: no line.
    engine.stop();
    EXPECT_EQ(log.lines("session stopped").size(), 1u);
}
