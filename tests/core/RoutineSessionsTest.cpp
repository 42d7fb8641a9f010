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

namespace {

Routine withFrequency(const QString& id, int timesPerDay, int daysPerWeek)
{
    Routine routine;
    routine.id = id;
    routine.name = id;
    routine.entries = {{QStringLiteral("knee-to-chest"), {}, {}}};
    routine.frequency = {timesPerDay, daysPerWeek};
    return routine;
}

} // namespace

TEST(RoutineSessionsTest, ARoutineIsDueUntilTodaysTimesAreDoneAndNotOnceItsWeekIsDone)
{
    const QDate wednesday(2024, 3, 6);
    const auto at = [](const QDate& day, int hour) { return QDateTime(day, QTime(hour, 0)); };
    const Routine physio = withFrequency(QStringLiteral("physio"), 2, 5);

    ASSERT_TRUE(dueRoutine({physio}, {}, wednesday));
    EXPECT_EQ(dueRoutine({physio}, {}, wednesday)->id, physio.id) << "nothing done yet";
    const QList<SessionRecord> once = {doneOn(physio.id, at(wednesday, 8))};
    EXPECT_TRUE(dueRoutine({physio}, once, wednesday)) << "1 of 2 today";
    const QList<SessionRecord> twice = {doneOn(physio.id, at(wednesday, 8)), doneOn(physio.id, at(wednesday, 12))};
    EXPECT_FALSE(dueRoutine({physio}, twice, wednesday)) << "2 of 2 today";
    EXPECT_TRUE(dueRoutine({physio}, twice, wednesday.addDays(1))) << "a new day starts at zero";
    const QList<SessionRecord> stopped = {doneOn(physio.id, at(wednesday, 8)), doneOn(physio.id, at(wednesday, 9), 0)};
    EXPECT_TRUE(dueRoutine({physio}, stopped, wednesday)) << "a session stopped before one exercise does not count";

    const Routine twiceAWeek = withFrequency(QStringLiteral("twice-a-week"), 0, 2);
    const QList<SessionRecord> monday = {doneOn(twiceAWeek.id, at(wednesday.addDays(-2), 9))};
    EXPECT_TRUE(dueRoutine({twiceAWeek}, monday, wednesday)) << "1 of 2 days: once today is due";
    const QList<SessionRecord> mondayAndToday
        = {doneOn(twiceAWeek.id, at(wednesday.addDays(-2), 9)), doneOn(twiceAWeek.id, at(wednesday, 7))};
    EXPECT_FALSE(dueRoutine({twiceAWeek}, mondayAndToday, wednesday)) << "the week is done";
    EXPECT_FALSE(dueRoutine({twiceAWeek}, mondayAndToday, wednesday.addDays(1))) << "still done tomorrow";
    EXPECT_TRUE(dueRoutine({twiceAWeek}, mondayAndToday, wednesday.addDays(5))) << "next Monday: a new week";

    Routine unsaid = withFrequency(QStringLiteral("whenever"), 0, 0);
    EXPECT_FALSE(dueRoutine({unsaid}, {}, wednesday)) << "no how often: never due";
    EXPECT_FALSE(dueRoutine({}, {}, wednesday));
}

TEST(RoutineSessionsTest, TheDueRoutineFurthestBehindIsChosenTiesInThePersonsOrder)
{
    const QDate wednesday(2024, 3, 6);
    const auto at = [](const QDate& day, int hour) { return QDateTime(day, QTime(hour, 0)); };
    const Routine physio = withFrequency(QStringLiteral("physio"), 1, 5);
    const Routine evening = withFrequency(QStringLiteral("evening"), 1, 3);
    const Routine daily = withFrequency(QStringLiteral("daily"), 3, 0);

    // physio owes 5 days, evening 3.
    EXPECT_EQ(dueRoutine({evening, physio}, {}, wednesday)->id, physio.id);
    // physio done Monday and Tuesday: it owes 3, as evening does; the first in the order wins.
    const QList<SessionRecord> physioTwice
        = {doneOn(physio.id, at(wednesday.addDays(-2), 9)), doneOn(physio.id, at(wednesday.addDays(-1), 9))};
    EXPECT_EQ(dueRoutine({evening, physio}, physioTwice, wednesday)->id, evening.id);
    EXPECT_EQ(dueRoutine({physio, evening}, physioTwice, wednesday)->id, physio.id);
    // With no days owed on either side, the one owing more sessions today.
    const Routine oncePerDay = withFrequency(QStringLiteral("once"), 1, 0);
    EXPECT_EQ(dueRoutine({oncePerDay, daily}, {}, wednesday)->id, daily.id);
    // A routine not due is skipped, however far behind its week is.
    const QList<SessionRecord> physioToday = {doneOn(physio.id, at(wednesday, 8))};
    EXPECT_EQ(dueRoutine({physio, evening}, physioToday, wednesday)->id, evening.id);
}
