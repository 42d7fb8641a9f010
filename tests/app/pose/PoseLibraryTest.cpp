#include "PoseTestSupport.h"

#include "pose/PoseFigureRenderer.h"
#include "pose/PoseJsonReader.h"
#include "pose/PoseLibrary.h"

#include <QFile>

#include <cmath>
#include <utility>

using namespace limber;
using namespace limber::posetest;

namespace {

double distance(const QPointF& a, const QPointF& b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

QByteArray minimalLibrary(const QByteArray& exercise)
{
    return R"({"version": 1, "exercises": [
        {"id": "default", "view": "side", "poses": [
          {"name": "start", "anchor": {"joint": "pelvis", "at": [0, 45]},
           "nearArm": {"angles": [180, 180, 180]}, "farArm": {"angles": [180, 180, 180]},
           "nearLeg": {"angles": [180, 180, 90]}, "farLeg": {"angles": [180, 180, 90]}}]})"
        + exercise + "]}";
}

} // namespace

TEST(PoseLibrary, BuiltInArtworkLoadsCleanly)
{
    QFile file(QStringLiteral(":/limber/poses/poses.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QStringList errors;
    const PoseLibrary library = PoseLibrary::fromJson(file.readAll(), &errors);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(library.isEmpty());
    EXPECT_FALSE(PoseLibrary::builtIn().isEmpty());
}

TEST(PoseLibrary, EveryCatalogExerciseAndPhaseHasArtwork)
{
    const PoseLibrary& library = PoseLibrary::builtIn();
    for (const ExerciseSpec& spec : builtinExercises()) {
        SCOPED_TRACE(spec.id.toStdString());
        const ExerciseArt* art = library.exercise(spec.id);
        ASSERT_NE(art, nullptr) << "no artwork";
        EXPECT_NE(art->pose(art->start), nullptr);
        EXPECT_NE(art->pose(art->still), nullptr);
        EXPECT_EQ(art->sided, spec.perSide);
        if (spec.phases.isEmpty()) {
            EXPECT_FALSE(art->isRepetition());
            EXPECT_NE(art->pose(QStringLiteral("hold")), nullptr) << "a hold exercise needs a hold pose";
        }
        // Same phases in the same order: the animator walks them in that order.
        QStringList artPhases;
        for (const PhaseArt& phase : art->phases)
            artPhases.append(phase.id);
        EXPECT_EQ(artPhases, spec.phases);
        for (const QString& phase : spec.phases) {
            const QString pose = art->poseForPhase(phase);
            EXPECT_FALSE(pose.isEmpty()) << "phase " << phase.toStdString();
            EXPECT_NE(art->pose(pose), nullptr) << "phase " << phase.toStdString();
        }
    }
}

TEST(PoseLibrary, UnknownExerciseGetsTheNeutralFigure)
{
    const PoseLibrary& library = PoseLibrary::builtIn();
    EXPECT_EQ(library.exercise(QStringLiteral("elbow-circles")), nullptr);
    const ExerciseArt& art = library.exerciseOrDefault(QStringLiteral("elbow-circles"));
    EXPECT_EQ(art.id, PoseLibrary::DefaultId);
    EXPECT_NE(art.pose(art.still), nullptr);
}

// Anatomy checks on the data: bones keep their length, nothing sinks into
// the floor, and hands that are meant to rest somewhere do.
TEST(PoseLibrary, KeyPosesStayAboveTheFloorAndKeepTheirProportions)
{
    const PoseLibrary& library = PoseLibrary::builtIn();
    const FigureProportions& p = library.proportions();
    QStringList ids = library.exerciseIds();
    ids.append(PoseLibrary::DefaultId);
    for (const QString& id : std::as_const(ids)) {
        const ExerciseArt& art = library.exerciseOrDefault(id);
        for (const QString& name : art.poseOrder) {
            SCOPED_TRACE((id + QLatin1Char('/') + name).toStdString());
            const Pose& pose = *art.pose(name);
            const SolvedFigure figure = PoseFigureRenderer::solve(pose, art.view, p);
            for (int j = 0; j < JointCount; ++j)
                EXPECT_GE(figure.points[static_cast<size_t>(j)].y(), 0.9)
                    << jointName(static_cast<Joint>(j), art.view).toStdString() << " is in the floor";
            EXPECT_GE(figure.at(Joint::Head).y(), p.headRadius - 0.5) << "head in the floor";
            for (int side = 0; side < 2; ++side) {
                const int offset = side * (static_cast<int>(Joint::ShoulderB) - static_cast<int>(Joint::ShoulderA));
                auto joint = [&](Joint j) { return figure.at(static_cast<Joint>(static_cast<int>(j) + offset)); };
                const LimbPose& leg = pose.legs[static_cast<size_t>(side)];
                const LimbPose& arm = pose.arms[static_cast<size_t>(side)];
                EXPECT_NEAR(distance(joint(Joint::HipA), joint(Joint::KneeA)), p.thigh * leg.scale[0], 1e-6);
                EXPECT_NEAR(distance(joint(Joint::KneeA), joint(Joint::AnkleA)), p.shin * leg.scale[1], 1e-6);
                EXPECT_NEAR(distance(joint(Joint::ShoulderA), joint(Joint::ElbowA)), p.upperArm * arm.scale[0], 1e-6);
                EXPECT_NEAR(distance(joint(Joint::ElbowA), joint(Joint::WristA)), p.forearm * arm.scale[1], 1e-6);
                if (arm.reach && arm.reach->target.world) {
                    EXPECT_LT(distance(joint(Joint::WristA), arm.reach->target.offset), 2.5)
                        << "a hand meant to rest on the floor does not reach it";
                }
            }
        }
    }
}

TEST(PoseLibrary, HandsStayPlantedWhileTheSpineMoves)
{
    // Cat-cow: hands and knees stay where they are while the back rounds and arches.
    const PoseLibrary& library = PoseLibrary::builtIn();
    const ExerciseArt* art = library.exercise(QStringLiteral("cat-cow"));
    ASSERT_NE(art, nullptr);
    const Pose& cat = *art->pose(QStringLiteral("cat"));
    const Pose& cow = *art->pose(QStringLiteral("cow"));
    const SolvedFigure atCat = PoseFigureRenderer::solve(cat, art->view, library.proportions());
    for (double t : {0.0, 0.25, 0.5, 0.75, 1.0}) {
        const SolvedFigure figure
            = PoseFigureRenderer::solve(interpolate(cat, cow, t), art->view, library.proportions());
        EXPECT_LT(distance(figure.at(Joint::WristA), atCat.at(Joint::WristA)), 0.5) << "t = " << t;
        EXPECT_LT(distance(figure.at(Joint::KneeA), atCat.at(Joint::KneeA)), 1e-6) << "t = " << t;
    }
}

TEST(PoseLibrary, ReportsEveryProblemWithItsPath)
{
    QStringList errors;
    const PoseLibrary library = PoseLibrary::fromJson(minimalLibrary(R"(,
        {"id": "broken", "view": "sideways", "poses": [
          {"name": "start", "anchor": {"joint": "elbow", "at": [0, 1]},
           "nearArm": {"angles": [1, 2]}, "farArm": {"reach": {"joint": "nearElbow"}},
           "nearLeg": {"angles": [180, 180, 90]}}]}
    )"),
                                                      &errors);
    EXPECT_TRUE(library.isEmpty()) << "a broken file must not be half used";
    const QString all = errors.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("$.exercises[1].view"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("unknown joint \"elbow\""))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("nearArm.angles: must be three numbers"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("needs \"farLeg\""))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("hold"))) << all.toStdString();
    EXPECT_GE(errors.size(), 5);
}

