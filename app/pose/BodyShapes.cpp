#include "pose/BodyShapes.h"

#include "pose/FigureGeometry.h"

#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace limber {

using namespace figure;

namespace {

// A smooth outline around a centre line whose thickness varies, with round
// ends: one polygon, so a gap can be cut around it in a single stroke.
QPainterPath tube(const QList<QPointF>& points, const QList<double>& radii)
{
    const qsizetype n = points.size();
    QList<QPointF> tangents(n);
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF d = points.at(std::min(i + 1, n - 1)) - points.at(std::max<qsizetype>(i - 1, 0));
        const double l = length(d);
        tangents[i] = l > 1e-9 ? d / l : QPointF(0, 1);
    }
    auto normal = [&](qsizetype i) { return QPointF(-tangents.at(i).y(), tangents.at(i).x()); };
    constexpr int CapSteps = 10;
    QPolygonF outline;
    for (qsizetype i = 0; i < n; ++i)
        outline << points.at(i) + normal(i) * radii.at(i);
    for (int k = 1; k < CapSteps; ++k) {
        const double a = std::numbers::pi * k / CapSteps;
        outline << points.at(n - 1)
                + (normal(n - 1) * std::cos(a) + tangents.at(n - 1) * std::sin(a)) * radii.at(n - 1);
    }
    for (qsizetype i = n - 1; i >= 0; --i)
        outline << points.at(i) - normal(i) * radii.at(i);
    for (int k = 1; k < CapSteps; ++k) {
        const double a = std::numbers::pi * k / CapSteps;
        outline << points.at(0) - (normal(0) * std::cos(a) + tangents.at(0) * std::sin(a)) * radii.at(0);
    }
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    path.addPolygon(outline);
    path.closeSubpath();
    return path;
}

QPainterPath capsule(const QPointF& a, const QPointF& b, double ra, double rb)
{
    return tube({a, b}, {ra, rb});
}

} // namespace

QList<BodyPart> BodyShapes::parts() const
{
    QList<BodyPart> back;
    QList<BodyPart> front;
    for (int side = 1; side >= 0; --side) {
        const bool nearSide = m_view != FigureView::Side || side == 0;
        const QColor colour = nearSide ? m_colours.figure : m_colours.farLimb;
        const LimbPose& legPose = m_pose.legs[static_cast<size_t>(side)];
        // Legs hang behind the trunk in front view; near legs cross it in side view.
        const bool legInFront = legPose.inFront.value_or(m_view == FigureView::Side && side == 0);
        (legInFront ? front : back).append({leg(side, 0), leg(side, PartGap), colour});
    }
    for (int side = 1; side >= 0; --side) {
        const bool nearSide = m_view != FigureView::Side || side == 0;
        const QColor colour = nearSide ? m_colours.figure : m_colours.farLimb;
        const LimbPose& armPose = m_pose.arms[static_cast<size_t>(side)];
        const bool armInFront = armPose.inFront.value_or(nearSide);
        (armInFront ? front : back).append({arm(side, 0), arm(side, PartGap), colour});
    }
    QList<BodyPart> result = back;
    if (m_view == FigureView::Side)
        result.append({sideTorso(0), sideTorso(PartGap), m_colours.figure});
    else // no gap: the legs hang behind and should join the body seamlessly
        result.append({frontTorso(), {}, m_colours.figure});
    result.append({neck(), {}, m_colours.figure});
    // A thin gap keeps the head readable when the chin rests on the chest.
    result.append({head(0), head(PartGap), m_colours.figure});
    result.append(front);
    return result;
}

QPainterPath BodyShapes::limb(Joint rootOnSideA, int side, const std::array<double, 6>& radii) const
{
    const int root = static_cast<int>(limbJoint(rootOnSideA, side));
    const QPointF upper = at(static_cast<Joint>(root));
    const QPointF middle = at(static_cast<Joint>(root + 1));
    const QPointF end = at(static_cast<Joint>(root + 2));
    const QPointF tip = at(static_cast<Joint>(root + 3));
    QPainterPath path = capsule(upper, middle, radii[0], radii[1]);
    path.addPath(capsule(middle, end, radii[2], radii[3]));
    path.addPath(capsule(end, tip, radii[4], radii[5]));
    return path;
}

QPainterPath BodyShapes::leg(int side, double grow) const
{
    return limb(Joint::HipA, side,
                {m_p.thighWidth / 2 + grow, m_p.shinWidth / 2 * 1.1 + grow, m_p.shinWidth / 2 + grow,
                 m_p.footWidth / 2 + grow, m_p.footWidth / 2 + grow, m_p.footWidth / 2 * 0.8 + grow});
}

QPainterPath BodyShapes::arm(int side, double grow) const
{
    return limb(Joint::ShoulderA, side,
                {m_p.upperArmWidth / 2 + grow, m_p.forearmWidth / 2 * 1.05 + grow, m_p.forearmWidth / 2 + grow,
                 m_p.handWidth / 2 * 0.85 + grow, m_p.handWidth / 2 * 0.9 + grow, m_p.handWidth / 2 + grow});
}

