#pragma once

#include "pose/PoseLibrary.h"

#include <QPointF>

#include <array>

namespace limber {

// Where every joint of a pose lands in the scene: scene units, the floor is
// y = 0 and y grows upwards.
struct SolvedFigure {
    std::array<QPointF, JointCount> points {};
    std::array<double, JointCount> angles {}; // of the segment that ends at the joint

    QPointF at(Joint joint) const { return points[static_cast<size_t>(joint)]; }
    double angleAt(Joint joint) const { return angles[static_cast<size_t>(joint)]; }
};

// Forward kinematics of one pose: the spine and head from their angles, each
// limb from its angles or, where the pose asks a hand or foot to reach a
// point, from the two-bone solution that gets it there; then the whole figure
// moved so the pose's anchor joint sits where the pose pins it.
SolvedFigure solveFigure(const Pose& pose, FigureView view, const FigureProportions& proportions);

} // namespace limber
