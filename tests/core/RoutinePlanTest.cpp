#include "TestCatalog.h"
#include "limber/CatalogLoader.h"
#include "limber/Plan.h"
#include "limber/routines/Routine.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace limber;

namespace {

using test::builtInCatalog;

QList<Step> stepsOfKind(const Plan& plan, StepKind kind, const QString& exerciseId = {})
{
    QList<Step> result;
    std::copy_if(plan.steps.begin(), plan.steps.end(), std::back_inserter(result), [&](const Step& step) {
        return step.kind == kind && (exerciseId.isEmpty() || step.exerciseId == exerciseId);
    });
    return result;
}

RoutineEntry entry(const char* id, DoseOverride dose = {})
{
    return {QString::fromLatin1(id), dose, {}};
}

} // namespace

TEST(RoutinePlanTest, ARoutineWithoutOverridesPlansLikeItsExercises)
{
    Routine routine;
    routine.entries = {entry("knee-to-chest"), entry("cat-cow")};
    const Planner planner(builtInCatalog());
    const Plan fromRoutine = planner.plan(routine);
    const Plan fromIds = planner.plan(QStringList {u"knee-to-chest"_qs, u"cat-cow"_qs});
    ASSERT_EQ(fromRoutine.steps.size(), fromIds.steps.size());
    EXPECT_EQ(fromRoutine.totalMs, fromIds.totalMs);
    for (int i = 0; i < fromIds.steps.size(); ++i) {
        EXPECT_EQ(fromRoutine.steps[i].kind, fromIds.steps[i].kind) << i;
        EXPECT_EQ(fromRoutine.steps[i].durationMs, fromIds.steps[i].durationMs) << i;
    }
}

TEST(RoutinePlanTest, TheRoutinesHoldIsExactWhateverTheHoldSetting)
{
    DoseOverride twentySeconds;
    twentySeconds.holdSeconds = 20;
    twentySeconds.sets = 2;
    Routine routine;
    routine.entries = {entry("knee-to-chest", twentySeconds), entry("flexion")};
    PlanOptions options;
    options.holdMs = 45000; // the person likes long holds
    const Plan plan = Planner(builtInCatalog()).plan(routine, options);

    const QList<Step> kneeHolds = stepsOfKind(plan, StepKind::Hold, u"knee-to-chest"_qs);
    ASSERT_EQ(kneeHolds.size(), 2);
    for (const Step& hold : kneeHolds)
        EXPECT_EQ(hold.durationMs, 20000);
    // An entry without an override still follows the setting.
    for (const Step& hold : stepsOfKind(plan, StepKind::Hold, u"flexion"_qs))
        EXPECT_EQ(hold.durationMs, 45000);
}

TEST(RoutinePlanTest, OverridesAreClampedToTheSafeBoundsAndTheExercisesOwnMaximum)
{
    DoseOverride absurd;
    absurd.holdSeconds = 600;
    absurd.sets = 99;
    Exercise knee = applyOverride(*builtInCatalog().exercise(u"knee-to-chest"_qs), absurd);
    EXPECT_EQ(knee.dose.hold.holdMs, RoutineLimits::MaxHoldSeconds * 1000);
    EXPECT_EQ(knee.dose.hold.sets, RoutineLimits::MaxSets);

    DoseOverride longTilt;
    longTilt.holdSeconds = 30;
    const Exercise tilt = applyOverride(*builtInCatalog().exercise(u"pelvic-tilt"_qs), longTilt);
    EXPECT_EQ(tilt.dose.hold.holdMs, 10000) << "the pelvic tilt is held up to 10 s, a routine cannot lift that";

    DoseOverride tooFew;
    tooFew.repetitions = -4;
    tooFew.phaseScale = 100.0;
    const Exercise rolls = applyOverride(*builtInCatalog().exercise(u"shoulder-rolls"_qs), tooFew);
    EXPECT_EQ(rolls.dose.repetitions.reps, RoutineLimits::MinRepetitions);
    const Exercise plain = *builtInCatalog().exercise(u"shoulder-rolls"_qs);
    for (int i = 0; i < plain.dose.repetitions.phases.size(); ++i)
        EXPECT_EQ(rolls.dose.repetitions.phases[i].durationMs,
                  int(plain.dose.repetitions.phases[i].durationMs * RoutineLimits::MaxPhaseScale));
}