TEST(PoseLibrary, RejectsContactsThatCannotBeSolved)
{
    QStringList errors;
    PoseLibrary::fromJson(minimalLibrary(R"(,
        {"id": "knot", "view": "side", "phases": [{"id": "a", "pose": "start"}], "poses": [
          {"name": "start", "anchor": {"joint": "nearKnee", "at": [0, 4]},
           "nearArm": {"angles": [180, 180, 180]}, "farArm": {"angles": [180, 180, 180]},
           "nearLeg": {"reach": {"world": [10, 3]}}, "farLeg": {"reach": {"joint": "nearKnee"}}}]}
    )"),
                          &errors);
    const QString all = errors.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("pinned by a leg"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("a leg may reach the trunk or the floor"))) << all.toStdString();
}

TEST(PoseLibrary, BrokenJsonIsAnErrorNotACrash)
{
    QStringList errors;
    EXPECT_TRUE(PoseLibrary::fromJson("{ not json", &errors).isEmpty());
    ASSERT_FALSE(errors.isEmpty());
    EXPECT_TRUE(errors.constFirst().startsWith(QStringLiteral("$:")));
}

TEST(PoseLibrary, ReaderNamesTheFileLikeTheCatalogLoader)
{
    QList<JsonIssue> issues;
    readPoseJson(R"({"version": 2, "exercises": []})", QStringLiteral("mine.json"), issues);
    QStringList messages;
    for (const JsonIssue& issue : std::as_const(issues))
        messages.append(issue.toString());
    const std::string all = messages.join(u'\n').toStdString();
    EXPECT_TRUE(messages.contains(QStringLiteral("mine.json: $.version: must be 1"))) << all;
    EXPECT_TRUE(messages.contains(QStringLiteral("mine.json: $.exercises: needs the \"default\" figure"))) << all;
}

