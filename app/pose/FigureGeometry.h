#pragma once

#include "pose/FigureSolver.h"
#include "pose/PoseLibrary.h"

#include <QColor>
#include <QPainterPath>
#include <QPointF>

#include <algorithm>
#include <cmath>
#include <numbers>

// The small sums the figure is built from, shared by the solver, the body
// shapes, the footprint and paint. Private to pose/ and inline: they run many
// times a frame, and were file-local helpers before the renderer was split.
namespace limber::figure {

inline constexpr double DegToRad = std::numbers::pi / 180.0;

// Transparent gap around overlapping parts, in scene units: it keeps an arm
// readable in front of the chest without outlining everything.
inline constexpr double PartGap = 1.1;

// The unit vector `degrees` from straight up, turning clockwise.
inline QPointF dir(double degrees)
{
    const double r = degrees * DegToRad;
    return {std::sin(r), std::cos(r)};
}

inline double angleOf(const QPointF& v)
{
    return std::atan2(v.x(), v.y()) / DegToRad;
}

inline double length(const QPointF& v)
{
    return std::hypot(v.x(), v.y());
}

inline size_t index(Joint joint)
{
    return static_cast<size_t>(joint);
}

// The joint of limb `side` (0: A, 1: B) that is `sideAJoint` on side A.
inline Joint limbJoint(Joint sideAJoint, int side)
{
    return static_cast<Joint>(static_cast<int>(sideAJoint) + side * Skeleton::LimbJointsPerSide);
}

// `angle`, turned by whole turns to lie within half a turn of `reference`.
inline double near(double angle, double reference)
{
    return reference + std::remainder(angle - reference, 360.0);
}

inline QPointF catmullRom(const QPointF& p0, const QPointF& p1, const QPointF& p2, const QPointF& p3, double t)
{
    const double t2 = t * t;
    const double t3 = t2 * t;
    return 0.5 * (2 * p1 + (p2 - p0) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2 + (3 * p1 - p0 - 3 * p2 + p3) * t3);
}

inline QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

inline QColor withAlpha(QColor colour, double alpha)
{
    colour.setAlphaF(static_cast<float>(std::clamp(alpha, 0.0, 1.0)));
    return colour;
}

// The line a movement hint follows, in scene units; `tip` and `endAngle` say
// where it ends and which way it points there, for the arrow head.
inline QPainterPath arrowPath(const Arrow& arrow, const SolvedFigure& figure, QPointF* tip, double* endAngle)
{
    QPainterPath path;
    QPointF point = figure.at(arrow.joint) + arrow.offset;
    path.moveTo(point);
    constexpr int Steps = 16;
    const double step = arrow.length / Steps;
    double angle = arrow.angle;
    for (int i = 0; i < Steps; ++i) {
        angle = arrow.angle + arrow.turn * (i + 0.5) / Steps;
        point += dir(angle) * step;
        path.lineTo(point);
    }
    *tip = point;
    *endAngle = arrow.angle + arrow.turn;
    return path;
}

} // namespace limber::figure
