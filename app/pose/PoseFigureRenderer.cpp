#include "pose/PoseFigureRenderer.h"

#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QRadialGradient>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace limber {

namespace {

constexpr double DegToRad = std::numbers::pi / 180.0;
constexpr int LimbStride = static_cast<int>(Joint::ShoulderB) - static_cast<int>(Joint::ShoulderA);

// Transparent gap around overlapping parts, in scene units: it keeps an arm
// readable in front of the chest without outlining everything.
constexpr double PartGap = 1.1;

QPointF dir(double degrees)
{
    const double r = degrees * DegToRad;
    return {std::sin(r), std::cos(r)};
}

double angleOf(const QPointF& v)
{
    return std::atan2(v.x(), v.y()) / DegToRad;
}

double length(const QPointF& v)
{
    return std::hypot(v.x(), v.y());
}

size_t index(Joint joint)
{
    return static_cast<size_t>(joint);
}

Joint limbJoint(Joint sideAJoint, int side)
{
    return static_cast<Joint>(static_cast<int>(sideAJoint) + side * LimbStride);
}

bool isLegJoint(Joint joint)
{
    for (int side = 0; side < 2; ++side)
        for (Joint j : {Joint::HipA, Joint::KneeA, Joint::AnkleA, Joint::ToeA})
            if (joint == limbJoint(j, side))
                return true;
    return false;
}

// `angle`, turned by whole turns to lie within half a turn of `reference`.
double near(double angle, double reference)
{
    return reference + std::remainder(angle - reference, 360.0);
}

struct TwoBone {
    double upper = 0;
    double lower = 0;
};

TwoBone solveTwoBone(const QPointF& root, const QPointF& target, double upperLength, double lowerLength,
                     int bend)
{
    const QPointF v = target - root;
    const double d = std::clamp(length(v), std::abs(upperLength - lowerLength) + 1e-3,
                                upperLength + lowerLength - 1e-3);
    const double base = angleOf(v);
    const double cosine = std::clamp((upperLength * upperLength + d * d - lowerLength * lowerLength)
                                         / (2 * upperLength * d),
                                     -1.0, 1.0);
    const double upper = base + bend * std::acos(cosine) / DegToRad;
    const QPointF middle = root + dir(upper) * upperLength;
    const QPointF end = root + dir(base) * d;
    return {upper, angleOf(end - middle)};
}

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

QPointF catmullRom(const QPointF& p0, const QPointF& p1, const QPointF& p2, const QPointF& p3, double t)
{
    const double t2 = t * t;
    const double t3 = t2 * t;
    return 0.5 * (2 * p1 + (p2 - p0) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2 + (3 * p1 - p0 - 3 * p2 + p3) * t3);
}

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QColor withAlpha(QColor colour, double alpha)
{
    colour.setAlphaF(static_cast<float>(std::clamp(alpha, 0.0, 1.0)));
    return colour;
}

// One drawn piece of the body. `gap` is the same shape grown by PartGap; it is
// cut out of what lies behind before the part is drawn. Empty: no gap.
//
// The gap is built as its own outline rather than stroked around `path`: a
// wide round-joined stroke of these many-sided outlines cost about six times
// the rest of the figure, every frame.
struct Part {
    QPainterPath path;
    QPainterPath gap;
    QColor colour;
};

class FigureBuilder final {
public:
    FigureBuilder(const SolvedFigure& figure, const Pose& pose, FigureView view,
                  const FigureProportions& p, const FigureColours& colours)
        : m_figure(figure), m_pose(pose), m_view(view), m_p(p), m_colours(colours)
    {
    }

