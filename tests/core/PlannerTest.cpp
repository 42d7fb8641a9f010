#include "TestCatalog.h"
#include "limber/CatalogLoader.h"
#include "limber/Plan.h"

#include <QJsonArray>

#include <gtest/gtest.h>

#include <algorithm>

using namespace limber;

namespace {

using test::builtInCatalog;

QList<Step> stepsOfKind(const Plan& plan, StepKind kind)
{
    QList<Step> result;
    std::copy_if(plan.steps.begin(), plan.steps.end(), std::back_inserter(result),
                 [kind](const Step& step) { return step.kind == kind; });
    return result;
}

QList<StepKind> kinds(const Plan& plan)
{
    QList<StepKind> result;
    for (const Step& step : plan.steps)
        result.append(step.kind);
    return result;
}

Plan planFor(const char* id, const PlanOptions& options = {})
{
    return Planner(builtInCatalog()).plan({QString::fromLatin1(id)}, options);
}

} // namespace

TEST(PlannerTest, KneeToChestIsThreeThirtySecondHolds)
{
    const Plan plan = planFor("knee-to-chest");
    using K = StepKind;
    EXPECT_EQ(kinds(plan), (QList<K> {K::Prepare, K::Hold, K::Rest, K::Hold, K::Rest, K::Hold}));
    for (const Step& hold : stepsOfKind(plan, K::Hold))
        EXPECT_EQ(hold.durationMs, 30000);
    EXPECT_EQ(plan.steps[0].durationMs, 5000) << "lead-in";
    EXPECT_EQ(plan.steps[2].durationMs, 10000) << "release between holds";
    EXPECT_EQ(plan.steps[5].set, 3);
    EXPECT_EQ(plan.steps[5].sets, 3);
}

TEST(PlannerTest, PiriformisHoldsThreeTimesOnEachSideWithASwitchBetween)
{
    const Plan plan = planFor("piriformis");
    const QList<Step> holds = stepsOfKind(plan, StepKind::Hold);
    ASSERT_EQ(holds.size(), 6);
    for (int i = 0; i < 6; ++i) {
        EXPECT_EQ(holds[i].durationMs, 30000);
        EXPECT_EQ(holds[i].side, i < 3 ? Side::Left : Side::Right);
        EXPECT_EQ(holds[i].set, i % 3 + 1);
    }
    const QList<Step> switches = stepsOfKind(plan, StepKind::SwitchSides);
    ASSERT_EQ(switches.size(), 1);
    EXPECT_EQ(switches[0].cue, Cue::SwitchSides);
    EXPECT_EQ(switches[0].side, Side::Right);
    // The switch sits between the last left hold and the first right hold.
    const auto switchAt = std::find_if(plan.steps.begin(), plan.steps.end(),
                                       [](const Step& s) { return s.kind == StepKind::SwitchSides; });
    EXPECT_EQ((switchAt - 1)->side, Side::Left);
    EXPECT_EQ((switchAt + 1)->side, Side::Right);
    EXPECT_EQ((switchAt + 1)->kind, StepKind::Hold);
}

TEST(PlannerTest, LateralFlexionIsThreeHoldsPerSide)
{
    const Plan plan = planFor("lateral-flexion");
    EXPECT_EQ(stepsOfKind(plan, StepKind::Hold).size(), 6);
    EXPECT_EQ(stepsOfKind(plan, StepKind::SwitchSides).size(), 1);
}

TEST(PlannerTest, SingleSidedHoldsAreThreeThirtySecondHolds)
{
    for (const char* id : {"flexion", "childs-pose", "knee-to-chest"}) {
        const Plan plan = planFor(id);
        const QList<Step> holds = stepsOfKind(plan, StepKind::Hold);
        ASSERT_EQ(holds.size(), 3) << id;
        for (const Step& hold : holds) {
            EXPECT_EQ(hold.durationMs, 30000) << id;
            EXPECT_EQ(hold.side, Side::None) << id;
        }
        EXPECT_TRUE(stepsOfKind(plan, StepKind::SwitchSides).isEmpty()) << id;
    }
}

