#include "TestCatalog.h"
#include "VirtualTime.h"

#include "limber/Clock.h"
#include "limber/Plan.h"
#include "limber/SessionDriver.h"
#include "limber/SessionEngine.h"
#include "limber/Timer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <spdlog/spdlog.h>
#include <vector>

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

// Into the first "up" of the rolls (a 3 s move), where frames run.
void startMoving(SessionEngine& engine, test::VirtualTime& time)
{
    engine.start();
    time.advance(6000);
    ASSERT_EQ(engine.currentStep()->kind, StepKind::Move);
}

// On to the next frame the driver's timer is aimed at.
void toNextFrame(const SessionDriver& driver, const Clock& clock, test::VirtualTime& time)
{
    ASSERT_GE(driver.nextFrameMs(), clock.nowMs());
    time.advance(driver.nextFrameMs() - clock.nowMs());
}

TEST_F(SessionDriverTest, AFrameComesWhenTheViewsSayThePictureChanges)
{
    plan(QStringLiteral("rolls"));
    startMoving(engine, time);
    qint64 askFor = 0;
    QObject::connect(&driver, &SessionDriver::frame, [&] {
        driver.requestFrameAt(clock.nowMs() + askFor);
        driver.requestFrameAt(clock.nowMs() + askFor + 50); // a later wish does not delay it
    });
    const auto aimedAfterAsking = [&](qint64 ms) {
        askFor = ms;
        toNextFrame(driver, clock, time);
        return driver.nextFrameMs() - clock.nowMs();
    };
    EXPECT_EQ(aimedAfterAsking(200), 200) << "the time asked for, to the millisecond";
    EXPECT_EQ(aimedAfterAsking(5), SessionDriver::FrameIntervalMs) << "never faster than 30 a second";
    EXPECT_EQ(aimedAfterAsking(5000), SessionDriver::MaxFrameIntervalMs) << "never asleep for more than a second";
}

TEST_F(SessionDriverTest, WithoutWishesFramesKeepTheSteadyPace)
{
    plan(QStringLiteral("rolls"));
    startMoving(engine, time);
    toNextFrame(driver, clock, time);
    EXPECT_EQ(driver.nextFrameMs(), clock.nowMs() + SessionDriver::FrameIntervalMs);
}

TEST_F(SessionDriverTest, FramesAimedByProgressLandOnTheStepsOwnTime)
{
    plan(QStringLiteral("rolls"));
    startMoving(engine, time);
    // Frames asked for at every tenth of the step: worked out from the
    // clock each time, they land on the step's own tenths, never drifting.
    std::vector<double> progressAtFrames;
    QObject::connect(&driver, &SessionDriver::frame, [&] {
        const double progress = engine.stepProgress();
        progressAtFrames.push_back(progress);
        driver.requestFrameAt(driver.clockMsAtStepProgress(std::floor(progress * 10.0 + 1e-9) / 10.0 + 0.1));
    });
    const int step = engine.currentIndex();
    toNextFrame(driver, clock, time); // the first frame that asks
    progressAtFrames.clear();
    time.advance(engine.stepRemainingMs() - 1);
    ASSERT_EQ(engine.currentIndex(), step);
    ASSERT_GE(progressAtFrames.size(), 3U);
    for (double progress : progressAtFrames)
        EXPECT_NEAR(progress * 10.0, std::round(progress * 10.0), 1e-9) << progress;
    EXPECT_EQ(driver.clockMsAtStepProgress(1.0) - clock.nowMs(), engine.stepRemainingMs());
}

TEST_F(SessionDriverTest, AWishBetweenFramesOnlyBringsTheNextOneForward)
{
    plan(QStringLiteral("rolls"));
    startMoving(engine, time);
    QObject::connect(&driver, &SessionDriver::frame, [&] { driver.requestFrameAt(clock.nowMs() + 800); });
    toNextFrame(driver, clock, time);
    const qint64 aimed = driver.nextFrameMs();
    ASSERT_EQ(aimed, clock.nowMs() + 800);
    driver.requestFrameAt(aimed + 100);
    EXPECT_EQ(driver.nextFrameMs(), aimed) << "later: ignored";
    driver.requestFrameAt(aimed - 300);
    EXPECT_EQ(driver.nextFrameMs(), aimed - 300) << "sooner: the timer is aimed again";
    engine.pause();
    EXPECT_EQ(driver.nextFrameMs(), -1);
    driver.requestFrameAt(clock.nowMs() + 100);
    EXPECT_EQ(driver.nextFrameMs(), -1) << "a wish starts no frames while nothing moves";
}

} // namespace