TEST(PoseLibrary, InterpolationBlendsAnglesAndContacts)
{
    const PoseLibrary& library = PoseLibrary::builtIn();
    const ExerciseArt* art = library.exercise(QStringLiteral("flexion"));
    ASSERT_NE(art, nullptr);
    const Pose& start = *art->pose(QStringLiteral("start"));
    const Pose& hold = *art->pose(QStringLiteral("hold"));
    EXPECT_TRUE(samePose(interpolate(start, hold, 0), start));
    EXPECT_TRUE(samePose(interpolate(start, hold, 1), hold));
    const Pose middle = interpolate(start, hold, 0.5);
    EXPECT_FALSE(samePose(middle, start));
    EXPECT_FALSE(samePose(middle, hold));
    EXPECT_DOUBLE_EQ(middle.neck, (start.neck + hold.neck) / 2);
    // The hand leaves the thigh for the head: both reaches are solved and mixed.
    const LimbPose& arm = middle.arms[1];
    ASSERT_TRUE(arm.reach.has_value());
    ASSERT_TRUE(arm.blendReach.has_value());
    EXPECT_DOUBLE_EQ(arm.blendReachWeight, 0.5);
    const SolvedFigure a = PoseFigureRenderer::solve(start, art->view, library.proportions());
    const SolvedFigure b = PoseFigureRenderer::solve(hold, art->view, library.proportions());
    const SolvedFigure m = PoseFigureRenderer::solve(middle, art->view, library.proportions());
    const double travelled = distance(a.at(Joint::WristB), m.at(Joint::WristB));
    EXPECT_GT(travelled, 1.0);
    EXPECT_LT(travelled, distance(a.at(Joint::WristB), b.at(Joint::WristB)));
}

TEST(PoseLibrary, EaseInOutIsCalmAtBothEnds)
{
    EXPECT_DOUBLE_EQ(easeInOut(0), 0);
    EXPECT_DOUBLE_EQ(easeInOut(1), 1);
    EXPECT_NEAR(easeInOut(0.5), 0.5, 1e-12);
    EXPECT_LT(easeInOut(0.1), 0.1);
    EXPECT_GT(easeInOut(0.9), 0.9);
    EXPECT_DOUBLE_EQ(easeInOut(-1), 0);
    EXPECT_DOUBLE_EQ(easeInOut(2), 1);
}
