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

// One drawn piece of the body. `round` rounds off corners of flat shapes.
struct Part {
    QPainterPath path;
    QColor colour;
    double round = 0;
    bool gap = true;
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
            (legInFront ? front : back).append(leg(side, colour));
        }
        for (int side = 1; side >= 0; --side) {
            const bool nearSide = m_view != FigureView::Side || side == 0;
            const QColor colour = nearSide ? m_colours.figure : m_colours.farLimb;
            const LimbPose& armPose = m_pose.arms[static_cast<size_t>(side)];
            const bool armInFront = armPose.inFront.value_or(nearSide);
            (armInFront ? front : back).append(arm(side, colour));
        }
        QList<Part> result = back;
        result.append(torso());
        result.append(neck());
        result.append(head());
        result.append(front);
        return result;
    }

private:
    QPointF at(Joint joint) const { return m_figure.at(joint); }

    Part leg(int side, const QColor& colour) const
    {
        const QPointF hip = at(limbJoint(Joint::HipA, side));
        const QPointF knee = at(limbJoint(Joint::KneeA, side));
        const QPointF ankle = at(limbJoint(Joint::AnkleA, side));
        const QPointF toe = at(limbJoint(Joint::ToeA, side));
        QPainterPath path = capsule(hip, knee, m_p.thighWidth / 2, m_p.shinWidth / 2 * 1.1);
        path.addPath(capsule(knee, ankle, m_p.shinWidth / 2, m_p.footWidth / 2));
        path.addPath(capsule(ankle, toe, m_p.footWidth / 2, m_p.footWidth / 2 * 0.8));
        return {path, colour};
    }

    Part arm(int side, const QColor& colour) const
    {
        const QPointF shoulder = at(limbJoint(Joint::ShoulderA, side));
        const QPointF elbow = at(limbJoint(Joint::ElbowA, side));
        const QPointF wrist = at(limbJoint(Joint::WristA, side));
        const QPointF hand = at(limbJoint(Joint::HandA, side));
        QPainterPath path = capsule(shoulder, elbow, m_p.upperArmWidth / 2, m_p.forearmWidth / 2 * 1.05);
        path.addPath(capsule(elbow, wrist, m_p.forearmWidth / 2, m_p.handWidth / 2 * 0.85));
        path.addPath(capsule(wrist, hand, m_p.handWidth / 2 * 0.9, m_p.handWidth / 2));
        return {path, colour};
    }

    Part torso() const
    {
        if (m_view != FigureView::Side)
            return frontTorso();
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
                radii << r;
            }
        }
        points << keys.last();
        radii << keyRadii.last();
        return {tube(points, radii), m_colours.figure};
    }

    Part frontTorso() const
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
        // No gap: the legs hang behind and should join the body seamlessly.
        return {path, m_colours.figure, 0, false};
    }

    Part neck() const
    {
        const double r = m_p.neckWidth / 2;
        return {capsule(at(Joint::Neck), at(Joint::NeckTop), r * 1.1, r), m_colours.figure, 0, false};
    }

    Part head() const
    {
        const QPointF centre = at(Joint::Head);
        const double r = m_p.headRadius;
        QPainterPath path;
        path.setFillRule(Qt::WindingFill);
        path.addEllipse(centre, r, r);
        if (m_view == FigureView::Side) {
            // A small nose tells which way the face points: down to the chest, up to the sky.
            const double face = m_pose.head + 90;
            const QPointF tip = centre + dir(face - 8) * (r + 1.3);
            QPolygonF nose;
            nose << centre + dir(face - 40) * (r - 0.4) << tip << centre + dir(face + 5) * (r - 0.4);
            QPainterPath nosePath;
            nosePath.addPolygon(nose);
            nosePath.closeSubpath();
            path = path.united(nosePath);
        }
        // A thin gap keeps the head readable when the chin rests on the chest.
        return {path, m_colours.figure, 0, true};
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

void PoseFigureRenderer::paint(QPainter& painter, const QRectF& target, const ExerciseArt& art,
                               const Pose& pose, bool mirrored, const QPalette& palette) const
{
    if (target.isEmpty())
        return;
    const FigureProportions& p = m_library.proportions();
    const FigureColours colours = FigureColours::fromPalette(palette);
    const QRectF bounds = sceneBounds(art);
    const double scale = std::min(target.width() / bounds.width(), target.height() / bounds.height());
    // Scene to target: y up becomes y down; a mirror reflects about the target's centre.
    QTransform toTarget;
    toTarget.translate(target.center().x(), target.center().y());
    toTarget.scale(mirrored ? -scale : scale, -scale);
    toTarget.translate(-bounds.center().x(), -bounds.center().y());

    const SolvedFigure figure = solve(pose, art.view, p);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);

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

    // The glow sits under the body as a soft halo...
    QList<QPair<QPointF, double>> glowSpots;
    for (const GlowSpot& spot : art.glows) {
        QPointF centre;
        for (Joint joint : spot.joints)
            centre += figure.at(joint);
        centre /= static_cast<double>(spot.joints.size());
        glowSpots.append({centre, spot.radius});
    }
    auto glowBrush = [&](const QPointF& centre, double radius, double strength) {
        QRadialGradient gradient(centre, radius);
        gradient.setColorAt(0, withAlpha(colours.glow, strength));
        gradient.setColorAt(0.55, withAlpha(colours.glow, strength * 0.45));
        gradient.setColorAt(1, withAlpha(colours.glow, 0));
        return QBrush(gradient);
    };
    painter.setPen(Qt::NoPen);
    for (const auto& [centre, radius] : glowSpots) {
        painter.setBrush(glowBrush(centre, radius, 0.55 * pose.glow));
        painter.drawEllipse(centre, radius, radius);
    }
    painter.restore();

    // The body is drawn on its own layer so the gaps between overlapping parts
    // are truly transparent, whatever lies behind.
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatio() : 1.0;
    QImage layer((target.size() * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    layer.setDevicePixelRatio(dpr);
    layer.fill(Qt::transparent);
    {
        QPainter body(&layer);
        body.setRenderHint(QPainter::Antialiasing);
        body.translate(-target.topLeft());
        body.setTransform(toTarget, true);
        body.setPen(Qt::NoPen);
        const QList<Part> parts = FigureBuilder(figure, pose, art.view, p, colours).parts();
        for (const Part& part : parts) {
            const double outline = 2 * part.round;
            if (part.gap) {
                body.setCompositionMode(QPainter::CompositionMode_DestinationOut);
                body.setBrush(Qt::black);
                body.setPen(QPen(Qt::black, outline + 2 * PartGap, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                body.drawPath(part.path);
                body.setCompositionMode(QPainter::CompositionMode_SourceOver);
            }
            body.setBrush(part.colour);
            body.setPen(outline > 0 ? QPen(part.colour, outline, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin)
                                    : QPen(Qt::NoPen));
            body.drawPath(part.path);
        }
        // ...and tints the targeted part of the body itself.
        body.setCompositionMode(QPainter::CompositionMode_SourceAtop);
        body.setPen(Qt::NoPen);
        for (const auto& [centre, radius] : glowSpots) {
            body.setBrush(glowBrush(centre, radius * 0.9, 0.6 * pose.glow));
            body.drawEllipse(centre, radius, radius);
        }
    }
    painter.drawImage(target.topLeft(), layer);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setTransform(toTarget, true);
    for (const Arrow& arrow : pose.arrows) {
        if (arrow.opacity <= 0.01)
            continue;
        QPointF tip;
        double angle = 0;
        const QPainterPath path = arrowPath(arrow, figure, &tip, &angle);
        const QColor colour = withAlpha(colours.arrow, arrow.opacity);
        painter.setPen(QPen(colour, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        QPolygonF head;
        head << tip + dir(angle) * 2.4 << tip + dir(angle + 90) * 1.9 << tip + dir(angle - 90) * 1.9;
        painter.setPen(QPen(colour, 0.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(colour);
        painter.drawPolygon(head);
    }
    painter.restore();
}

} // namespace limber