TEST(PlannerTest, PelvicTiltIsThreeTenSecondHoldsAndNeverLonger)
{
    const QList<Step> holds = stepsOfKind(planFor("pelvic-tilt"), StepKind::Hold);
    ASSERT_EQ(holds.size(), 3);
    for (const Step& hold : holds)
        EXPECT_EQ(hold.durationMs, 10000);

    PlanOptions longer;
    longer.holdMs = 60000;
    EXPECT_EQ(stepsOfKind(planFor("pelvic-tilt", longer), StepKind::Hold)[0].durationMs, 10000);
    EXPECT_EQ(stepsOfKind(planFor("knee-to-chest", longer), StepKind::Hold)[0].durationMs, 60000);

    PlanOptions shorter;
    shorter.holdMs = 15000;
    EXPECT_EQ(stepsOfKind(planFor("pelvic-tilt", shorter), StepKind::Hold)[0].durationMs, 5000)
        << "shorter holds keep their proportion";
}

TEST(PlannerTest, CobraIsTwentyRepetitionsEachHoldingFiveSeconds)
{
    const Plan plan = planFor("cobra");
    const QList<Step> holds = stepsOfKind(plan, StepKind::Hold);
    ASSERT_EQ(holds.size(), 20);
    for (int i = 0; i < holds.size(); ++i) {
        EXPECT_EQ(holds[i].durationMs, 5000);
        EXPECT_EQ(holds[i].rep, i + 1);
        EXPECT_EQ(holds[i].reps, 20);
    }
    EXPECT_EQ(stepsOfKind(plan, StepKind::Move).size(), 40) << "a lift and a lowering each time";
}

TEST(PlannerTest, CobraRepetitionsFollowTheChoiceWithinItsRange)
{
    PlanOptions options;
    options.reps[QStringLiteral("cobra")] = 30;
    EXPECT_EQ(stepsOfKind(planFor("cobra", options), StepKind::Hold).size(), 30);
    options.reps[QStringLiteral("cobra")] = 45;
    EXPECT_EQ(stepsOfKind(planFor("cobra", options), StepKind::Hold).size(), 30);
    options.reps[QStringLiteral("cobra")] = 3;
    EXPECT_EQ(stepsOfKind(planFor("cobra", options), StepKind::Hold).size(), 20);
}

TEST(PlannerTest, ShoulderRollsAreTenRepsBreathingInOnTheLiftAndOutOnTheDrop)
{
    const Plan plan = planFor("shoulder-rolls");
    const QList<Step> moves = stepsOfKind(plan, StepKind::Move);
    ASSERT_EQ(moves.size(), 30);
    for (int rep = 0; rep < 10; ++rep) {
        const Step& lift = moves[rep * 3];
        const Step& drop = moves[rep * 3 + 2];
        EXPECT_EQ(lift.phaseId, QStringLiteral("lift"));
        EXPECT_EQ(lift.breath, Breath::In);
        EXPECT_EQ(lift.cue, Cue::BreatheIn);
        EXPECT_EQ(drop.phaseId, QStringLiteral("drop"));
        EXPECT_EQ(drop.breath, Breath::Out);
        EXPECT_EQ(drop.cue, Cue::BreatheOut);
        EXPECT_EQ(lift.rep, rep + 1);
        EXPECT_EQ(lift.reps, 10);
    }
    EXPECT_EQ(moves[1].phaseId, QStringLiteral("squeeze"));
}

TEST(PlannerTest, CatCowIsTenCyclesCatOnTheOutBreathCowOnTheInBreath)
{
    const QList<Step> moves = stepsOfKind(planFor("cat-cow"), StepKind::Move);
    ASSERT_EQ(moves.size(), 20);
    for (int cycle = 0; cycle < 10; ++cycle) {
        EXPECT_EQ(moves[cycle * 2].phaseId, QStringLiteral("cat"));
        EXPECT_EQ(moves[cycle * 2].breath, Breath::Out);
        EXPECT_EQ(moves[cycle * 2 + 1].phaseId, QStringLiteral("cow"));
        EXPECT_EQ(moves[cycle * 2 + 1].breath, Breath::In);
    }
}

