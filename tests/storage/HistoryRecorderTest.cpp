#include "StorageTestSupport.h"

#include "TestCatalog.h"
#include "VirtualTime.h"
#include "limber/HistoryRecorder.h"
#include "limber/storage/SqliteHistoryStore.h"

#include "limber/Clock.h"
#include "limber/SessionEngine.h"
#include "limber/routines/RoutineSessions.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>

using namespace limber;
using namespace limber::test;
using namespace std::chrono_literals;

namespace {

class RecorderTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(temp.dir.isValid());
        ASSERT_TRUE(store->open().ok());
        plan = Planner(catalog).plan(routine);
        engine.setPlan(plan);
        engine.setGetReadyMs(0);
        clock.set(5'000'000);
    }

    void runUntil(qint64 clockMs) { test::VirtualTime(clock).ticking(engine).advanceTo(clockMs); }
    void runToStep(int index)
    {
        while (engine.isActive() && engine.currentIndex() < index) {
            const qint64 deadline = engine.nextDeadlineMs();
            ASSERT_GE(deadline, 0);
            clock.set(deadline);
            engine.tick();
        }
    }
    void runToEnd() { runUntil(clock.nowMs() + plan.totalMs + 1000); }

    // What is on disk, read through a connection of its own.
    QList<SessionRecord> onDisk()
    {
        SqliteHistoryStore reader(temp.path());
        EXPECT_TRUE(reader.open().ok());
        return reader.sessions().value();
    }
    // What the next start of Limber finds once this one is dead.
    std::optional<SessionRecord> afterCrash()
    {
        store->close(); // the dead process's connection and lock are gone
        SqliteHistoryStore nextStart(temp.path());
        EXPECT_TRUE(nextStart.open().ok());
        return nextStart.lastInterrupted(12h).value();
    }

    TempHistory temp;
    std::unique_ptr<SqliteHistoryStore> store = std::make_unique<SqliteHistoryStore>(temp.path());
    Catalog catalog = smallCatalog();
    const QStringList routine {QStringLiteral("side-hold"), QStringLiteral("rolls")};
    Plan plan;
    VirtualClock clock;
    SessionEngine engine {clock};
    HistoryRecorder recorder {*store, engine, clock, catalog};
};

} // namespace

TEST_F(RecorderTest, TheStartIsWrittenAtOnce)
{
    recorder.setPainBefore(6);
    engine.start();
    ASSERT_NE(recorder.sessionId(), 0);
    EXPECT_TRUE(recorder.isRecording());
    const QList<SessionRecord> sessions = onDisk();
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_EQ(sessions[0].outcome, SessionOutcome::Running);
    EXPECT_EQ(sessions[0].regionId, QStringLiteral("back"));
    EXPECT_EQ(sessions[0].exerciseIds, routine);
    EXPECT_EQ(sessions[0].totalSteps, plan.steps.size());
    EXPECT_EQ(sessions[0].progress.exercisesCompleted, 0);
    EXPECT_EQ(sessions[0].painBefore, 6);
}

TEST_F(RecorderTest, EachCompletedExerciseIsOnDiskBeforeTheNextBegins)
{
    const int secondExercise = plan.nextExerciseStart(0);
    ASSERT_GT(secondExercise, 0);
    engine.start();
    runToStep(secondExercise);

    const QList<SessionRecord> sessions = onDisk();
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_EQ(sessions[0].progress.exercisesCompleted, 1);
    EXPECT_EQ(sessions[0].progress.stepsCompleted, secondExercise);
    EXPECT_EQ(sessions[0].progress.resumeExerciseIndex, 1);
    EXPECT_EQ(sessions[0].progress.activeMs, plan.steps[secondExercise].startMs);
}

TEST_F(RecorderTest, EveryStepIsOnDiskSoAKillLosesAtMostTheStepInProgress)
{
    engine.start();
    runToStep(3);
    EXPECT_EQ(onDisk().first().progress.stepsCompleted, 3);
}

TEST_F(RecorderTest, AKilledSessionIsOfferedForResumingAtTheExerciseInProgress)
{
    const int secondExercise = plan.nextExerciseStart(0);
    engine.start();
    runToStep(secondExercise + 1);
    // No stop, no finish: the process dies here.
    const std::optional<SessionRecord> interrupted = afterCrash();
    ASSERT_TRUE(interrupted.has_value());
    EXPECT_EQ(interrupted->id, recorder.sessionId());
    EXPECT_EQ(interrupted->outcome, SessionOutcome::Interrupted);
    EXPECT_EQ(interrupted->progress.resumeExerciseIndex, 1);
    EXPECT_EQ(interrupted->progress.exercisesCompleted, 1);
    EXPECT_EQ(interrupted->progress.stepsCompleted, secondExercise + 1);
}

