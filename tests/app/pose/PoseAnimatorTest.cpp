#include "PoseTestSupport.h"

#include "pose/PoseAnimator.h"
#include "pose/PoseLibrary.h"

using namespace limber;
using namespace limber::posetest;

namespace {

const Pose& keyPose(const QString& exercise, const QString& name)
{
    const Pose* pose = PoseLibrary::builtIn().exerciseOrDefault(exercise).pose(name);
    EXPECT_NE(pose, nullptr) << exercise.toStdString() << "/" << name.toStdString();
    static const Pose none;
    return pose ? *pose : none;
}

class PoseAnimatorTest : public ::testing::Test {
protected:
    PoseAnimator animator {PoseLibrary::builtIn()};
};

} // namespace

TEST_F(PoseAnimatorTest, MoveGoesFromThePreviousKeyPoseToThePhasePose)
{
    const QString id = QStringLiteral("shoulder-rolls");
    const Step lift = makeStep(StepKind::Move, id, 3000, QStringLiteral("lift"), 1);
    EXPECT_TRUE(samePose(animator.frame(lift, 0).pose, keyPose(id, QStringLiteral("start"))));
    EXPECT_TRUE(samePose(animator.frame(lift, 1).pose, keyPose(id, QStringLiteral("lift"))));
    const Pose half = animator.frame(lift, 0.5).pose;
    const double from = keyPose(id, QStringLiteral("start")).shoulderShift.y();
    const double to = keyPose(id, QStringLiteral("lift")).shoulderShift.y();
    EXPECT_NEAR(half.shoulderShift.y(), (from + to) / 2, 1e-9) << "ease in-out is symmetric";
    EXPECT_LT(animator.frame(lift, 0.2).pose.shoulderShift.y() - from, (to - from) * 0.2)
        << "the movement starts gently";

    const Step squeeze = makeStep(StepKind::Move, id, 3000, QStringLiteral("squeeze"), 1);
    EXPECT_TRUE(samePose(animator.frame(squeeze, 0).pose, keyPose(id, QStringLiteral("lift"))));
    EXPECT_TRUE(samePose(animator.frame(squeeze, 1).pose, keyPose(id, QStringLiteral("squeeze"))));

    // From the second repetition on, a roll starts where the last one ended.
    const Step secondLift = makeStep(StepKind::Move, id, 3000, QStringLiteral("lift"), 2);
    EXPECT_TRUE(samePose(animator.frame(secondLift, 0).pose, keyPose(id, QStringLiteral("drop"))));
}

TEST_F(PoseAnimatorTest, CatCowAlternates)
{
    const QString id = QStringLiteral("cat-cow");
    PoseBlend blend = animator.blend(makeStep(StepKind::Move, id, 4000, QStringLiteral("cat"), 1), 0.3);
    EXPECT_EQ(blend.from, QStringLiteral("start"));
    EXPECT_EQ(blend.to, QStringLiteral("cat"));
    blend = animator.blend(makeStep(StepKind::Move, id, 4000, QStringLiteral("cow"), 1), 0.3);
    EXPECT_EQ(blend.from, QStringLiteral("cat"));
    EXPECT_EQ(blend.to, QStringLiteral("cow"));
    blend = animator.blend(makeStep(StepKind::Move, id, 4000, QStringLiteral("cat"), 2), 0.3);
    EXPECT_EQ(blend.from, QStringLiteral("cow"));
    EXPECT_EQ(blend.to, QStringLiteral("cat"));
}

TEST_F(PoseAnimatorTest, CobraHoldsStillInItsHoldPhase)
{
    const QString id = QStringLiteral("cobra");
    const Step lift = makeStep(StepKind::Move, id, 2000, QStringLiteral("lift"), 1);
    const Step hold = makeStep(StepKind::Hold, id, 5000, QStringLiteral("hold"), 1);
    const Step lower = makeStep(StepKind::Move, id, 2000, QStringLiteral("lower"), 1);
    const PoseFrame lifted = animator.frame(lift, 1);
    EXPECT_FALSE(samePose(animator.frame(lift, 0).pose, lifted.pose));
    for (double progress : {0.0, 0.3, 0.99, 1.0})
        EXPECT_TRUE(animator.frame(hold, progress).sameAs(lifted)) << progress;
    EXPECT_TRUE(samePose(animator.frame(lower, 0).pose, lifted.pose));
    EXPECT_TRUE(samePose(animator.frame(lower, 1).pose, keyPose(id, QStringLiteral("start"))));
}

TEST_F(PoseAnimatorTest, HoldEasesIntoTheStretchThenStaysStill)
{
    const QString id = QStringLiteral("knee-to-chest");
    const Step hold = makeStep(StepKind::Hold, id, 30000, {}, 0, Side::None, 1);
    EXPECT_TRUE(samePose(animator.frame(hold, 0).pose, keyPose(id, QStringLiteral("start"))));
    const double transitionEnd = static_cast<double>(PoseAnimator::TransitionMs) / 30000.0;
    const PoseFrame between = animator.frame(hold, transitionEnd / 2);
    EXPECT_FALSE(samePose(between.pose, keyPose(id, QStringLiteral("start"))));
    EXPECT_FALSE(samePose(between.pose, keyPose(id, QStringLiteral("hold"))));
    const PoseFrame held = animator.frame(hold, transitionEnd);
    EXPECT_TRUE(samePose(held.pose, keyPose(id, QStringLiteral("hold"))));
    // Most of a hold is one frame, so a frame timer costs no repaints.
    for (double progress : {0.2, 0.5, 0.9, 1.0})
        EXPECT_TRUE(animator.frame(hold, progress).sameAs(held)) << progress;
}

