#include "TestCatalog.h"
#include "VirtualTime.h"

#include "limber/SessionEngine.h"

#include <QList>
#include <QPair>

#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

#include <random>

using namespace limber;
using State = SessionEngine::State;

namespace {

// Records everything the engine says, in order.
struct Recorder {
    explicit Recorder(SessionEngine& engine)
    {
        QObject::connect(&engine, &SessionEngine::stepChanged, [this](int index) { steps.append(index); });
        QObject::connect(&engine, &SessionEngine::cue, [this](Cue cue, int index) { cues.append({cue, index}); });
        QObject::connect(&engine, &SessionEngine::stateChanged, [this](State state) { states.append(state); });
        QObject::connect(&engine, &SessionEngine::stepSecondsLeftChanged,
                         [this](int seconds) { secondsLeft.append(seconds); });
    }
    int count(Cue cue) const
    {
        int n = 0;
        for (const auto& entry : cues)
            n += entry.first == cue ? 1 : 0;
        return n;
    }
    QList<int> steps;
    QList<QPair<Cue, int>> cues;
    QList<State> states;
    QList<int> secondsLeft;
};

class EngineTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        spdlog::set_level(spdlog::level::warn);
        plan = Planner(catalog).plan({QStringLiteral("side-hold"), QStringLiteral("rolls")});
        engine.setPlan(plan);
        engine.setGetReadyMs(0);
        clock.set(1'000'000); // the clock's zero is not the session's zero
    }

    void runUntil(qint64 clockMs) { test::VirtualTime(clock).ticking(engine).advanceTo(clockMs); }

    Catalog catalog = test::smallCatalog();
    Plan plan;
    VirtualClock clock;
    SessionEngine engine {clock};
};

} // namespace

TEST_F(EngineTest, StartEntersTheFirstStepAndAnnouncesTheSession)
{
    Recorder recorder(engine);
    engine.start();
    EXPECT_EQ(engine.state(), State::Running);
    EXPECT_EQ(engine.currentIndex(), 0);
    ASSERT_GE(recorder.cues.size(), 2);
    EXPECT_EQ(recorder.cues[0].first, Cue::SessionStart);
    EXPECT_EQ(recorder.cues[1].first, Cue::Prepare);
    EXPECT_EQ(recorder.steps, QList<int> {0});
    EXPECT_EQ(engine.stepRemainingMs(), plan.steps[0].durationMs);
    EXPECT_EQ(engine.sessionRemainingMs(), plan.totalMs);
}

TEST_F(EngineTest, RunsEveryStepInOrderAndFinishesExactlyOnTheTotal)
{
    Recorder recorder(engine);
    const qint64 start = clock.nowMs();
    engine.start();
    runUntil(start + plan.totalMs - 1);
    EXPECT_EQ(engine.state(), State::Running);
    EXPECT_EQ(engine.currentIndex(), plan.steps.size() - 1);
    EXPECT_EQ(engine.sessionRemainingMs(), 1);

    clock.set(start + plan.totalMs);
    engine.tick();
    EXPECT_EQ(engine.state(), State::Finished);
    QList<int> expected;
    for (int i = 0; i < plan.steps.size(); ++i)
        expected.append(i);
    EXPECT_EQ(recorder.steps, expected);
    EXPECT_EQ(recorder.count(Cue::SessionDone), 1);
    EXPECT_EQ(recorder.count(Cue::ExerciseDone), 2);
    EXPECT_EQ(engine.completedExercises(), 2);
    EXPECT_EQ(engine.sessionRemainingMs(), 0);
}

TEST_F(EngineTest, EachStepAnnouncesItsOwnCue)
{
    Recorder recorder(engine);
    engine.start();
    runUntil(clock.nowMs() + plan.totalMs);
    QList<QPair<Cue, int>> stepCues;
    for (const auto& entry : recorder.cues) {
        if (entry.first != Cue::SessionStart && entry.first != Cue::HoldEnding && entry.first != Cue::ExerciseDone
            && entry.first != Cue::SessionDone)
            stepCues.append(entry);
    }
    ASSERT_EQ(stepCues.size(), plan.steps.size());
    for (int i = 0; i < plan.steps.size(); ++i) {
        EXPECT_EQ(stepCues[i].second, i);
        EXPECT_EQ(stepCues[i].first, plan.steps[i].cue) << "step " << i;
    }
}

