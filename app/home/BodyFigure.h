#pragma once

#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QString>

#include <optional>

namespace limber {

// The parts of the back the picker can point at.
enum class BodyArea { NeckShoulders, UpperBack, LowerBack };

// Which drawn area shows a catalog region; nullopt for regions the figure has
// no place for (a user catalog may add some).
std::optional<BodyArea> bodyAreaForRegion(const QString& regionId);

// A human figure seen from behind, head to knees, as vector paths in a fixed
// design space (see bounds()). Kept free of any widget so it scales to any size
// and device pixel ratio without losing crispness. Built once, shared.
class BodyFigure final {
public:
    static const BodyFigure& instance();

    // The design space: every path lies within it. Widgets map it uniformly.
    QRectF bounds() const { return m_bounds; }

    const QPainterPath& silhouette() const { return m_silhouette; } // body and arms, no head
    const QPainterPath& head() const { return m_head; }
    const QPainterPath& area(BodyArea area) const;
    // A point well inside the area, on the right of the spine, where a label's
    // leader line can start.
    QPointF anchor(BodyArea area) const;
    // Hints that make it read as a back: spine, shoulder blades, waist. Not clickable.
    const QPainterPath& spine() const { return m_spine; }
    const QPainterPath& details() const { return m_details; }

private:
    BodyFigure();

    QRectF m_bounds;
    QPainterPath m_silhouette;
    QPainterPath m_head;
    QPainterPath m_neckShoulders;
    QPainterPath m_upperBack;
    QPainterPath m_lowerBack;
    QPainterPath m_spine;
    QPainterPath m_details;
};

} // namespace limber
