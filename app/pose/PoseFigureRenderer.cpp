#include "pose/PoseFigureRenderer.h"

#include "pose/BodyShapes.h"
#include "pose/FigureGeometry.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QTransform>

#include <algorithm>
#include <cmath>

namespace limber {

using namespace figure;

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
    return FigureFootprint::measure(solve(pose, art.view, m_library.proportions()),
                                    sceneToTarget(target, art, mirrored), target, art, pose, m_library.proportions());
}

void PoseFigureRenderer::paint(QPainter& painter, const QRectF& target, const ExerciseArt& art, const Pose& pose,
                               bool mirrored, const QPalette& palette, const QRectF& exposed) const
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
    painter.drawImage(target.toAlignedRect().topLeft(), m_stage.stage(target, art, mirrored, toTarget, colours, dpr));

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
        const QImage& sprite = m_glowSprites.sprite(side, fraction, withAlpha(colours.glow, alpha), dpr);
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
    QRectF wanted = FigureFootprint::measure(figure, toTarget, target, art, pose, p).bounds;
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
        const QList<BodyPart> parts = BodyShapes(figure, pose, art.view, p, colours).parts();
        QList<QRectF> drawn; // bounds of the parts already on the layer
        for (const BodyPart& part : parts) {
            const QRectF partBounds = part.path.controlPointRect();
            if (!partBounds.intersects(inScene)
                && (part.gap.isEmpty() || !part.gap.controlPointRect().intersects(inScene)))
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