TEST(RoutinePlanTest, RepetitionsAndTempoChangeTheTimeline)
{
    DoseOverride fifteenSlow;
    fifteenSlow.repetitions = 15;
    fifteenSlow.phaseScale = 1.5;
    Routine routine;
    routine.entries = {entry("cobra", fifteenSlow)};
    PlanOptions options;
    options.reps.insert(u"cobra"_qs, 30); // home's choice for the cobra does not beat the routine
    const Plan plan = Planner(builtInCatalog()).plan(routine, options);
    const Exercise cobra = *builtInCatalog().exercise(u"cobra"_qs);

    int lastRep = 0;
    for (const Step& step : plan.steps)
        lastRep = std::max(lastRep, step.rep);
    EXPECT_EQ(lastRep, 15);
    // The cobra's 5 s hold inside each repetition is a dose, not a tempo.
    for (const Step& hold : stepsOfKind(plan, StepKind::Hold))
        EXPECT_EQ(hold.durationMs, 5000);
    for (const Step& move : stepsOfKind(plan, StepKind::Move)) {
        const auto phase = std::find_if(cobra.dose.repetitions.phases.begin(), cobra.dose.repetitions.phases.end(),
                                        [&](const Phase& p) { return p.id == move.phaseId; });
        ASSERT_NE(phase, cobra.dose.repetitions.phases.end());
        EXPECT_EQ(move.durationMs, qint64(phase->durationMs * 1.5));
    }
}

TEST(RoutinePlanTest, RestOverridesApplyBetweenHoldsAndAfterTheEntry)
{
    DoseOverride shortRests;
    shortRests.restSeconds = 4;
    shortRests.restAfterSeconds = 25;
    Routine routine;
    routine.entries = {entry("knee-to-chest", shortRests), entry("flexion")};
    const Plan plan = Planner(builtInCatalog()).plan(routine);
    const QList<Step> rests = stepsOfKind(plan, StepKind::Rest);
    // Two releases in the knee-to-chest, then the rest before the flexion stretch, then two more.
    ASSERT_EQ(rests.size(), 5);
    EXPECT_EQ(rests[0].durationMs, 4000);
    EXPECT_EQ(rests[1].durationMs, 4000);
    EXPECT_EQ(rests[2].durationMs, 25000);
    EXPECT_EQ(rests[2].exerciseId, u"flexion"_qs);
    EXPECT_EQ(rests[3].durationMs, PlanOptions {}.restBetweenHoldsMs);
}

TEST(RoutinePlanTest, AnEntryWhoseExerciseIsGoneIsLeftOut)
{
    Routine routine;
    routine.entries = {entry("no-such-exercise"), entry("flexion")};
    const Plan plan = Planner(builtInCatalog()).plan(routine);
    EXPECT_EQ(plan.exerciseIds, QStringList {u"flexion"_qs});
    EXPECT_EQ(plan.steps.first().kind, StepKind::Prepare) << "no rest before the first exercise that exists";
}

TEST(RoutinePlanTest, IdsFromNamesAreFileSafe)
{
    EXPECT_EQ(routineIdFromName(u"My Morning Routine"_qs), u"my-morning-routine"_qs);
    EXPECT_EQ(routineIdFromName(u"Übungen für den Rücken!"_qs), u"ubungen-fur-den-rucken"_qs);
    EXPECT_EQ(routineIdFromName(u"../../etc/passwd"_qs), u"etc-passwd"_qs);
    EXPECT_EQ(routineIdFromName(u"???"_qs), u"routine"_qs);
}