    QList<Part> parts() const
    {
        QList<Part> back;
        QList<Part> front;
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
        QList<Part> result = back;
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

private:
    QPointF at(Joint joint) const { return m_figure.at(joint); }

    // The shapes below take `grow`: how much wider than the body to make them
    // all round (0 for the body itself, PartGap for the gap cut around it).

    QPainterPath leg(int side, double grow) const
    {
        const QPointF hip = at(limbJoint(Joint::HipA, side));
        const QPointF knee = at(limbJoint(Joint::KneeA, side));
        const QPointF ankle = at(limbJoint(Joint::AnkleA, side));
        const QPointF toe = at(limbJoint(Joint::ToeA, side));
        QPainterPath path = capsule(hip, knee, m_p.thighWidth / 2 + grow, m_p.shinWidth / 2 * 1.1 + grow);
        path.addPath(capsule(knee, ankle, m_p.shinWidth / 2 + grow, m_p.footWidth / 2 + grow));
        path.addPath(capsule(ankle, toe, m_p.footWidth / 2 + grow, m_p.footWidth / 2 * 0.8 + grow));
        return path;
    }

    QPainterPath arm(int side, double grow) const
    {
        const QPointF shoulder = at(limbJoint(Joint::ShoulderA, side));
        const QPointF elbow = at(limbJoint(Joint::ElbowA, side));
        const QPointF wrist = at(limbJoint(Joint::WristA, side));
        const QPointF hand = at(limbJoint(Joint::HandA, side));
        QPainterPath path = capsule(shoulder, elbow, m_p.upperArmWidth / 2 + grow, m_p.forearmWidth / 2 * 1.05 + grow);
        path.addPath(capsule(elbow, wrist, m_p.forearmWidth / 2 + grow, m_p.handWidth / 2 * 0.85 + grow));
        path.addPath(capsule(wrist, hand, m_p.handWidth / 2 * 0.9 + grow, m_p.handWidth / 2 + grow));
        return path;
    }

    QPainterPath sideTorso(double grow) const
    {
        // A smooth spine through tailbone, hip, waist and the base of the neck,
        // thick at the buttocks and chest, slimmer at the waist.
        const QList<QPointF> keys{at(Joint::Tail), at(Joint::Pelvis), at(Joint::Waist), at(Joint::Neck)};
        const double w = m_p.torsoWidth / 2;
        const QList<double> keyRadii{w * 0.78, w, w * 0.86, w * 0.78};
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

    QPainterPath frontTorso() const
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
        const QList<QPointF> keys{
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
                outline << catmullRom(keys.at((i + n - 1) % n), keys.at(i), keys.at((i + 1) % n),
                                      keys.at((i + 2) % n), static_cast<double>(step) / Steps);
        QPainterPath path;
        path.addPolygon(outline);
        path.closeSubpath();
        return path;
    }

    QPainterPath neck() const
    {
        const double r = m_p.neckWidth / 2;
        return capsule(at(Joint::Neck), at(Joint::NeckTop), r * 1.1, r);
    }

    QPainterPath head(double grow) const
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

    const SolvedFigure& m_figure;
    const Pose& m_pose;
    FigureView m_view;
    const FigureProportions& m_p;
    const FigureColours& m_colours;
};

QPainterPath arrowPath(const Arrow& arrow, const SolvedFigure& figure, QPointF* tip, double* endAngle)
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

void paintProp(QPainter& painter, const Prop& prop, FigureView view, const FigureColours& colours)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(colours.prop);
    if (prop.type == Prop::Type::Mat) {
        painter.drawRoundedRect(QRectF(prop.x, 0, prop.width, 1.4), 0.7, 0.7);
        return;
    }
    const double seat = prop.height;
    const double thickness = 2.2;
    const double left = prop.x;
    const double right = prop.x + prop.width;
    painter.drawRoundedRect(QRectF(left, seat - thickness, prop.width, thickness), 1, 1);
    QPen leg(colours.prop, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(leg);
    painter.setBrush(Qt::NoBrush);
    const double inset = 1.5;
    painter.drawLine(QPointF(left + inset, seat - thickness), QPointF(left + inset - 0.5, 0.5));
    painter.drawLine(QPointF(right - inset, seat - thickness), QPointF(right - inset + 0.5, 0.5));
    if (prop.type == Prop::Type::Chair && prop.back > 0) {
        if (view == FigureView::Side) {
            // The backrest stands behind the sitter and leans back a little.
            QPen back(colours.prop, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
            painter.setPen(back);
            painter.drawLine(QPointF(left + 0.6, seat - thickness / 2), QPointF(left - 2.2, seat + prop.back));
        } else {
            painter.setPen(Qt::NoPen);
            painter.setBrush(colours.prop);
            painter.drawRoundedRect(QRectF(left + 1, seat, prop.width - 2, prop.back), 1.5, 1.5);
        }
    }
}

} // namespace

FigureColours FigureColours::fromPalette(const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor base = palette.color(QPalette::Base);
    FigureColours colours;
    colours.figure = mix(text, base, 0.28);
    colours.farLimb = mix(text, base, 0.55);
    colours.prop = mix(text, base, 0.78);
    colours.floor = mix(text, base, 0.62);
    colours.glow = palette.color(QPalette::Highlight);
    // The arrow needs more contrast than the soft glow: a touch of text colour.
    colours.arrow = mix(palette.color(QPalette::Highlight), text, 0.15);
    return colours;
}

SolvedFigure PoseFigureRenderer::solve(const Pose& pose, FigureView view, const FigureProportions& p)
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
            set(limbJoint(Joint::ShoulderA, side),
                shoulderBase + dir(pose.upperSpine + 90) * pose.shoulderShift.x(), pose.upperSpine);
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
            || (!isLegJoint(pose.anchor.joint) && !(pose.blendAnchor && isLegJoint(pose.blendAnchor->joint)));
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
        limb(pose.arms[static_cast<size_t>(side)], limbJoint(Joint::ShoulderA, side), p.upperArm, p.forearm,
             p.hand);
    for (QPointF& point : f.points)
        point += *shift;
    return f;
}

QRectF PoseFigureRenderer::sceneBounds(const ExerciseArt& art) const
{
    const auto cached = m_bounds.constFind(art.id);
    if (cached != m_bounds.constEnd())
        return cached.value();
    const FigureProportions& p = m_library.proportions();
    QRectF bounds(QPointF(0, 0), QSizeF(0.01, 0.01));
    auto include = [&bounds](const QPointF& point, double radius) {
        bounds = bounds.united(QRectF(point - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius)));
    };
    for (const Pose& pose : art.poses) {
        const SolvedFigure figure = solve(pose, art.view, p);
        for (int j = 0; j < JointCount; ++j)
            include(figure.points[static_cast<size_t>(j)], p.torsoWidth / 2);
        include(figure.at(Joint::Head), p.headRadius + 1.5);
        for (const Arrow& arrow : pose.arrows) {
            QPointF tip;
            double angle = 0;
            const QPainterPath path = arrowPath(arrow, figure, &tip, &angle);
            bounds = bounds.united(path.boundingRect().adjusted(-2.5, -2.5, 2.5, 2.5));
        }
    }
    for (const Prop& prop : art.props) {
        const double top = prop.type == Prop::Type::Mat ? 1.4 : prop.height + prop.back;
        bounds = bounds.united(QRectF(prop.x - 3, 0, prop.width + 6, top));
    }
    bounds.adjust(-4, -3, 4, 4);
    m_bounds.insert(art.id, bounds);
    return bounds;
}

QTransform PoseFigureRenderer::sceneToTarget(const QRectF& target, const ExerciseArt& art, bool mirrored) const
{
    const QRectF bounds = sceneBounds(art);
    const double scale = std::min(target.width() / bounds.width(), target.height() / bounds.height());
    // Scene to target: y up becomes y down; a mirror reflects about the target's centre.
    QTransform toTarget;
    toTarget.translate(target.center().x(), target.center().y());
    toTarget.scale(mirrored ? -scale : scale, -scale);
    toTarget.translate(-bounds.center().x(), -bounds.center().y());
    return toTarget;
}

FigureFootprint PoseFigureRenderer::footprint(const QRectF& target, const ExerciseArt& art, const Pose& pose,
                                              bool mirrored) const
{
    if (target.isEmpty())
        return {};
    return footprintOf(solve(pose, art.view, m_library.proportions()), sceneToTarget(target, art, mirrored), target,
                       art, pose);
}

FigureFootprint PoseFigureRenderer::footprintOf(const SolvedFigure& figure, const QTransform& toTarget,
                                                const QRectF& target, const ExerciseArt& art, const Pose& pose) const
{
    FigureFootprint result;
    const FigureProportions& p = m_library.proportions();
    // Every body part lies within the widest part's reach of its joints (the
    // head with its nose is the widest), each glow within its radius, each
    // arrow along its path. A pixel more all round for antialiasing.
    const double scale = std::abs(toTarget.m22());
    const double reach = std::max(p.torsoWidth * 0.6, p.headRadius + 1.3) + PartGap;
    result.reach = reach * scale + 1;
    QRectF bounds;
    auto circle = [](const QPointF& centre, double radius) {
        return QRectF(centre - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius));
    };
    for (size_t j = 0; j < figure.points.size(); ++j) {
        result.points[j] = toTarget.map(figure.points[j]);
        bounds = bounds.united(circle(result.points[j], result.reach));
    }
    for (const GlowSpot& spot : art.glows) {
        QPointF centre;
        for (Joint joint : spot.joints)
            centre += figure.at(joint);
        result.glowBounds.append(circle(toTarget.map(centre / static_cast<double>(spot.joints.size())),
                                        spot.radius * scale + 1));
        bounds = bounds.united(result.glowBounds.constLast());
    }
    for (const Arrow& arrow : pose.arrows) {
        QPointF tip;
        double angle = 0;
        const QRectF path = arrowPath(arrow, figure, &tip, &angle).boundingRect().adjusted(-2.5, -2.5, 2.5, 2.5);
        result.arrowBounds.append(toTarget.mapRect(path).adjusted(-1, -1, 1, 1));
        result.arrowOpacities.append(arrow.opacity);
        bounds = bounds.united(result.arrowBounds.constLast());
    }
    result.glow = pose.glow;
    result.bounds = bounds.intersected(target);
    return result;
}

