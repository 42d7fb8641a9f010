#include "limber/routines/RoutineSessions.h"
#include "TestCatalog.h"
#include "limber/Plan.h"
#include "limber/routines/Routine.h"

#include <gtest/gtest.h>

using namespace limber;

namespace {

using test::builtInCatalog;

Routine evenings()
{
    Routine routine;
    routine.id = QStringLiteral("evenings");
    routine.name = QStringLiteral("Evenings");
    DoseOverride short_hold;
    short_hold.holdSeconds = 20;
    short_hold.restSeconds = 5;
    routine.entries = {{QStringLiteral("knee-to-chest"), short_hold, {}},
                       {QStringLiteral("no-such-exercise"), {}, {}},
                       {QStringLiteral("piriformis"), short_hold, QStringLiteral("gently")},
                       {QStringLiteral("cobra"), {}, {}}};
    return routine;
}

// What the history keeps of a session of `routine`, interrupted at `resumeAt`.
SessionRecord interruptedAt(const Routine& routine, int resumeAt)
{
    const Plan plan = Planner(builtInCatalog()).plan(routine);
    SessionRecord record;
    record.id = 4;
    record.exerciseIds = plan.exerciseIds;
    record.routineId = plan.routineId;
    record.routineName = plan.routineName;
    record.totalSteps = static_cast<int>(plan.steps.size());
    record.outcome = SessionOutcome::Interrupted;
    record.progress.resumeExerciseIndex = resumeAt;
    return record;
}

SessionRecord doneOn(const QString& routineId, const QDateTime& start, int exercisesCompleted = 2)
{
    SessionRecord record;
    record.start = start;
    record.routineId = routineId;
    record.exerciseIds = {QStringLiteral("a"), QStringLiteral("b")};
    record.progress.exercisesCompleted = exercisesCompleted;
    record.outcome = SessionOutcome::Completed;
    return record;
}

} // namespace

TEST(RoutineSessionsTest, APlanOfARoutineCarriesItsIdAndName)
{
    const Plan plan = Planner(builtInCatalog()).plan(evenings());
    EXPECT_EQ(plan.routineId, QStringLiteral("evenings"));
    EXPECT_EQ(plan.routineName, QStringLiteral("Evenings"));
    EXPECT_TRUE(Planner(builtInCatalog()).plan(QStringList {QStringLiteral("cobra")}).routineId.isEmpty());
}

TEST(RoutineSessionsTest, TheRestOfAnInterruptedRoutineKeepsItsOwnDoses)
{
    const Routine routine = evenings();
    const SessionRecord record = interruptedAt(routine, 1); // knee-to-chest done, piriformis in progress
    const std::optional<Routine> rest = remainingRoutine(routine, record, builtInCatalog());
    ASSERT_TRUE(rest.has_value());
    ASSERT_EQ(rest->entries.size(), 2);
    EXPECT_EQ(rest->entries[0].exerciseId, QStringLiteral("piriformis"));
    EXPECT_EQ(rest->entries[0].note, QStringLiteral("gently"));
    EXPECT_EQ(rest->id, routine.id);

    const Plan plan = Planner(builtInCatalog()).plan(*rest);
    EXPECT_EQ(plan.exerciseIds, record.exerciseIds.mid(1)) << "what the recorder continues the record with";
    bool sawHold = false;
    for (const Step& step : plan.steps) {
        if (step.kind == StepKind::Hold && step.exerciseId == QStringLiteral("piriformis")) {
            EXPECT_EQ(step.durationMs, 20000) << "the routine's 20 s, not the catalog's hold";
            sawHold = true;
        }
    }
    EXPECT_TRUE(sawHold);
}

TEST(RoutineSessionsTest, NoRestWhenTheRoutineChangedOrIsAnotherOrNothingIsLeft)
{
    const Routine routine = evenings();
    const SessionRecord record = interruptedAt(routine, 1);

    Routine reordered = routine;
    reordered.entries.swapItemsAt(0, 2);
    EXPECT_FALSE(remainingRoutine(reordered, record, builtInCatalog())) << "its place in the routine would be wrong";

    Routine other = routine;
    other.id = QStringLiteral("mornings");
    EXPECT_FALSE(remainingRoutine(other, record, builtInCatalog()));

    EXPECT_FALSE(remainingRoutine(routine, interruptedAt(routine, 3), builtInCatalog())) << "all three were done";
    SessionRecord handPicked = record;
    handPicked.routineId.clear();
    EXPECT_FALSE(remainingRoutine(routine, handPicked, builtInCatalog()));
}

TEST(RoutineSessionsTest, TheWeekCountsDaysWithASessionOfTheRoutineAndTodaysSessions)
{
    Routine routine = evenings();
    routine.frequency = {2, 5};
    const QDate wednesday(2024, 3, 6);
    const auto at = [](const QDate& day, int hour) { return QDateTime(day, QTime(hour, 0)); };
    const QList<SessionRecord> sessions = {
        doneOn(routine.id, at(wednesday.addDays(-3), 9)),  // last Sunday: another week
        doneOn(routine.id, at(wednesday.addDays(-2), 9)),  // Monday
        doneOn(routine.id, at(wednesday.addDays(-2), 19)), // Monday again: one day
        doneOn(QStringLiteral("mornings"), at(wednesday.addDays(-1), 9)),
        doneOn(routine.id, at(wednesday.addDays(-1), 9), 0), // stopped before one exercise was done
        doneOn(routine.id, at(wednesday, 8)),
    };
    const RoutineWeek week = routineWeek(routine, sessions, wednesday);
    EXPECT_EQ(week.daysDone, 2);
    EXPECT_EQ(week.daysGoal, 5);
    EXPECT_EQ(week.timesToday, 1);
    EXPECT_EQ(week.timesGoal, 2);
    EXPECT_TRUE(week.doneToday);
    EXPECT_FALSE(week.weekReached());

    routine.frequency = {0, 2};
    const RoutineWeek twoDays = routineWeek(routine, sessions, wednesday);
    EXPECT_TRUE(twoDays.weekReached());
    EXPECT_FALSE(routineWeek(routine, sessions, wednesday.addDays(7)).weekReached()) << "a new week starts at zero";

    routine.frequency = {};
    const RoutineWeek unsaid = routineWeek(routine, sessions, wednesday);
    EXPECT_EQ(unsaid.daysGoal, 0);
    EXPECT_FALSE(unsaid.weekReached()) << "no how often, no goal to reach";
}
