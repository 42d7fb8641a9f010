#pragma once

#include "pose/FigureColours.h"
#include "pose/FigureSolver.h"
#include "pose/PoseLibrary.h"

#include <QColor>
#include <QList>
#include <QPainterPath>

#include <array>

namespace limber {

// One drawn piece of the body. `gap` is the same shape grown by PartGap; it is
// cut out of what lies behind before the part is drawn. Empty: no gap.
//
// The gap is built as its own outline rather than stroked around `path`: a
// wide round-joined stroke of these many-sided outlines cost about six times
// the rest of the figure, every frame.
struct BodyPart {
    QPainterPath path;
    QPainterPath gap;
    QColor colour;
};

// The outlines of a solved figure's limbs, trunk, neck and head, in scene
// units, and the order they are drawn in (farthest first).
class BodyShapes final {
public:
    BodyShapes(const SolvedFigure& figure, const Pose& pose, FigureView view, const FigureProportions& p,
               const FigureColours& colours)
        : m_figure(figure)
        , m_pose(pose)
        , m_view(view)
        , m_p(p)
        , m_colours(colours)
    {
    }

    QList<BodyPart> parts() const;

private:
    QPointF at(Joint joint) const { return m_figure.at(joint); }

    // The shapes below take `grow`: how much wider than the body to make them
    // all round (0 for the body itself, PartGap for the gap cut around it).
    // Three bones end to end from the limb's root (hip, shoulder) to its tip
    // (toe, hand): each a capsule, with the radii at the start and end of each.
    QPainterPath limb(Joint rootOnSideA, int side, const std::array<double, 6>& radii) const;
    QPainterPath leg(int side, double grow) const;
    QPainterPath arm(int side, double grow) const;
    QPainterPath sideTorso(double grow) const;
    QPainterPath frontTorso() const;
    QPainterPath neck() const;
    QPainterPath head(double grow) const;

    const SolvedFigure& m_figure;
    const Pose& m_pose;
    FigureView m_view;
    const FigureProportions& m_p;
    const FigureColours& m_colours;
};

} // namespace limber
