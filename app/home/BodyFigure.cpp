#include "home/BodyFigure.h"

#include "home/BodyFigureBaked.h"

namespace limber {

std::optional<BodyArea> bodyAreaForRegion(const QString& regionId)
{
    if (regionId == QLatin1String("neck-shoulders"))
        return BodyArea::NeckShoulders;
    if (regionId == QLatin1String("upper-back"))
        return BodyArea::UpperBack;
    if (regionId == QLatin1String("lower-back"))
        return BodyArea::LowerBack;
    return std::nullopt;
}

const BodyFigure& BodyFigure::instance()
{
    static const BodyFigure figure;
    return figure;
}

BodyFigure::BodyFigure()
    : m_bounds(0, 0, bodyfigure::GridWidth * bodyfigure::GridScale, bodyfigure::GridHeight * bodyfigure::GridScale)
{
    // Read from the numbers the build wrote (home/BodyFigureDesign.h says why).
    using bodyfigure::Part;
    const auto part = [](Part which) { return bodyfigure::toPath(bodyfigure::bakedParts[bodyfigure::index(which)]); };
    m_silhouette = part(Part::Silhouette);
    m_head = part(Part::Head);
    m_neckShoulders = part(Part::NeckShoulders);
    m_upperBack = part(Part::UpperBack);
    m_lowerBack = part(Part::LowerBack);
    m_spine = part(Part::Spine);
    m_details = part(Part::Details);
}

const QPainterPath& BodyFigure::area(BodyArea area) const
{
    switch (area) {
    case BodyArea::NeckShoulders:
        return m_neckShoulders;
    case BodyArea::UpperBack:
        return m_upperBack;
    case BodyArea::LowerBack:
        break;
    }
    return m_lowerBack;
}

QPointF BodyFigure::anchor(BodyArea area) const
{
    switch (area) {
    case BodyArea::NeckShoulders:
        return QPointF(140, 97) * bodyfigure::GridScale;
    case BodyArea::UpperBack:
        return QPointF(130, 162) * bodyfigure::GridScale;
    case BodyArea::LowerBack:
        break;
    }
    return QPointF(130, 212) * bodyfigure::GridScale;
}

namespace bodyfigure {

QPainterPath toPath(const BakedPath& baked)
{
    QPainterPath path;
    path.reserve(baked.count);
    for (int i = 0; i < baked.count; ++i) {
        const BakedElement& element = baked.elements[i];
        switch (static_cast<QPainterPath::ElementType>(element.type)) {
        case QPainterPath::MoveToElement:
            path.moveTo(element.x, element.y);
            break;
        case QPainterPath::LineToElement:
            path.lineTo(element.x, element.y);
            break;
        case QPainterPath::CurveToElement:
            // A curve is its first control point and two CurveToData elements.
            if (i + 2 < baked.count) {
                const BakedElement& second = baked.elements[i + 1];
                const BakedElement& end = baked.elements[i + 2];
                path.cubicTo(element.x, element.y, second.x, second.y, end.x, end.y);
            }
            i += 2;
            break;
        case QPainterPath::CurveToDataElement:
            break; // taken with its curve
        }
    }
    path.setFillRule(baked.fillRule);
    return path;
}

} // namespace bodyfigure

} // namespace limber
