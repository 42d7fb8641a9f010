#pragma once

#include "pose/PoseLibrary.h"

#include <QColor>
#include <QHash>
#include <QPalette>
#include <QRectF>

#include <array>

class QPainter;

namespace limber {

// Where every joint of a pose lands in the scene: scene units, the floor is
// y = 0 and y grows upwards.
struct SolvedFigure {
    std::array<QPointF, JointCount> points{};
    std::array<double, JointCount> angles{}; // of the segment that ends at the joint

    QPointF at(Joint joint) const { return points[static_cast<size_t>(joint)]; }
    double angleAt(Joint joint) const { return angles[static_cast<size_t>(joint)]; }
};

// The figure's colours, taken from the widget's palette so it reads in light
// and dark themes alike.
struct FigureColours {
    QColor figure;   // body and near limbs
    QColor farLimb;  // limbs on the far side, a step towards the background
    QColor prop;     // chair and mat
    QColor floor;
    QColor glow;     // the targeted area
    QColor arrow;    // movement hints

    static FigureColours fromPalette(const QPalette& palette);
};

// Forward kinematics and drawing of one pose.
class PoseFigureRenderer final {
public:
    explicit PoseFigureRenderer(const PoseLibrary& library) : m_library(library) {}

    static SolvedFigure solve(const Pose& pose, FigureView view, const FigureProportions& proportions);

    // The part of the scene any key pose of the exercise occupies. Fixed per
    // exercise, so the figure does not zoom while it moves.
    QRectF sceneBounds(const ExerciseArt& art) const;

    // Draws the scene fitted into `target`. A mirrored pose is the exact
    // horizontal reflection within `target`.
    void paint(QPainter& painter, const QRectF& target, const ExerciseArt& art, const Pose& pose,
               bool mirrored, const QPalette& palette) const;

private:
    const PoseLibrary& m_library;
    mutable QHash<QString, QRectF> m_bounds;
};

} // namespace limber
