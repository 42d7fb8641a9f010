#include "TestCatalog.h"
#include "VirtualTime.h"

#include "limber/Clock.h"
#include "limber/Plan.h"
#include "limber/SessionDriver.h"
#include "limber/SessionEngine.h"
#include "limber/Timer.h"

#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

using namespace limber;

namespace {

// The driver on virtual timers: nothing ticks the engine but the driver's own
// timer, so these show that it wakes when the engine asks and animates only
// what moves.
class SessionDriverTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        spdlog::set_level(spdlog::level::warn);
        engine.setGetReadyMs(0);
        QObject::connect(&driver, &SessionDriver::frame, [this] { ++frames; });
    }

    void plan(const QString& exerciseId) { engine.setPlan(Planner(catalog).plan({exerciseId})); }

    Catalog catalog = test::smallCatalog();
    VirtualClock clock;
    VirtualTimerSource timers {clock};
    SessionEngine engine {clock};
    SessionDriver driver {engine, clock, timers};
    test::VirtualTime time = test::VirtualTime(clock).firing(timers);
    int frames = 0;
};

TEST_F(SessionDriverTest, ItsTimerAloneRunsASessionToItsEnd)
{
    plan(QStringLiteral("side-hold"));
    EXPECT_FALSE(driver.isTicking()) << "no timer before the start";
    engine.start();
    EXPECT_TRUE(driver.isTicking());
    EXPECT_GE(driver.msUntilTick(), 0);
    EXPECT_LE(driver.msUntilTick(), 1000) << "the countdown changes every second";
    time.advance(engine.plan().totalMs + 1000);
    EXPECT_EQ(engine.state(), SessionEngine::State::Finished);
    EXPECT_FALSE(driver.isTicking()) << "no timer after the end";
}

TEST_F(SessionDriverTest, PausingStopsEveryTimer)
{
    plan(QStringLiteral("rolls"));
    engine.start();
    time.advance(6000);
    engine.pause();
    EXPECT_FALSE(driver.isTicking());
    EXPECT_FALSE(driver.isAnimating());
    const int framesWhilePaused = frames;
    time.advance(60'000);
    EXPECT_EQ(frames, framesWhilePaused);
    EXPECT_EQ(timers.nextDueMs(), -1);
}

TEST_F(SessionDriverTest, OnlyMovementAnimates)
{
    plan(QStringLiteral("side-hold"));
    engine.start();
    time.advance(6000); // into the first hold
    ASSERT_EQ(engine.currentStep()->kind, StepKind::Hold);
    EXPECT_FALSE(driver.isAnimating()) << "a still hold needs no frames";
    const int before = frames;
    time.advance(10'000);
    EXPECT_LE(frames - before, 12) << "at most a frame per step change or second, never 30 a second";

    engine.stop();
    plan(QStringLiteral("rolls"));
    engine.start();
    time.advance(6000); // into the first repetition
    EXPECT_TRUE(driver.isAnimating());
    const int moving = frames;
    time.advance(1000);
    EXPECT_GE(frames - moving, 1000 / SessionDriver::FrameIntervalMs);
}

} // namespace