QRectF FigureFootprint::changedBounds(const FigureFootprint& other) const
{
    // Bones of the figure, and the spans across the front torso's outline
    // (shoulder to waist, hip to waist) that its curve follows.
    static constexpr std::pair<Joint, Joint> Bones[] = {
        {Joint::Tail, Joint::Pelvis},     {Joint::Pelvis, Joint::Waist},     {Joint::Waist, Joint::Neck},
        {Joint::Neck, Joint::NeckTop},    {Joint::NeckTop, Joint::Head},
        {Joint::Neck, Joint::ShoulderA},  {Joint::ShoulderA, Joint::ElbowA}, {Joint::ElbowA, Joint::WristA},
        {Joint::WristA, Joint::HandA},    {Joint::Pelvis, Joint::HipA},      {Joint::HipA, Joint::KneeA},
        {Joint::KneeA, Joint::AnkleA},    {Joint::AnkleA, Joint::ToeA},      {Joint::ShoulderA, Joint::Waist},
        {Joint::HipA, Joint::Waist},
        {Joint::Neck, Joint::ShoulderB},  {Joint::ShoulderB, Joint::ElbowB}, {Joint::ElbowB, Joint::WristB},
        {Joint::WristB, Joint::HandB},    {Joint::Pelvis, Joint::HipB},      {Joint::HipB, Joint::KneeB},
        {Joint::KneeB, Joint::AnkleB},    {Joint::AnkleB, Joint::ToeB},      {Joint::ShoulderB, Joint::Waist},
        {Joint::HipB, Joint::Waist},
    };
    auto moved = [&](Joint joint) { return points[index(joint)] != other.points[index(joint)]; };
    auto spanOf = [](const QPointF& a, const QPointF& b) { return QRectF(a, b).normalized(); };
    QRectF changed;
    for (const auto& [a, b] : Bones) {
        if (!moved(a) && !moved(b))
            continue;
        const QRectF before = spanOf(points[index(a)], points[index(b)]).adjusted(-reach, -reach, reach, reach);
        const QRectF after = spanOf(other.points[index(a)], other.points[index(b)])
                                 .adjusted(-other.reach, -other.reach, other.reach, other.reach);
        changed = changed.united(before).united(after);
    }
    const bool glowChanged = glow != other.glow || glowBounds != other.glowBounds;
    if (glowChanged) {
        for (const QRectF& spot : glowBounds)
            changed = changed.united(spot);
        for (const QRectF& spot : other.glowBounds)
            changed = changed.united(spot);
    }
    if (arrowOpacities != other.arrowOpacities || arrowBounds != other.arrowBounds) {
        for (const QRectF& arrow : arrowBounds)
            changed = changed.united(arrow);
        for (const QRectF& arrow : other.arrowBounds)
            changed = changed.united(arrow);
    }
    return changed;
}

