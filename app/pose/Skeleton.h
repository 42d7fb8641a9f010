#pragma once

#include <QString>

#include <optional>

namespace limber {

// How the figure is seen. Side: facing screen-right, limbs are near/far.
// Front: facing the viewer, limbs are left/right as seen on screen.
enum class FigureView { Side, Front };

// Every point of the 2D skeleton. "A" limbs are the near (side view) or
// screen-left (front view) ones, "B" the far or screen-right ones.
enum class Joint {
    Tail,
    Pelvis,
    Waist,
    Neck,
    NeckTop,
    Head,
    ShoulderA,
    ElbowA,
    WristA,
    HandA,
    HipA,
    KneeA,
    AnkleA,
    ToeA,
    ShoulderB,
    ElbowB,
    WristB,
    HandB,
    HipB,
    KneeB,
    AnkleB,
    ToeB,
};
inline constexpr int JointCount = static_cast<int>(Joint::ToeB) + 1;

// Parses "neck", "nearKnee", "leftHand"...; the limb prefixes depend on the view.
std::optional<Joint> jointFromName(const QString& name, FigureView view);
QString jointName(Joint joint, FigureView view);

// Facts about the skeleton's layout. A class rather than free functions so
// that these names cannot collide (through argument-dependent lookup) with
// file-local helpers of the same name.
struct Skeleton final {
    // Joint::ShoulderB - Joint::ShoulderA: adding it to an "A" joint gives the same joint on side B.
    static constexpr int LimbJointsPerSide = static_cast<int>(Joint::ShoulderB) - static_cast<int>(Joint::ShoulderA);

    // Hip, knee, ankle or toe of either side.
    static bool isLegJoint(Joint joint);
    // Shoulder, elbow, wrist or hand of either side.
    static bool isArmJoint(Joint joint);
    // "near"/"far" (side view) or "left"/"right" (front view); side 0 is the "A" side.
    static QString limbPrefix(int side, FigureView view);
};

} // namespace limber