TEST(PlannerTest, PaceStretchesMovesButNotHolds)
{
    PlanOptions slower;
    slower.pace = Pace::Slower;
    const Plan normal = planFor("cobra");
    const Plan slow = planFor("cobra", slower);
    const Step normalMove = stepsOfKind(normal, StepKind::Move)[0];
    const Step slowMove = stepsOfKind(slow, StepKind::Move)[0];
    EXPECT_EQ(slowMove.durationMs, normalMove.durationMs * 5 / 4);
    EXPECT_EQ(stepsOfKind(slow, StepKind::Hold)[0].durationMs, 5000);
}

TEST(PlannerTest, TotalsEqualTheSumOfContiguousSteps)
{
    const Catalog& catalog = builtInCatalog();
    QStringList all;
    for (const Exercise& exercise : catalog.exercises())
        all.append(exercise.id);
    const Plan plan = Planner(catalog).plan(all);
    qint64 at = 0;
    for (const Step& step : plan.steps) {
        EXPECT_EQ(step.startMs, at);
        EXPECT_GT(step.durationMs, 0);
        at += step.durationMs;
    }
    EXPECT_EQ(plan.totalMs, at);
    EXPECT_EQ(plan.exerciseIds, all);
}

TEST(PlannerTest, ExercisesAreSeparatedByARestThenALeadIn)
{
    const Plan plan = Planner(builtInCatalog()).plan({QStringLiteral("knee-to-chest"), QStringLiteral("pelvic-tilt")});
    const int next = plan.nextExerciseStart(1);
    ASSERT_GT(next, 0);
    EXPECT_EQ(plan.steps[next].kind, StepKind::Prepare);
    EXPECT_EQ(plan.steps[next].exerciseId, QStringLiteral("pelvic-tilt"));
    EXPECT_EQ(plan.steps[next - 1].kind, StepKind::Rest);
    EXPECT_EQ(plan.steps[next - 1].durationMs, 10000);
    EXPECT_EQ(plan.nextExerciseStart(next), -1);
    EXPECT_EQ(plan.exerciseStart(next + 3), next);
}

TEST(PlannerTest, RegionsResolveToTheirSuggestions)
{
    const Planner planner(builtInCatalog());
    EXPECT_EQ(planner.resolveTarget(QStringLiteral("lower-back")),
              (QStringList {QStringLiteral("knee-to-chest"), QStringLiteral("pelvic-tilt")}));
    EXPECT_EQ(planner.resolveTarget(QStringLiteral("cobra, piriformis")),
              (QStringList {QStringLiteral("cobra"), QStringLiteral("piriformis")}));
    QString error;
    EXPECT_TRUE(planner.resolveTarget(QStringLiteral("cobra,elbow"), &error).isEmpty());
    EXPECT_TRUE(error.contains(QStringLiteral("elbow")));
}

TEST(PlannerTest, JsonCarriesEveryField)
{
    const QJsonObject json = toJson(planFor("piriformis"));
    const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
    ASSERT_FALSE(steps.isEmpty());
    qint64 sum = 0;
    for (const QJsonValue& value : steps) {
        const QJsonObject step = value.toObject();
        for (const char* key :
             {"index", "kind", "exercise", "duration_ms", "set", "sets", "rep", "reps", "side", "breath", "label"})
            EXPECT_TRUE(step.contains(QLatin1String(key))) << key;
        sum += step.value(QStringLiteral("duration_ms")).toInteger();
    }
    EXPECT_EQ(json.value(QStringLiteral("total_ms")).toInteger(), sum);
    EXPECT_EQ(steps[1].toObject().value(QStringLiteral("side")).toString(), QStringLiteral("left"));
    EXPECT_TRUE(steps[0].toObject().value(QStringLiteral("breath")).isNull());
}
