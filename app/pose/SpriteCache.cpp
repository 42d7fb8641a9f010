#include "pose/SpriteCache.h"

#include "pose/FigureGeometry.h"

#include <QLinearGradient>
#include <QPainter>
#include <QRadialGradient>
#include <QTransform>

#include <algorithm>
#include <utility>

namespace limber {

using namespace figure;

namespace {

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

const QImage& GlowSpriteCache::sprite(int side, double fraction, const QColor& colour, qreal dpr)
{
    for (const GlowSprite& sprite : std::as_const(m_sprites))
        if (sprite.side == side && sprite.fraction == fraction && sprite.colour == colour.rgba()
            && sprite.image.devicePixelRatio() == dpr)
            return sprite.image;
    // A few sizes at most are alive at once (the session view, a card, a
    // resize in between); forget them all when that is passed.
    constexpr qsizetype MaxSprites = 8;
    if (m_sprites.size() >= MaxSprites)
        m_sprites.clear();
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
    m_sprites.append({side, fraction, colour.rgba(), image});
    return m_sprites.constLast().image;
}

const QImage& StageCache::stage(const QRectF& target, const ExerciseArt& art, bool mirrored, const QTransform& toTarget,
                                const FigureColours& colours, qreal dpr)
{
    const QRect area = target.toAlignedRect();
    const QSize size = (QSizeF(area.size()) * dpr).toSize();
    if (m_exerciseId == art.id && m_mirrored == mirrored && m_floor == colours.floor.rgba()
        && m_prop == colours.prop.rgba() && m_image.size() == size && m_image.devicePixelRatio() == dpr)
        return m_image;
    m_exerciseId = art.id;
    m_mirrored = mirrored;
    m_floor = colours.floor.rgba();
    m_prop = colours.prop.rgba();
    m_image = QImage(size, QImage::Format_ARGB32_Premultiplied);
    m_image.setDevicePixelRatio(dpr);
    m_image.fill(Qt::transparent);
    QPainter painter(&m_image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(-area.topLeft());
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
    return m_image;
}

} // namespace limber