TEST_F(PoseAnimatorTest, ShortHoldsStillReachTheStretch)
{
    const QString id = QStringLiteral("pelvic-tilt");
    const Step hold = makeStep(StepKind::Hold, id, 1000, {}, 0, Side::None, 1);
    EXPECT_TRUE(samePose(animator.frame(hold, 0.5).pose, keyPose(id, QStringLiteral("hold"))));
    const Step instant = makeStep(StepKind::Hold, id, 0, {}, 0, Side::None, 1);
    EXPECT_TRUE(samePose(animator.frame(instant, 0).pose, keyPose(id, QStringLiteral("hold"))));
}

TEST_F(PoseAnimatorTest, RestReleasesBackToTheStart)
{
    const QString id = QStringLiteral("flexion");
    const Step release = makeStep(StepKind::Rest, id, 10000, {}, 0, Side::None, 1);
    EXPECT_TRUE(samePose(animator.frame(release, 0).pose, keyPose(id, QStringLiteral("hold"))));
    EXPECT_FALSE(samePose(animator.frame(release, 0.05).pose, keyPose(id, QStringLiteral("hold"))));
    EXPECT_TRUE(samePose(animator.frame(release, 0.15).pose, keyPose(id, QStringLiteral("start"))));
    EXPECT_TRUE(samePose(animator.frame(release, 1).pose, keyPose(id, QStringLiteral("start"))));

    // The rest before an exercise belongs to that exercise: its start, still.
    const Step between = makeStep(StepKind::Rest, QStringLiteral("cobra"), 10000);
    EXPECT_TRUE(samePose(animator.frame(between, 0).pose, keyPose(QStringLiteral("cobra"), QStringLiteral("start"))));
    EXPECT_TRUE(animator.frame(between, 0).sameAs(animator.frame(between, 0.7)));
}

TEST_F(PoseAnimatorTest, PrepareShowsTheStart)
{
    const QString id = QStringLiteral("childs-pose");
    const Step prepare = makeStep(StepKind::Prepare, id, 5000);
    EXPECT_TRUE(samePose(animator.frame(prepare, 0.4).pose, keyPose(id, QStringLiteral("start"))));
    EXPECT_FALSE(animator.frame(prepare, 0.4).mirrored);
}

TEST_F(PoseAnimatorTest, RightSideIsTheMirroredLeftSide)
{
    const QString id = QStringLiteral("piriformis");
    const Step left = makeStep(StepKind::Hold, id, 30000, {}, 0, Side::Left, 1);
    const Step right = makeStep(StepKind::Hold, id, 30000, {}, 0, Side::Right, 1);
    const PoseFrame l = animator.frame(left, 0.5);
    const PoseFrame r = animator.frame(right, 0.5);
    EXPECT_FALSE(l.mirrored);
    EXPECT_TRUE(r.mirrored);
    EXPECT_TRUE(samePose(l.pose, r.pose));
    EXPECT_FALSE(l.sameAs(r));

    const Step switchSides = makeStep(StepKind::SwitchSides, id, 5000, {}, 0, Side::Right);
    const PoseFrame switched = animator.frame(switchSides, 0.5);
    EXPECT_TRUE(switched.mirrored);
    EXPECT_TRUE(samePose(switched.pose, keyPose(id, QStringLiteral("start"))));
}

TEST_F(PoseAnimatorTest, StillIsTheCardPose)
{
    for (const ExerciseSpec& spec : builtinExercises()) {
        const ExerciseArt& art = PoseLibrary::builtIn().exerciseOrDefault(spec.id);
        const PoseFrame frame = animator.still(spec.id);
        EXPECT_EQ(frame.exerciseId, spec.id);
        EXPECT_FALSE(frame.mirrored);
        EXPECT_TRUE(samePose(frame.pose, *art.pose(art.still))) << spec.id.toStdString();
    }
}

TEST_F(PoseAnimatorTest, UnknownExerciseOrPhaseShowsSomethingCalm)
{
    const Step unknown = makeStep(StepKind::Move, QStringLiteral("elbow-circles"), 3000, QStringLiteral("circle"), 1);
    const PoseFrame frame = animator.frame(unknown, 0.5);
    EXPECT_TRUE(samePose(frame.pose, keyPose(PoseLibrary::DefaultId, QStringLiteral("start"))));
    const Step oddPhase = makeStep(StepKind::Move, QStringLiteral("cat-cow"), 3000, QStringLiteral("dog"), 1);
    EXPECT_TRUE(animator.frame(oddPhase, 0.1).sameAs(animator.frame(oddPhase, 0.9)));
}

TEST_F(PoseAnimatorTest, LoopPlaysTheWholeMovementAndWraps)
{
    for (const QString& id : {QStringLiteral("cat-cow"), QStringLiteral("flexion")}) {
        const qint64 duration = animator.loopDurationMs(id);
        ASSERT_GT(duration, 0);
        EXPECT_TRUE(animator.loopFrame(id, 0).sameAs(animator.loopFrame(id, duration)));
        EXPECT_TRUE(animator.loopFrame(id, 1234).sameAs(animator.loopFrame(id, 1234 + 3 * duration)));
        int distinct = 0;
        PoseFrame last = animator.loopFrame(id, 0);
        for (qint64 t = 0; t < duration; t += 100) {
            const PoseFrame frame = animator.loopFrame(id, t);
            distinct += frame.sameAs(last) ? 0 : 1;
            last = frame;
        }
        EXPECT_GT(distinct, 20) << id.toStdString() << " should move";
    }
}
