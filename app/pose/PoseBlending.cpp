#include "pose/PoseBlending.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace limber {

namespace {

double lerp(double a, double b, double t)
{
    return a + (b - a) * t;
}

QPointF lerp(const QPointF& a, const QPointF& b, double t)
{
    return a + (b - a) * t;
}

LimbPose interpolateLimb(const LimbPose& a, const LimbPose& b, double t)
{
    LimbPose result;
    for (size_t i = 0; i < 3; ++i) {
        result.angles[i] = lerp(a.angles[i], b.angles[i], t);
        result.scale[i] = lerp(a.scale[i], b.scale[i], t);
    }
    // Reaches fade in and out by weight; the blended angles stay the
    // reference the solver measures them against.
    const bool sameKind = a.reach && b.reach && a.reach->bend == b.reach->bend
        && a.reach->target.world == b.reach->target.world && a.reach->target.joint == b.reach->target.joint
        && a.reach->target.local == b.reach->target.local;
    if (sameKind) {
        Reach reach = *b.reach;
        reach.target.offset = lerp(a.reach->target.offset, b.reach->target.offset, t);
        result.reach = reach;
        result.reachWeight = lerp(a.reachWeight, b.reachWeight, t);
    } else if (a.reach && b.reach) {
        result.reach = a.reach;
        result.reachWeight = a.reachWeight;
        result.blendReach = b.reach;
        result.blendReachWeight = b.reachWeight * t;
    } else if (a.reach) {
        result.reach = a.reach;
        result.reachWeight = a.reachWeight * (1 - t);
    } else if (b.reach) {
        result.reach = b.reach;
        result.reachWeight = b.reachWeight * t;
    }
    result.inFront = t < 0.5 ? a.inFront : b.inFront;
    return result;
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-4;
}

bool near(const QPointF& a, const QPointF& b)
{
    return near(a.x(), b.x()) && near(a.y(), b.y());
}

bool sameReach(const std::optional<Reach>& a, const std::optional<Reach>& b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a
        || (a->bend == b->bend && a->target.world == b->target.world && a->target.joint == b->target.joint
            && a->target.local == b->target.local && near(a->target.offset, b->target.offset));
}

bool sameLimb(const LimbPose& a, const LimbPose& b)
{
    for (size_t i = 0; i < 3; ++i)
        if (!near(a.angles[i], b.angles[i]) || !near(a.scale[i], b.scale[i]))
            return false;
    return a.inFront == b.inFront && near(a.reachWeight, b.reachWeight) && near(a.blendReachWeight, b.blendReachWeight)
        && sameReach(a.reach, b.reach) && sameReach(a.blendReach, b.blendReach);
}

bool sameArrows(const QList<Arrow>& a, const QList<Arrow>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Arrow& x = a.at(i);
        const Arrow& y = b.at(i);
        if (x.joint != y.joint || !near(x.offset, y.offset) || !near(x.angle, y.angle) || !near(x.length, y.length)
            || !near(x.turn, y.turn) || !near(x.opacity, y.opacity))
            return false;
    }
    return true;
}

} // namespace

double easeInOut(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return 0.5 - 0.5 * std::cos(std::numbers::pi * t);
}

Pose interpolate(const Pose& from, const Pose& to, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    if (t <= 0)
        return from;
    if (t >= 1)
        return to;
    Pose result;
    if (from.anchor == to.anchor) {
        result.anchor = to.anchor;
    } else if (from.anchor.joint == to.anchor.joint) {
        result.anchor = to.anchor;
        result.anchor.at = lerp(from.anchor.at, to.anchor.at, t);
    } else {
        result.anchor = from.anchor;
        result.blendAnchor = to.anchor;
        result.anchorMix = t;
    }
    result.pelvis = lerp(from.pelvis, to.pelvis, t);
    result.lowerSpine = lerp(from.lowerSpine, to.lowerSpine, t);
    result.upperSpine = lerp(from.upperSpine, to.upperSpine, t);
    result.neck = lerp(from.neck, to.neck, t);
    result.head = lerp(from.head, to.head, t);
    result.shoulderShift = lerp(from.shoulderShift, to.shoulderShift, t);
    for (size_t i = 0; i < 2; ++i) {
        result.arms[i] = interpolateLimb(from.arms[i], to.arms[i], t);
        result.legs[i] = interpolateLimb(from.legs[i], to.legs[i], t);
    }
    result.glow = lerp(from.glow, to.glow, t);
    if (sameArrows(from.arrows, to.arrows)) {
        result.arrows = to.arrows;
    } else {
        // The hint of where the body is going appears early in the movement.
        const double fadeIn = std::min(1.0, t * 4);
        for (Arrow arrow : from.arrows) {
            arrow.opacity *= 1 - fadeIn;
            if (arrow.opacity > 0)
                result.arrows.append(arrow);
        }
        for (Arrow arrow : to.arrows) {
            arrow.opacity *= fadeIn;
            result.arrows.append(arrow);
        }
    }
    return result;
}

bool samePose(const Pose& a, const Pose& b)
{
    if (!(a.anchor == b.anchor) || a.blendAnchor != b.blendAnchor || !near(a.anchorMix, b.anchorMix))
        return false;
    if (!near(a.pelvis, b.pelvis) || !near(a.lowerSpine, b.lowerSpine) || !near(a.upperSpine, b.upperSpine)
        || !near(a.neck, b.neck) || !near(a.head, b.head) || !near(a.shoulderShift, b.shoulderShift)
        || !near(a.glow, b.glow))
        return false;
    for (size_t i = 0; i < 2; ++i)
        if (!sameLimb(a.arms[i], b.arms[i]) || !sameLimb(a.legs[i], b.legs[i]))
            return false;
    return sameArrows(a.arrows, b.arrows);
}

} // namespace limber
