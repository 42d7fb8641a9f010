#include "pose/FigureSolver.h"

#include "pose/FigureGeometry.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

namespace limber {

using namespace figure;

namespace {

// The angles of a limb's upper and lower bone that put its end on `target`, or
// as near as the limb reaches; `bend` (+1 or -1) says which way the middle
// joint (elbow, knee) points.
struct TwoBone {
    double upper = 0;
    double lower = 0;
};

TwoBone solveTwoBone(const QPointF& root, const QPointF& target, double upperLength, double lowerLength, int bend)
{
    const QPointF v = target - root;
    const double d
        = std::clamp(length(v), std::abs(upperLength - lowerLength) + 1e-3, upperLength + lowerLength - 1e-3);
    const double base = angleOf(v);
    const double cosine = std::clamp(
        (upperLength * upperLength + d * d - lowerLength * lowerLength) / (2 * upperLength * d), -1.0, 1.0);
    const double upper = base + bend * std::acos(cosine) / DegToRad;
    const QPointF middle = root + dir(upper) * upperLength;
    const QPointF end = root + dir(base) * d;
    return {upper, angleOf(end - middle)};
}

} // namespace

SolvedFigure solveFigure(const Pose& pose, FigureView view, const FigureProportions& p)
{
    SolvedFigure f;
    auto set = [&f](Joint joint, const QPointF& point, double angle) {
        f.points[index(joint)] = point;
        f.angles[index(joint)] = angle;
    };
    set(Joint::Pelvis, QPointF(0, 0), pose.pelvis);
    set(Joint::Tail, -dir(pose.pelvis) * p.tail, pose.pelvis);
    set(Joint::Waist, dir(pose.lowerSpine) * p.lowerSpine, pose.lowerSpine);
    set(Joint::Neck, f.at(Joint::Waist) + dir(pose.upperSpine) * p.upperSpine, pose.upperSpine);
    set(Joint::NeckTop, f.at(Joint::Neck) + dir(pose.neck) * p.neck, pose.neck);
    set(Joint::Head, f.at(Joint::NeckTop) + dir(pose.head) * p.headRadius * 0.8, pose.head);

    const QPointF chestUp = dir(pose.upperSpine);
    const QPointF shoulderBase = f.at(Joint::Neck) + chestUp * (pose.shoulderShift.y() - p.shoulderDrop);
    for (int side = 0; side < 2; ++side) {
        const double outward = side == 0 ? -90 : 90;
        if (view == FigureView::Side) {
            set(limbJoint(Joint::ShoulderA, side), shoulderBase + dir(pose.upperSpine + 90) * pose.shoulderShift.x(),
                pose.upperSpine);
            set(limbJoint(Joint::HipA, side), QPointF(0, 0), pose.pelvis);
        } else {
            // Seen from the front, shoulders taken back draw closer together.
            set(limbJoint(Joint::ShoulderA, side),
                shoulderBase + dir(pose.upperSpine + outward) * (p.shoulderHalfWidth + 0.6 * pose.shoulderShift.x()),
                pose.upperSpine);
            set(limbJoint(Joint::HipA, side), dir(pose.pelvis + outward) * p.hipHalfWidth, pose.pelvis);
        }
    }

    // The pin that places the figure in the scene; needs its joint solved first.
    std::optional<QPointF> shift;
    auto pin = [&](bool legsSolved) {
        const bool ready = legsSolved
            || (!Skeleton::isLegJoint(pose.anchor.joint)
                && !(pose.blendAnchor && Skeleton::isLegJoint(pose.blendAnchor->joint)));
        if (shift || !ready)
            return;
        QPointF s = pose.anchor.at - f.at(pose.anchor.joint);
        if (pose.blendAnchor)
            s += (pose.blendAnchor->at - f.at(pose.blendAnchor->joint) - s) * pose.anchorMix;
        shift = s;
    };
    auto targetPoint = [&](const JointTarget& t) {
        if (t.world)
            return t.offset - shift.value_or(QPointF());
        const QPointF base = f.at(t.joint);
        if (!t.local)
            return base + t.offset;
        const double a = f.angleAt(t.joint);
        return base + dir(a + 90) * t.offset.x() + dir(a) * t.offset.y();
    };
    auto limb = [&](const LimbPose& l, Joint root, double l1, double l2, double l3) {
        l1 *= l.scale[0];
        l2 *= l.scale[1];
        l3 *= l.scale[2];
        // The solver's angles are taken within half a turn of the pose's own
        // angles, then blended in straight: so a blend between two poses swings
        // the limb the way the data's angles go, never the short way behind the back.
        double upper = l.angles[0];
        double lower = l.angles[1];
        for (const auto& [reach, weight] :
             {std::pair(l.reach, l.reachWeight), std::pair(l.blendReach, l.blendReachWeight)}) {
            if (!reach || weight <= 0)
                continue;
            const TwoBone ik = solveTwoBone(f.at(root), targetPoint(reach->target), l1, l2, reach->bend);
            upper += (near(ik.upper, l.angles[0]) - upper) * weight;
            lower += (near(ik.lower, l.angles[1]) - lower) * weight;
        }
        const int r = static_cast<int>(root);
        const Joint middle = static_cast<Joint>(r + 1);
        const Joint end = static_cast<Joint>(r + 2);
        const Joint tip = static_cast<Joint>(r + 3);
        set(middle, f.at(root) + dir(upper) * l1, upper);
        set(end, f.at(middle) + dir(lower) * l2, lower);
        set(tip, f.at(end) + dir(l.angles[2]) * l3, l.angles[2]);
    };

    pin(false);
    for (int side = 0; side < 2; ++side)
        limb(pose.legs[static_cast<size_t>(side)], limbJoint(Joint::HipA, side), p.thigh, p.shin, p.foot);
    pin(true);
    for (int side = 0; side < 2; ++side)
        limb(pose.arms[static_cast<size_t>(side)], limbJoint(Joint::ShoulderA, side), p.upperArm, p.forearm, p.hand);
    for (QPointF& point : f.points)
        point += *shift;
    return f;
}

} // namespace limber
