#pragma once

#include "pose/Skeleton.h"

#include <QList>
#include <QPointF>

#include <array>
#include <optional>

namespace limber {

// A point on or near the body, or a fixed point of the scene (world).
struct JointTarget {
    bool world = false; // `offset` is then a scene point (floor is y = 0, y up)
    Joint joint = Joint::Pelvis;
    QPointF offset;     // from the joint
    bool local = false; // offset turns with the segment that ends at the joint

    bool operator==(const JointTarget&) const = default;
};

// Two-bone inverse kinematics for a limb: the wrist/ankle goes to `target`.
// It keeps hands on the floor or on a knee while the rest of the body moves.
struct Reach {
    JointTarget target;
    int bend = 1; // which way the elbow/knee points: +1 or -1

    bool operator==(const Reach&) const = default;
};

// Angles are in degrees, measured from straight up, positive towards the
// front (screen-right): 0 up, 90 forward, 180 down, -90 backward.
struct LimbPose {
    // Upper arm/thigh, forearm/shin, hand/foot. With a reach the first two are
    // a rough guide: the solver keeps its answer on the same side of them.
    std::array<double, 3> angles {};
    // Foreshortening: a foot pointing at the viewer looks shorter than it is.
    std::array<double, 3> scale {1, 1, 1};
    std::optional<Reach> reach;
    // Share of the reach in the final angles: 1 in key poses that reach,
    // between 0 and 1 while blending from a pose that uses plain angles.
    double reachWeight = 0;
    // While blending between two different reaches (floor to head) the second
    // one is solved too and mixed in by its weight.
    std::optional<Reach> blendReach;
    double blendReachWeight = 0;
    std::optional<bool> inFront; // drawing layer; default: near limbs in front
};

// Pins the skeleton into the scene: `joint` sits at `at`.
struct Anchor {
    Joint joint = Joint::Pelvis;
    QPointF at;

    bool operator==(const Anchor&) const = default;
};

// A hint of the movement, drawn in the highlight colour.
struct Arrow {
    Joint joint = Joint::Pelvis;
    QPointF offset;
    double angle = 0;  // direction at the start, same convention as limbs
    double length = 8; // along the path
    double turn = 0;   // degrees the path turns over its length (0: straight)
    double opacity = 1;
};

struct Pose {
    Anchor anchor;
    // While blending between key poses pinned at different joints, both pins
    // are solved and the results mixed, so nothing jumps.
    std::optional<Anchor> blendAnchor;
    double anchorMix = 0;

    double pelvis = 0; // pelvis axis; tilts the tailbone
    double lowerSpine = 0;
    double upperSpine = 0;
    double neck = 0;
    double head = 0;
    QPointF shoulderShift; // forward and up in the chest's frame (shrugs); front view: back narrows
    std::array<LimbPose, 2> arms;
    std::array<LimbPose, 2> legs;
    double glow = 1; // strength of the highlight on the target area
    QList<Arrow> arrows;
};

} // namespace limber