bool FigureFootprint::looksLike(const FigureFootprint& other, double pixels) const
{
    // Fades are seen as a whole, not level by level: a glow or an arrow that
    // fades over a few seconds looks the same drawn in steps of a few 8-bit
    // levels as in steps of one, and costs a fraction of the repaints. (The
    // glow is drawn at about half strength, so its step on screen is half.)
    constexpr double OpacityStep = 6.0 / 255;
    constexpr double GlowStep = 8.0 / 255;
    if (arrowOpacities.size() != other.arrowOpacities.size() || std::abs(glow - other.glow) >= GlowStep)
        return false;
    for (qsizetype i = 0; i < arrowOpacities.size(); ++i)
        if (std::abs(arrowOpacities.at(i) - other.arrowOpacities.at(i)) >= OpacityStep)
            return false;
    for (size_t j = 0; j < points.size(); ++j)
        if (length(points[j] - other.points[j]) >= pixels)
            return false;
    return true;
}

const QImage& PoseFigureRenderer::stage(const QRectF& target, const ExerciseArt& art, bool mirrored,
                                        const FigureColours& colours, qreal dpr) const
{
    const QRect area = target.toAlignedRect();
    const QSize size = (QSizeF(area.size()) * dpr).toSize();
    if (m_stage.exerciseId == art.id && m_stage.mirrored == mirrored && m_stage.floor == colours.floor.rgba()
        && m_stage.prop == colours.prop.rgba() && m_stage.image.size() == size
        && m_stage.image.devicePixelRatio() == dpr)
        return m_stage.image;
    m_stage = {art.id, mirrored, colours.floor.rgba(), colours.prop.rgba(),
               QImage(size, QImage::Format_ARGB32_Premultiplied)};
    m_stage.image.setDevicePixelRatio(dpr);
    m_stage.image.fill(Qt::transparent);
    QPainter painter(&m_stage.image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(-area.topLeft());
    const QTransform toTarget = sceneToTarget(target, art, mirrored);
    const double scale = std::abs(toTarget.m22());

    // Floor: fades out at both ends so it reads as ground, not as a box edge.
    const double floorY = toTarget.map(QPointF(0, 0)).y();
    QLinearGradient floorFade(target.left(), 0, target.right(), 0);
    floorFade.setColorAt(0, withAlpha(colours.floor, 0));
    floorFade.setColorAt(0.12, colours.floor);
    floorFade.setColorAt(0.88, colours.floor);
    floorFade.setColorAt(1, withAlpha(colours.floor, 0));
    painter.setPen(QPen(QBrush(floorFade), std::max(1.0, 0.9 * scale), Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(QPointF(target.left(), floorY), QPointF(target.right(), floorY));

    painter.setTransform(toTarget, true);
    for (const Prop& prop : art.props)
        paintProp(painter, prop, art.view, colours);
    return m_stage.image;
}

const QImage& PoseFigureRenderer::glowSprite(int side, double fraction, const QColor& colour, qreal dpr) const
{
    for (const GlowSprite& sprite : std::as_const(m_glowSprites))
        if (sprite.side == side && sprite.fraction == fraction && sprite.colour == colour.rgba()
            && sprite.image.devicePixelRatio() == dpr)
            return sprite.image;
    // A few sizes at most are alive at once (the session view, a card, a
    // resize in between); forget them all when that is passed.
    constexpr qsizetype MaxSprites = 8;
    if (m_glowSprites.size() >= MaxSprites)
        m_glowSprites.clear();
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        const QPointF centre(side / 2.0, side / 2.0);
        QRadialGradient gradient(centre, side / 2.0 * fraction);
        gradient.setColorAt(0, colour);
        gradient.setColorAt(0.55, withAlpha(colour, colour.alphaF() * 0.45));
        gradient.setColorAt(1, withAlpha(colour, 0));
        painter.setPen(Qt::NoPen);
        painter.setBrush(gradient);
        painter.drawEllipse(centre, side / 2.0, side / 2.0);
    }
    image.setDevicePixelRatio(dpr);
    m_glowSprites.append({side, fraction, colour.rgba(), image});
    return m_glowSprites.constLast().image;
}

void PoseFigureRenderer::paint(QPainter& painter, const QRectF& target, const ExerciseArt& art,
                               const Pose& pose, bool mirrored, const QPalette& palette,
                               const QRectF& exposed) const
{
    if (target.isEmpty())
        return;
    const FigureProportions& p = m_library.proportions();
    const FigureColours colours = FigureColours::fromPalette(palette);
    const QTransform toTarget = sceneToTarget(target, art, mirrored);
    const double scale = std::abs(toTarget.m22());
    const SolvedFigure figure = solve(pose, art.view, p);

    const qreal dpr = painter.device() ? painter.device()->devicePixelRatio() : 1.0;
    painter.save();
    painter.drawImage(target.toAlignedRect().topLeft(), stage(target, art, mirrored, colours, dpr));

    // The glow spots, in target coordinates: centre and radius.
    QList<QPair<QPointF, double>> glowSpots;
    for (const GlowSpot& spot : art.glows) {
        QPointF centre;
        for (Joint joint : spot.joints)
            centre += figure.at(joint);
        centre /= static_cast<double>(spot.joints.size());
        glowSpots.append({toTarget.map(centre), spot.radius * scale});
    }
    // Blits a glow sprite centred on `centre`, its top-left corner on a whole
    // device pixel so the blit is a plain copy. A soft glow a fraction of a
    // pixel off cannot be seen.
    auto drawGlow = [&](QPainter& onto, const QPointF& centre, double radius, double fraction, double alpha) {
        const int side = std::max(2, static_cast<int>(std::ceil(2 * radius * dpr)));
        const QImage& sprite = glowSprite(side, fraction, withAlpha(colours.glow, alpha), dpr);
        const QPointF corner = centre - QPointF(side, side) / (2 * dpr);
        const QPointF at(std::round(corner.x() * dpr) / dpr, std::round(corner.y() * dpr) / dpr);
        if (onto.compositionMode() == QPainter::CompositionMode_SourceOver) {
            onto.drawImage(at, sprite);
            return;
        }
        // Other modes blend row by row, and Qt 6 hands a blend of more than
        // about a hundred rows to its GUI thread pool; in bands of fewer rows
        // it stays on this thread, which for a sprite this small is cheaper.
        constexpr int BandRows = 64;
        for (int row = 0; row < sprite.height(); row += BandRows) {
            const QRect band(0, row, sprite.width(), std::min(BandRows, sprite.height() - row));
            onto.drawImage(at + QPointF(0, row / dpr), sprite, band);
        }
    };
    // The glow sits under the body as a soft halo...
    if (pose.glow > 0) {
        painter.setOpacity(painter.opacity() * std::min(pose.glow, 1.0));
        for (const auto& [centre, radius] : glowSpots)
            drawGlow(painter, centre, radius, 1.0, 0.55);
    }
    painter.restore();

    // The body is drawn on its own layer so the gaps between overlapping parts
    // are truly transparent, whatever lies behind. The layer covers just the
    // exposed part of the figure: the rasteriser skips what lies outside its
    // device, which a clip alone would not make it do.
    QRectF wanted = footprintOf(figure, toTarget, target, art, pose).bounds;
    if (!exposed.isEmpty())
        wanted = wanted.intersected(exposed);
    const QRect layerRect = wanted.toAlignedRect().intersected(target.toAlignedRect());
    if (layerRect.isEmpty())
        return;
    const QSize fullSize = (QSizeF(target.toAlignedRect().size()) * dpr).toSize();
    if (m_layer.size() != fullSize)
        m_layer = QImage(fullSize, QImage::Format_ARGB32_Premultiplied);
    // A view of the kept memory the size of the layer; its origin is the layer's corner.
    const QRect inDevice = QRect((QPointF(layerRect.topLeft() - target.toAlignedRect().topLeft()) * dpr).toPoint(),
                                 (QSizeF(layerRect.size()) * dpr).toSize())
                               .intersected(m_layer.rect());
    QImage layer(m_layer.bits() + inDevice.y() * m_layer.bytesPerLine() + inDevice.x() * 4, inDevice.width(),
                 inDevice.height(), m_layer.bytesPerLine(), QImage::Format_ARGB32_Premultiplied);
    layer.setDevicePixelRatio(dpr);
    layer.fill(Qt::transparent);
    const QPointF origin = layerRect.topLeft();
    {
        QPainter body(&layer);
        body.setRenderHint(QPainter::Antialiasing);
        body.translate(-origin);
        body.setTransform(toTarget, true);
        body.setPen(Qt::NoPen);
        const QRectF inScene = toTarget.inverted().mapRect(QRectF(layerRect));
        const QList<Part> parts = FigureBuilder(figure, pose, art.view, p, colours).parts();
        QList<QRectF> drawn; // bounds of the parts already on the layer
        for (const Part& part : parts) {
            const QRectF partBounds = part.path.controlPointRect();
            if (!partBounds.intersects(inScene) && (part.gap.isEmpty() || !part.gap.controlPointRect().intersects(inScene)))
                continue; // nothing of it is on the layer
            // A gap over empty layer would cut nothing: skip the fill.
            const QRectF gapBounds = part.gap.isEmpty() ? QRectF() : part.gap.controlPointRect();
            const bool cuts = std::any_of(drawn.cbegin(), drawn.cend(),
                                          [&gapBounds](const QRectF& bounds) { return bounds.intersects(gapBounds); });
            drawn.append(partBounds);
            if (cuts) {
                // Source with transparent cuts exactly like DestinationOut with
                // black (edge pixels keep what the coverage leaves), but Qt
                // fills it inline; other modes go through the generic span
                // path, which Qt 6 splits over its GUI thread pool.
                body.setCompositionMode(QPainter::CompositionMode_Source);
                body.setBrush(Qt::transparent);
                body.drawPath(part.gap);
                body.setCompositionMode(QPainter::CompositionMode_SourceOver);
            }
            body.setBrush(part.colour);
            body.drawPath(part.path);
        }
        // ...and tints the targeted part of the body itself.
        if (pose.glow > 0) {
            body.resetTransform();
            body.translate(-origin);
            body.setCompositionMode(QPainter::CompositionMode_SourceAtop);
            body.setOpacity(std::min(pose.glow, 1.0));
            for (const auto& [centre, radius] : glowSpots)
                drawGlow(body, centre, radius, 0.9, 0.6);
        }
    }
    painter.drawImage(origin, layer);

    for (const Arrow& arrow : pose.arrows) {
        if (arrow.opacity <= 0.01)
            continue;
        QPointF tip;
        double angle = 0;
        const QPainterPath path = arrowPath(arrow, figure, &tip, &angle);
        QPolygonF head;
        head << tip + dir(angle) * 2.4 << tip + dir(angle + 90) * 1.9 << tip + dir(angle - 90) * 1.9;
        auto drawArrow = [&](QPainter& onto) {
            onto.setRenderHint(QPainter::Antialiasing);
            onto.setTransform(toTarget, true);
            onto.setPen(QPen(colours.arrow, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            onto.setBrush(Qt::NoBrush);
            onto.drawPath(path);
            onto.setPen(QPen(colours.arrow, 0.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            onto.setBrush(colours.arrow);
            onto.drawPolygon(head);
        };
        if (arrow.opacity >= 1.0) {
            painter.save();
            drawArrow(painter);
            painter.restore();
            continue;
        }
        // A fading arrow is drawn opaque on a scratch layer and blitted at its
        // opacity: a translucent stroke would go to Qt's GUI thread pool.
        const QRect area = toTarget.mapRect(path.boundingRect().adjusted(-2.5, -2.5, 2.5, 2.5))
                               .toAlignedRect()
                               .intersected(target.toAlignedRect());
        if (area.isEmpty())
            continue;
        QImage scratch((QSizeF(area.size()) * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
        scratch.setDevicePixelRatio(dpr);
        scratch.fill(Qt::transparent);
        {
            QPainter onto(&scratch);
            onto.translate(-area.topLeft());
            drawArrow(onto);
        }
        painter.save();
        painter.setOpacity(painter.opacity() * arrow.opacity);
        painter.drawImage(area.topLeft(), scratch);
        painter.restore();
    }
}

} // namespace limber
