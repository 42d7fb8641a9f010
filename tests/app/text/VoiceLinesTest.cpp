#include "AppTestSupport.h"

#include "text/VoiceLines.h"

#include "limber/Plan.h"

#include <gtest/gtest.h>

namespace limber {
namespace {

const Catalog& catalog()
{
    return test::builtinCatalog();
}

Plan planFor(const QStringList& ids, const PlanOptions& options = {})
{
    return Planner(catalog()).plan(ids, options);
}

const Exercise* exercise(const QString& id)
{
    return catalog().exercise(id);
}

// Index of the first step of `plan` that matches.
int find(const Plan& plan, const std::function<bool(const Step&)>& matches)
{
    for (int i = 0; i < plan.steps.size(); ++i) {
        if (matches(plan.steps[i]))
            return i;
    }
    ADD_FAILURE() << "no such step";
    return 0;
}

QString line(Cue cue, const Step& step)
{
    const QStringList lines = VoiceLines::forCue(cue, step, exercise(step.exerciseId));
    return lines.isEmpty() ? QString() : lines.constFirst();
}

TEST(VoiceLines, AHoldSaysHowLong)
{
    const Plan plan = planFor({QStringLiteral("knee-to-chest")});
    const Step& hold = plan.steps[find(plan, [](const Step& s) { return s.kind == StepKind::Hold; })];
    EXPECT_EQ(line(Cue::HoldStart, hold), QStringLiteral("Hold for 30 seconds."));

    PlanOptions shorter;
    shorter.holdMs = 20000;
    const Plan short20 = planFor({QStringLiteral("knee-to-chest")}, shorter);
    EXPECT_EQ(line(Cue::HoldStart, short20.steps[1]), QStringLiteral("Hold for 20 seconds."));
    EXPECT_EQ(VoiceLines::forCue(Cue::HoldStart, hold, exercise(hold.exerciseId)).constLast(), QStringLiteral("Hold."));
}

TEST(VoiceLines, SwitchingSidesNamesTheSide)
{
    const Plan plan = planFor({QStringLiteral("piriformis")});
    const Step& switchSides = plan.steps[find(plan, [](const Step& s) { return s.kind == StepKind::SwitchSides; })];
    EXPECT_EQ(line(Cue::SwitchSides, switchSides), QStringLiteral("Switch to your right side."));
    EXPECT_EQ(line(Cue::Prepare, plan.steps[0]),
              QStringLiteral("Piriformis stretch. Lying on your back, knees bent and feet flat on the floor. "
                             "Start with your left side."));
}

TEST(VoiceLines, ShortSeriesCountEveryRepetition)
{
    // Cat-cow: 10 repetitions of "cat" (breathe out) then "cow" (breathe in).
    const Plan plan = planFor({QStringLiteral("cat-cow")});
    const int third = find(plan, [](const Step& s) { return s.rep == 3; });
    EXPECT_EQ(line(Cue::BreatheOut, plan.steps[third]), QStringLiteral("3. Breathe out."));
    EXPECT_EQ(line(Cue::BreatheIn, plan.steps[third + 1]), QStringLiteral("Breathe in."))
        << "only the first phase of a repetition carries its number";
    for (const Step& step : plan.steps) {
        if (step.reps > 0 && step.phaseId == QStringLiteral("cat")) {
            EXPECT_TRUE(VoiceLines::announcesRep(step, exercise(step.exerciseId))) << step.rep;
        }
    }
}

TEST(VoiceLines, LongSeriesCountEveryFifthRepetition)
{
    // Cobra: 20 repetitions of lift (in), hold, lower (out).
    const Plan plan = planFor({QStringLiteral("cobra")});
    QList<int> counted;
    for (const Step& step : plan.steps) {
        if (VoiceLines::announcesRep(step, exercise(step.exerciseId)))
            counted.append(step.rep);
    }
    EXPECT_EQ(counted, (QList<int> {5, 10, 15, 20}));
    const int fifth = find(plan, [](const Step& s) { return s.rep == 5; });
    EXPECT_EQ(line(Cue::BreatheIn, plan.steps[fifth]), QStringLiteral("5. Breathe in."));
    const int fourth = find(plan, [](const Step& s) { return s.rep == 4; });
    EXPECT_EQ(line(Cue::BreatheIn, plan.steps[fourth]), QStringLiteral("Breathe in."));
    EXPECT_EQ(line(Cue::HoldStart, plan.steps[fourth + 1]), QStringLiteral("Hold for 5 seconds."));

    // A phase with no breath (shoulder rolls' squeeze) is a soft tick, said only when counted.
    const Plan rolls = planFor({QStringLiteral("shoulder-rolls")});
    const int squeeze = find(rolls, [](const Step& s) { return s.phaseId == QStringLiteral("squeeze"); });
    EXPECT_TRUE(line(Cue::Rep, rolls.steps[squeeze]).isEmpty());
}

TEST(VoiceLines, CountdownTicksAreNotSpoken)
{
    const Plan plan = planFor({QStringLiteral("knee-to-chest")});
    EXPECT_TRUE(VoiceLines::forMoment({{Cue::HoldEnding, 1}}, plan, catalog()).isEmpty());
}

TEST(VoiceLines, TheFirstMomentWelcomesAndDescribesThePosition)
{
    const Plan plan = planFor({QStringLiteral("knee-to-chest")});
    const QList<CueEvent> start {{Cue::SessionStart, 0}, {Cue::Prepare, 0}};
    EXPECT_EQ(VoiceLines::forMoment(start, plan, catalog()),
              QStringLiteral("Let's begin. Knee-to-chest stretch. Lying on your back, knees bent and feet flat "
                             "on the floor."));
    // With only a couple of seconds to say it, the position is dropped, then the welcome.
    EXPECT_EQ(VoiceLines::forMoment(start, plan, catalog(), 2500),
              QStringLiteral("Let's begin. Knee-to-chest stretch."));
    EXPECT_EQ(VoiceLines::forMoment(start, plan, catalog(), 500), QStringLiteral("Let's begin."));
}

TEST(VoiceLines, TheEndSaysWellDoneOnce)
{
    const Plan plan = planFor({QStringLiteral("knee-to-chest")});
    const int last = static_cast<int>(plan.steps.size()) - 1;
    EXPECT_EQ(VoiceLines::forMoment({{Cue::ExerciseDone, last}, {Cue::SessionDone, last}}, plan, catalog()),
              QStringLiteral("Well done. Your session is complete."));
}

TEST(VoiceLines, TheRestBeforeAnExerciseNamesTheNextOne)
{
    const Plan plan = planFor({QStringLiteral("knee-to-chest"), QStringLiteral("pelvic-tilt")});
    const int rest = find(plan, [](const Step& s) { return s.kind == StepKind::Rest && s.set == 0; });
    EXPECT_EQ(VoiceLines::forMoment({{Cue::ExerciseDone, rest - 1}, {Cue::Release, rest}}, plan, catalog()),
              QStringLiteral("Exercise complete. Release and rest. Next: Pelvic tilt."));
    const int betweenSets = find(plan, [](const Step& s) { return s.kind == StepKind::Rest && s.set > 0; });
    EXPECT_EQ(line(Cue::Release, plan.steps[betweenSets]), QStringLiteral("Release."));
}

TEST(VoiceLines, LongerSentencesTakeLonger)
{
    EXPECT_EQ(VoiceLines::estimatedMs(QString()), 0);
    EXPECT_LT(VoiceLines::estimatedMs(QStringLiteral("Hold.")),
              VoiceLines::estimatedMs(QStringLiteral("Hold for 30 seconds.")));
}

} // namespace
} // namespace limber