QPainterPath BodyShapes::sideTorso(double grow) const
{
    // A smooth spine through tailbone, hip, waist and the base of the neck,
    // thick at the buttocks and chest, slimmer at the waist.
    const QList<QPointF> keys {at(Joint::Tail), at(Joint::Pelvis), at(Joint::Waist), at(Joint::Neck)};
    const double w = m_p.torsoWidth / 2;
    const QList<double> keyRadii {w * 0.78, w, w * 0.86, w * 0.78};
    QList<QPointF> points;
    QList<double> radii;
    constexpr int Steps = 8;
    for (qsizetype i = 0; i + 1 < keys.size(); ++i) {
        const QPointF p0 = i > 0 ? keys.at(i - 1) : 2 * keys.at(0) - keys.at(1);
        const QPointF p3 = i + 2 < keys.size() ? keys.at(i + 2) : 2 * keys.at(i + 1) - keys.at(i);
        for (int s = 0; s < Steps; ++s) {
            const double t = static_cast<double>(s) / Steps;
            points << catmullRom(p0, keys.at(i), keys.at(i + 1), p3, t);
            // Chest is fullest two thirds of the way up the upper spine.
            const double r0 = keyRadii.at(i);
            const double r1 = keyRadii.at(i + 1);
            double r = r0 + (r1 - r0) * t;
            if (i == 2)
                r += w * 0.28 * std::sin(std::numbers::pi * t);
            radii << r + grow;
        }
    }
    points << keys.last();
    radii << keyRadii.last() + grow;
    return tube(points, radii);
}

QPainterPath BodyShapes::frontTorso() const
{
    // A soft outline through shoulders, armpits, waist and hips, smoothed
    // as a closed curve so it reads as a body rather than a box.
    const QPointF up = dir(m_pose.upperSpine);
    const QPointF right = dir(m_pose.upperSpine + 90);
    const QPointF waistRight = dir(m_pose.lowerSpine + 90);
    const QPointF hipRight = dir(m_pose.pelvis + 90);
    const QPointF hipUp = dir(m_pose.pelvis);
    const QPointF neck = at(Joint::Neck);
    const QPointF waist = at(Joint::Waist);
    const QPointF pelvis = at(Joint::Pelvis);
    const QPointF shoulderA = at(Joint::ShoulderA);
    const QPointF shoulderB = at(Joint::ShoulderB);
    const double hip = m_p.hipHalfWidth + 2.9;
    // The slope from neck to shoulder rises with a shrug.
    const QPointF trapezius = up * (0.6 + 0.75 * std::max(0.0, m_pose.shoulderShift.y()));
    const QList<QPointF> keys {
        neck + right * 2.6 + trapezius,
        shoulderB + up * 1.6 - right * 1.2,
        shoulderB + right * 1.2 - up * 1.5,
        shoulderB - up * 6.5 - right * 0.2,
        waist + waistRight * m_p.waistHalfWidth,
        pelvis + hipRight * hip + hipUp * 1.5,
        pelvis + hipRight * (hip - 1.5) - hipUp * 3.5,
        pelvis - hipUp * 4.5,
        pelvis - hipRight * (hip - 1.5) - hipUp * 3.5,
        pelvis - hipRight * hip + hipUp * 1.5,
        waist - waistRight * m_p.waistHalfWidth,
        shoulderA - up * 6.5 + right * 0.2,
        shoulderA - right * 1.2 - up * 1.5,
        shoulderA + up * 1.6 + right * 1.2,
        neck - right * 2.6 + trapezius,
    };
    QPolygonF outline;
    const qsizetype n = keys.size();
    constexpr int Steps = 6;
    for (qsizetype i = 0; i < n; ++i)
        for (int step = 0; step < Steps; ++step)
            outline << catmullRom(keys.at((i + n - 1) % n), keys.at(i), keys.at((i + 1) % n), keys.at((i + 2) % n),
                                  static_cast<double>(step) / Steps);
    QPainterPath path;
    path.addPolygon(outline);
    path.closeSubpath();
    return path;
}

QPainterPath BodyShapes::neck() const
{
    const double r = m_p.neckWidth / 2;
    return capsule(at(Joint::Neck), at(Joint::NeckTop), r * 1.1, r);
}

QPainterPath BodyShapes::head(double grow) const
{
    const QPointF centre = at(Joint::Head);
    const double r = m_p.headRadius + grow;
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    path.addEllipse(centre, r, r);
    if (m_view == FigureView::Side) {
        // A small nose tells which way the face points: down to the chest, up to the sky.
        const double face = m_pose.head + 90;
        const QPointF tip = centre + dir(face - 8) * (r + 1.3);
        QPolygonF nose;
        nose << centre + dir(face + 5) * (r - 0.4) << tip << centre + dir(face - 40) * (r - 0.4);
        // Winding fill joins the two; no boolean union needed, as nothing strokes this outline.
        path.addPolygon(nose);
        path.closeSubpath();
    }
    return path;
}

} // namespace limber
