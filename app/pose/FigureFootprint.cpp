#include "pose/FigureFootprint.h"

#include "pose/FigureGeometry.h"

#include <QTransform>

#include <algorithm>
#include <cmath>
#include <utility>

namespace limber {

using namespace figure;

FigureFootprint FigureFootprint::measure(const SolvedFigure& figure, const QTransform& toTarget, const QRectF& target,
                                         const ExerciseArt& art, const Pose& pose, const FigureProportions& p)
{
    FigureFootprint result;
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
        result.glowBounds.append(
            circle(toTarget.map(centre / static_cast<double>(spot.joints.size())), spot.radius * scale + 1));
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
        {Joint::Tail, Joint::Pelvis},      {Joint::Pelvis, Joint::Waist},     {Joint::Waist, Joint::Neck},
        {Joint::Neck, Joint::NeckTop},     {Joint::NeckTop, Joint::Head},     {Joint::Neck, Joint::ShoulderA},
        {Joint::ShoulderA, Joint::ElbowA}, {Joint::ElbowA, Joint::WristA},    {Joint::WristA, Joint::HandA},
        {Joint::Pelvis, Joint::HipA},      {Joint::HipA, Joint::KneeA},       {Joint::KneeA, Joint::AnkleA},
        {Joint::AnkleA, Joint::ToeA},      {Joint::ShoulderA, Joint::Waist},  {Joint::HipA, Joint::Waist},
        {Joint::Neck, Joint::ShoulderB},   {Joint::ShoulderB, Joint::ElbowB}, {Joint::ElbowB, Joint::WristB},
        {Joint::WristB, Joint::HandB},     {Joint::Pelvis, Joint::HipB},      {Joint::HipB, Joint::KneeB},
        {Joint::KneeB, Joint::AnkleB},     {Joint::AnkleB, Joint::ToeB},      {Joint::ShoulderB, Joint::Waist},
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

} // namespace limber