TEST_F(EngineTest, HoldEndingTicksFallOnTheLastThreeSeconds)
{
    engine.start();
    const qint64 start = clock.nowMs();
    const Step& hold = plan.steps[1];
    ASSERT_EQ(hold.kind, StepKind::Hold);
    QList<qint64> at;
    QObject::connect(&engine, &SessionEngine::cue, [&](Cue cue, int) {
        if (cue == Cue::HoldEnding)
            at.append(clock.nowMs() - start);
    });
    runUntil(start + hold.endMs());
    EXPECT_EQ(at, (QList<qint64> {hold.endMs() - 3000, hold.endMs() - 2000, hold.endMs() - 1000}));
}

TEST_F(EngineTest, SecondsLeftCountsDownOncePerSecond)
{
    Recorder recorder(engine);
    engine.start();
    runUntil(clock.nowMs() + plan.steps[0].durationMs - 1);
    EXPECT_EQ(recorder.secondsLeft, (QList<int> {5, 4, 3, 2, 1}));
}

TEST_F(EngineTest, PauseKeepsTheRemainingTimeExactly)
{
    engine.start();
    runUntil(clock.nowMs() + 7'321);
    const qint64 stepLeft = engine.stepRemainingMs();
    const qint64 sessionLeft = engine.sessionRemainingMs();
    const int index = engine.currentIndex();

    engine.pause();
    EXPECT_EQ(engine.state(), State::Paused);
    EXPECT_EQ(engine.nextDeadlineMs(), -1) << "no wake-ups while paused";
    clock.advance(600'000);
    engine.tick();
    EXPECT_EQ(engine.stepRemainingMs(), stepLeft);
    EXPECT_EQ(engine.sessionRemainingMs(), sessionLeft);

    engine.resume();
    EXPECT_EQ(engine.state(), State::Running);
    EXPECT_EQ(engine.currentIndex(), index);
    EXPECT_EQ(engine.stepRemainingMs(), stepLeft);
    const qint64 resumedAt = clock.nowMs();
    runUntil(resumedAt + sessionLeft);
    EXPECT_EQ(engine.state(), State::Finished);
}

TEST_F(EngineTest, ResumeCountsDownBeforeContinuingWhereItStopped)
{
    engine.setGetReadyMs(3000);
    engine.start();
    runUntil(clock.nowMs() + 10'000);
    const qint64 stepLeft = engine.stepRemainingMs();
    engine.pause();
    clock.advance(5000);
    engine.resume();
    EXPECT_EQ(engine.state(), State::GetReady);

    QList<int> countdown;
    QObject::connect(&engine, &SessionEngine::getReadySecondsLeftChanged,
                     [&](int seconds) { countdown.append(seconds); });
    const qint64 resumedAt = clock.nowMs();
    runUntil(resumedAt + 2999);
    EXPECT_EQ(engine.state(), State::GetReady);
    EXPECT_EQ(engine.stepRemainingMs(), stepLeft) << "the step does not run during the countdown";
    EXPECT_EQ(countdown, (QList<int> {2, 1}));

    // A late tick after the countdown must not eat into the step.
    clock.set(resumedAt + 3000 + 250);
    engine.tick();
    EXPECT_EQ(engine.state(), State::Running);
    EXPECT_EQ(engine.stepRemainingMs(), stepLeft - 250);
}

TEST_F(EngineTest, PauseDuringGetReadyStaysWhereItWas)
{
    engine.setGetReadyMs(3000);
    engine.start();
    runUntil(clock.nowMs() + 2000);
    const qint64 stepLeft = engine.stepRemainingMs();
    engine.pause();
    engine.resume();
    clock.advance(1500);
    engine.togglePause();
    EXPECT_EQ(engine.state(), State::Paused);
    EXPECT_EQ(engine.stepRemainingMs(), stepLeft);
}

TEST_F(EngineTest, ALateTickDoesNotStretchTheSession)
{
    const qint64 start = clock.nowMs();
    engine.start();
    // Wake up 900 ms late for the first transition.
    clock.set(start + plan.steps[0].endMs() + 900);
    engine.tick();
    EXPECT_EQ(engine.currentIndex(), 1);
    EXPECT_EQ(engine.stepRemainingMs(), plan.steps[1].durationMs - 900);
    runUntil(start + plan.totalMs);
    EXPECT_EQ(engine.state(), State::Finished);
}

TEST_F(EngineTest, ABunchedTickEmitsEveryPassedTransitionOnceInOrder)
{
    Recorder recorder(engine);
    const qint64 start = clock.nowMs();
    engine.start();
    // Jump straight into the fourth step.
    clock.set(start + plan.steps[3].startMs + 10);
    engine.tick();
    EXPECT_EQ(recorder.steps, (QList<int> {0, 1, 2, 3}));
    EXPECT_EQ(recorder.count(Cue::HoldStart), 2);
    EXPECT_EQ(recorder.count(Cue::Release), 1);
    EXPECT_EQ(recorder.count(Cue::HoldEnding), 3);
    EXPECT_EQ(engine.stepElapsedMs(), 10);
}

TEST_F(EngineTest, NextAndPreviousMoveLikeAMediaPlayer)
{
    engine.start();
    clock.advance(1000);
    engine.next();
    EXPECT_EQ(engine.currentIndex(), 1);
    EXPECT_EQ(engine.stepElapsedMs(), 0);

    clock.advance(1000);
    engine.previous(); // early in the step: go back one
    EXPECT_EQ(engine.currentIndex(), 0);

    engine.next();
    clock.advance(5000);
    engine.previous(); // well into the step: restart it
    EXPECT_EQ(engine.currentIndex(), 1);
    EXPECT_EQ(engine.stepRemainingMs(), plan.steps[1].durationMs);

    engine.previous();
    engine.previous();
    EXPECT_EQ(engine.currentIndex(), 0) << "previous on the first step restarts it";
}

// A media remote reports a skip as a jump of the position (MPRIS Seeked);
// steps reached by time passing are not jumps.
TEST_F(EngineTest, SkipsAreJumpsAndTimeIsNot)
{
    QList<int> jumps;
    QObject::connect(&engine, &SessionEngine::jumped, [&jumps](int index) { jumps.append(index); });
    const qint64 start = clock.nowMs();
    engine.start();
    runUntil(start + plan.steps[2].startMs + 10);
    EXPECT_TRUE(jumps.isEmpty()) << "steps entered on time are no jumps";
    engine.next();
    engine.previous();
    EXPECT_EQ(jumps, (QList<int> {3, 2}));
}

TEST_F(EngineTest, NextExerciseJumpsToTheNextLeadIn)
{
    engine.start();
    engine.nextExercise();
    const Step* step = engine.currentStep();
    ASSERT_NE(step, nullptr);
    EXPECT_EQ(step->kind, StepKind::Prepare);
    EXPECT_EQ(step->exerciseId, QStringLiteral("rolls"));
    engine.nextExercise();
    EXPECT_EQ(engine.state(), State::Finished);
    EXPECT_EQ(engine.completedExercises(), 0) << "skipped exercises are not completed";
}

TEST_F(EngineTest, SkippingWhilePausedStaysPaused)
{
    Recorder recorder(engine);
    engine.start();
    engine.pause();
    engine.next();
    EXPECT_EQ(engine.state(), State::Paused);
    EXPECT_EQ(engine.currentIndex(), 1);
    EXPECT_EQ(recorder.count(Cue::HoldStart), 0) << "no sound while paused";
    clock.advance(10'000);
    EXPECT_EQ(engine.stepElapsedMs(), 0);
}

TEST_F(EngineTest, StopEndsTheSessionWithoutFinishing)
{
    bool stopped = false;
    bool finished = false;
    QObject::connect(&engine, &SessionEngine::stopped, [&] { stopped = true; });
    QObject::connect(&engine, &SessionEngine::finished, [&] { finished = true; });
    engine.start();
    clock.advance(3000);
    engine.stop();
    EXPECT_TRUE(stopped);
    EXPECT_FALSE(finished);
    EXPECT_EQ(engine.state(), State::Idle);
    EXPECT_EQ(engine.nextDeadlineMs(), -1);
    engine.next(); // commands after stop are ignored
    EXPECT_EQ(engine.state(), State::Idle);
}

TEST_F(EngineTest, AStallPausesWhereTheLastTickLeftOff)
{
    engine.setStallThresholdMs(5000);
    qint64 gap = 0;
    QObject::connect(&engine, &SessionEngine::stalled, [&](qint64 ms) { gap = ms; });
    engine.start();
    runUntil(clock.nowMs() + 2500);
    const int index = engine.currentIndex();
    const qint64 left = engine.stepRemainingMs();
    clock.advance(3'600'000); // the laptop slept for an hour
    engine.tick();
    EXPECT_EQ(engine.state(), State::Paused);
    EXPECT_EQ(gap, 3'600'000);
    EXPECT_EQ(engine.currentIndex(), index);
    EXPECT_EQ(engine.stepRemainingMs(), left);
}

TEST_F(EngineTest, TenThousandJitteryTicksEndOnThePlannedTotal)
{
    // A long plan (over two hours): both exercises forty times over.
    PlanOptions options;
    options.reps[QStringLiteral("rolls")] = 5;
    QStringList ids;
    for (int i = 0; i < 40; ++i)
        ids << QStringLiteral("side-hold") << QStringLiteral("rolls");
    const Plan longPlan = Planner(catalog).plan(ids, options);
    engine.setPlan(longPlan);

    std::mt19937 random(42);
    std::uniform_int_distribution<int> jitter(0, 40);
    std::uniform_int_distribution<int> early(1, 300);
    const qint64 start = clock.nowMs();
    engine.start();
    int ticks = 0;
    qint64 lastDeadline = -1;
    while (engine.state() == State::Running) {
        const qint64 deadline = engine.nextDeadlineMs();
        // Some ticks come early (a spurious wake-up), most a little late.
        if (random() % 4 == 0)
            clock.set(std::min(deadline - 1, clock.nowMs() + early(random)));
        else
            clock.set(deadline + jitter(random));
        lastDeadline = deadline;
        engine.tick();
        ++ticks;
        // No pauses, so session time is wall time since the start: nothing drifted.
        if (engine.state() == State::Running) {
            ASSERT_EQ(engine.sessionElapsedMs(), clock.nowMs() - start);
        }
    }
    EXPECT_GE(ticks, 10'000);
    EXPECT_EQ(engine.state(), State::Finished);
    EXPECT_EQ(lastDeadline, start + longPlan.totalMs);
}

TEST_F(EngineTest, RandomCommandSequencesKeepTheInvariants)
{
    std::mt19937 random(7);
    for (int round = 0; round < 2000; ++round) {
        SessionEngine subject(clock);
        subject.setPlan(plan);
        subject.setGetReadyMs(round % 2 == 0 ? 0 : 3000);

        int lastIndex = -1;
        bool inTick = false;
        int stepCues = 0;
        int entries = 0;
        QObject::connect(&subject, &SessionEngine::stepChanged, [&](int index) {
            if (inTick) {
                ASSERT_EQ(index, lastIndex + 1) << "time only moves forward one step at a time";
            }
            lastIndex = index;
            if (subject.state() == State::Running)
                ++entries;
        });
        QObject::connect(&subject, &SessionEngine::cue, [&](Cue cue, int index) {
            if (cue == plan.steps[index].cue && cue != Cue::HoldEnding && cue != Cue::SessionStart
                && cue != Cue::ExerciseDone && cue != Cue::SessionDone)
                ++stepCues;
        });

        subject.start();
        for (int command = 0; command < 40 && subject.state() != State::Finished; ++command) {
            switch (random() % 8) {
            case 0:
                subject.togglePause();
                break;
            case 1:
                subject.next();
                break;
            case 2:
                subject.previous();
                break;
            case 3:
                subject.nextExercise();
                break;
            default: {
                const qint64 before = subject.sessionElapsedMs();
                const bool paused = subject.state() == State::Paused;
                clock.advance(static_cast<qint64>(random() % 20'000));
                inTick = true;
                subject.tick();
                inTick = false;
                if (paused) {
                    ASSERT_EQ(subject.sessionElapsedMs(), before) << "paused time is never counted";
                }
                break;
            }
            }
            ASSERT_GE(subject.stepRemainingMs(), 0);
            ASSERT_GE(subject.sessionRemainingMs(), 0);
            ASSERT_LE(subject.stepProgress(), 1.0);
            ASSERT_GE(subject.stepProgress(), 0.0);
            ASSERT_GE(subject.currentIndex(), 0);
            ASSERT_LT(subject.currentIndex(), plan.steps.size());
            const qint64 deadline = subject.nextDeadlineMs();
            if (subject.state() == State::Running || subject.state() == State::GetReady) {
                ASSERT_GT(deadline, clock.nowMs()) << "the next deadline is always ahead";
            } else {
                ASSERT_EQ(deadline, -1);
            }
        }
        ASSERT_EQ(stepCues, entries) << "each step entered while running is announced exactly once";
    }
}