TEST_F(RecorderTest, PausingWritesTheTimeSpent)
{
    engine.start();
    runUntil(clock.nowMs() + 12'345);
    engine.pause();
    const SessionRecord record = onDisk().first();
    EXPECT_EQ(record.progress.activeMs, 12'345);
    EXPECT_EQ(record.progress.resumeExerciseIndex, 0);

    clock.advance(60'000); // a long pause is not exercise
    engine.resume();
    engine.stop();
    EXPECT_EQ(onDisk().first().progress.activeMs, 12'345);
}

TEST_F(RecorderTest, AFinishedSessionIsCompleteWithItsTime)
{
    QSignalSpy ended(&recorder, &HistoryRecorder::sessionEnded);
    engine.start();
    runToEnd();
    ASSERT_EQ(engine.state(), SessionEngine::State::Finished);
    EXPECT_FALSE(recorder.isRecording());

    const SessionRecord record = onDisk().first();
    EXPECT_EQ(record.outcome, SessionOutcome::Completed);
    EXPECT_EQ(record.progress.exercisesCompleted, 2);
    EXPECT_EQ(record.progress.stepsCompleted, plan.steps.size());
    EXPECT_EQ(record.progress.resumeExerciseIndex, 2);
    EXPECT_EQ(record.progress.activeMs, plan.totalMs);
    ASSERT_EQ(ended.size(), 1);
    EXPECT_EQ(ended[0][0].toLongLong(), record.id);
    EXPECT_EQ(ended[0][1].value<SessionOutcome>(), SessionOutcome::Completed);

    ASSERT_TRUE(recorder.setPainAfter(3));
    EXPECT_EQ(onDisk().first().painAfter, 3);
}

TEST_F(RecorderTest, AStoppedSessionKeepsWhatWasDone)
{
    QSignalSpy ended(&recorder, &HistoryRecorder::sessionEnded);
    const int secondExercise = plan.nextExerciseStart(0);
    engine.start();
    runToStep(secondExercise);
    engine.stop();

    const SessionRecord record = onDisk().first();
    EXPECT_EQ(record.outcome, SessionOutcome::Stopped);
    EXPECT_EQ(record.progress.exercisesCompleted, 1);
    EXPECT_EQ(record.progress.stepsCompleted, secondExercise);
    ASSERT_EQ(ended.size(), 1);
    EXPECT_EQ(ended[0][1].value<SessionOutcome>(), SessionOutcome::Stopped);
    EXPECT_FALSE(afterCrash().has_value()) << "a stopped session is not offered for resuming";
}

TEST_F(RecorderTest, SkippedExercisesDoNotCountAsDone)
{
    engine.start();
    engine.nextExercise();
    runToEnd();
    const SessionRecord record = onDisk().first();
    EXPECT_EQ(record.outcome, SessionOutcome::Completed);
    EXPECT_EQ(record.progress.exercisesCompleted, 1);
    EXPECT_LT(record.progress.activeMs, plan.totalMs);
}

TEST_F(RecorderTest, AResumedSessionContinuesTheSameRecord)
{
    const int secondExercise = plan.nextExerciseStart(0);
    engine.start();
    runToStep(secondExercise + 2);
    const qint64 firstRunMs = plan.steps[secondExercise + 2].startMs;
    const qint64 id = recorder.sessionId();

    // Limber is killed; the next start finds the session and continues it.
    const std::optional<SessionRecord> interrupted = afterCrash();
    ASSERT_TRUE(interrupted.has_value());
    SqliteHistoryStore nextStore(temp.path());
    ASSERT_TRUE(nextStore.open().ok());
    VirtualClock nextClock;
    SessionEngine nextEngine(nextClock);
    nextEngine.setGetReadyMs(0);
    HistoryRecorder nextRecorder(nextStore, nextEngine, nextClock, catalog);
    const Plan rest = Planner(catalog).plan(interrupted->exerciseIds.mid(interrupted->progress.resumeExerciseIndex));
    nextRecorder.continueSession(*interrupted);
    nextEngine.setPlan(rest);
    nextEngine.start();
    EXPECT_EQ(nextRecorder.sessionId(), id);
    nextClock.advance(rest.totalMs);
    while (nextEngine.isActive())
        nextEngine.tick();

    const QList<SessionRecord> sessions = onDisk();
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_EQ(sessions[0].id, id);
    EXPECT_EQ(sessions[0].outcome, SessionOutcome::Completed);
    EXPECT_EQ(sessions[0].progress.exercisesCompleted, 2);
    EXPECT_EQ(sessions[0].progress.stepsCompleted, plan.steps.size());
    EXPECT_EQ(sessions[0].progress.activeMs, firstRunMs + rest.totalMs);
}

TEST_F(RecorderTest, AContinuationWithAnotherPlanStartsANewRecord)
{
    engine.start();
    runToStep(plan.nextExerciseStart(0) + 1);
    const std::optional<SessionRecord> interrupted = afterCrash();
    ASSERT_TRUE(interrupted.has_value());

    SqliteHistoryStore nextStore(temp.path());
    ASSERT_TRUE(nextStore.open().ok());
    SessionEngine nextEngine(clock);
    HistoryRecorder nextRecorder(nextStore, nextEngine, clock, catalog);
    nextRecorder.continueSession(*interrupted);
    nextEngine.setPlan(Planner(catalog).plan({QStringLiteral("side-hold")}));
    nextEngine.start();
    EXPECT_NE(nextRecorder.sessionId(), interrupted->id);
    EXPECT_EQ(onDisk().size(), 2);
}

TEST_F(RecorderTest, TheSessionRunsOnWhenHistoryCannotBeSaved)
{
    store->close(); // as if the disk went away
    QSignalSpy errors(&recorder, &HistoryRecorder::saveErrorChanged);
    engine.start();
    runToEnd();
    EXPECT_EQ(engine.state(), SessionEngine::State::Finished);
    EXPECT_FALSE(recorder.canSave());
    EXPECT_TRUE(recorder.lastError().contains(temp.path())) << recorder.lastError().toStdString();
    EXPECT_EQ(errors.size(), 1) << "the UI is told once, not at every step";
    EXPECT_EQ(recorder.sessionId(), 0);
    EXPECT_FALSE(recorder.setPainAfter(4).ok());
}

TEST_F(RecorderTest, SavingPicksUpAgainWhenTheStoreRecovers)
{
    store->close();
    QSignalSpy errors(&recorder, &HistoryRecorder::saveErrorChanged);
    engine.start();
    runToStep(2);
    ASSERT_FALSE(recorder.canSave());
    ASSERT_TRUE(store->open().ok());
    runToEnd();
    EXPECT_TRUE(recorder.canSave());
    ASSERT_EQ(errors.size(), 2);
    EXPECT_TRUE(errors[1][0].toString().isEmpty());
    const QList<SessionRecord> sessions = onDisk();
    ASSERT_EQ(sessions.size(), 1) << "the start is written late rather than never";
    EXPECT_EQ(sessions[0].outcome, SessionOutcome::Completed);
    EXPECT_EQ(sessions[0].progress.exercisesCompleted, 2);
}

TEST_F(RecorderTest, ARoutinesSessionKeepsItsNameAndContinuesAsThatRoutine)
{
    Routine own;
    own.id = QStringLiteral("desk");
    own.name = QStringLiteral("At the desk");
    DoseOverride shortHold;
    shortHold.holdSeconds = 4;
    own.entries = {{QStringLiteral("side-hold"), shortHold, {}}, {QStringLiteral("rolls"), {}, {}}};
    const Plan whole = Planner(catalog).plan(own);
    engine.setPlan(whole);
    engine.start();
    runToStep(whole.nextExerciseStart(0) + 1);
    ASSERT_EQ(onDisk().constFirst().routineName, QStringLiteral("At the desk")) << "written with the start";

    const std::optional<SessionRecord> interrupted = afterCrash();
    ASSERT_TRUE(interrupted.has_value());
    EXPECT_EQ(interrupted->routineId, QStringLiteral("desk"));
    const std::optional<Routine> rest = remainingRoutine(own, *interrupted, catalog);
    ASSERT_TRUE(rest.has_value());
    SqliteHistoryStore nextStore(temp.path());
    ASSERT_TRUE(nextStore.open().ok());
    VirtualClock nextClock;
    SessionEngine nextEngine(nextClock);
    nextEngine.setGetReadyMs(0);
    HistoryRecorder nextRecorder(nextStore, nextEngine, nextClock, catalog);
    nextRecorder.continueSession(*interrupted);
    const Plan restPlan = Planner(catalog).plan(*rest);
    nextEngine.setPlan(restPlan);
    nextEngine.start();
    EXPECT_EQ(nextRecorder.sessionId(), interrupted->id) << "the rest of the routine is the rest of the record";
    nextClock.advance(restPlan.totalMs);
    while (nextEngine.isActive())
        nextEngine.tick();

    const QList<SessionRecord> sessions = onDisk();
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_EQ(sessions[0].outcome, SessionOutcome::Completed);
    EXPECT_EQ(sessions[0].routineId, QStringLiteral("desk"));
    EXPECT_EQ(sessions[0].routineName, QStringLiteral("At the desk"));
}
