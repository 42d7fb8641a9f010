#include "session/CountdownRing.h"

#include "style/Appearance.h"

#include <QEvent>
#include <QPainter>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace limber {

CountdownRing::CountdownRing(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Time left in this step"));
}

void CountdownRing::setProgress(double progress)
{
    const double clamped = std::clamp(progress, 0.0, 1.0);
    // Skip repaints the eye could not see: the arc's end moves in steps of a
    // device pixel, which is also what the frame pacing waits for.
    if (std::abs(clamped - m_progress) < progressPerPixel() && clamped != 0.0 && clamped != 1.0)
        return;
    const QRect swept = sweptRect(1.0 - m_progress, 1.0 - clamped);
    m_progress = clamped;
    update(swept);
}

void CountdownRing::changeWords(QString& words, const QString& to)
{
    if (to == words)
        return;
    words = to;
    refreshAccessibleDescription();
    invalidateFace();
}

void CountdownRing::setText(const QString& text)
{
    changeWords(m_text, text);
}

void CountdownRing::setHeading(const QString& heading)
{
    changeWords(m_heading, heading);
}

void CountdownRing::setCaption(const QString& caption)
{
    changeWords(m_caption, caption);
}

void CountdownRing::invalidateFace()
{
    m_face.invalidate();
    update();
}

CountdownRing::Geometry CountdownRing::geometry() const
{
    const qreal side = std::min(width(), height());
    const qreal thickness = std::max<qreal>(6.0, side * 0.055);
    return {QRectF(QPointF((width() - side) / 2.0 + thickness / 2.0, (height() - side) / 2.0 + thickness / 2.0),
                   QSizeF(side - thickness, side - thickness)),
            thickness};
}

double CountdownRing::progressPerPixel() const
{
    const double circumference = std::numbers::pi * geometry().ring.width() * devicePixelRatioF();
    return circumference > 1.0 ? 1.0 / circumference : 1.0;
}

double CountdownRing::nextVisibleProgress() const
{
    return std::min(1.0, m_progress + progressPerPixel());
}

QRect CountdownRing::sweptRect(double fromLeft, double toLeft) const
{
    const Geometry g = geometry();
    const QPointF centre = g.ring.center();
    const qreal radius = g.ring.width() / 2.0;
    // The arc ends at 90° - left·360° (counter-clockwise from three o'clock,
    // as Qt counts); the sweep between the two ends bounds every change.
    const double a0 = 90.0 - 360.0 * std::max(fromLeft, toLeft);
    const double a1 = 90.0 - 360.0 * std::min(fromLeft, toLeft);
    auto pointAt = [&](double degrees) {
        const double r = qDegreesToRadians(degrees);
        return centre + QPointF(std::cos(r), -std::sin(r)) * radius;
    };
    // Both ends, and wherever the sweep passes the top, left, bottom or right
    // of the ring (the extremes lie between the ends there).
    QList<QPointF> points {pointAt(a0), pointAt(a1)};
    for (double extreme = std::ceil(a0 / 90.0) * 90.0; extreme < a1; extreme += 90.0)
        points.append(pointAt(extreme));
    // Not QRectF::united(): it ignores rectangles of no size, and these start as points.
    qreal left = points.first().x(), right = left, top = points.first().y(), bottom = top;
    for (const QPointF& point : std::as_const(points)) {
        left = std::min(left, point.x());
        right = std::max(right, point.x());
        top = std::min(top, point.y());
        bottom = std::max(bottom, point.y());
    }
    // Half the pen (and the round cap) on each side, and a pixel for antialiasing.
    const qreal margin = g.thickness / 2.0 + 2.0;
    return QRectF(QPointF(left, top), QPointF(right, bottom))
        .adjusted(-margin, -margin, margin, margin)
        .toAlignedRect();
}

void CountdownRing::refreshAccessibleDescription()
{
    // What a screen reader says for the ring: "Set 2 of 3, 18 seconds".
    QStringList parts;
    if (!m_heading.isEmpty())
        parts.append(m_heading);
    parts.append(QStringList {m_text, m_caption}.join(QLatin1Char(' ')).trimmed());
    setAccessibleDescription(parts.join(QStringLiteral(", ")));
}

QSize CountdownRing::sizeHint() const
{
    const int side = fontMetrics().height() * 15;
    return {side, side};
}

QSize CountdownRing::minimumSizeHint() const
{
    const int side = fontMetrics().height() * 8;
    return {side, side};
}

void CountdownRing::changeEvent(QEvent* event)
{
    if (FaceCache::isInvalidatedBy(event))
        invalidateFace();
    QWidget::changeEvent(event);
}

void CountdownRing::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_face.face(*this, [this](QPainter& face) { paintFace(face); }));

    // What is left of the step, clockwise from twelve o'clock, shrinking as it runs.
    const double left = 1.0 - m_progress;
    if (left > 0.0) {
        const Geometry g = geometry();
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(appearance::accent(palette()), g.thickness, Qt::SolidLine, Qt::RoundCap));
        painter.drawArc(g.ring, 90 * 16, -static_cast<int>(std::lround(left * 360.0 * 16.0)));
    }
}

void CountdownRing::paintFace(QPainter& painter) const
{
    const QPalette& pal = palette();
    const Geometry g = geometry();
    const QRectF& ring = g.ring;
    const qreal side = ring.width() + g.thickness;

    painter.setPen(QPen(appearance::accentWash(pal, 0.18), g.thickness));
    painter.drawEllipse(ring);

    // Type is sized by the ring, not the system font: the number must fill the
    // ring whatever the font, and be readable from a yoga mat.
    const qreal inner = ring.width() - g.thickness;
    QFont number = font();
    number.setPixelSize(std::max(12, static_cast<int>(side * (m_text.size() > 2 ? 0.26 : 0.34))));
    number.setWeight(QFont::DemiBold);
    QFont small = font();
    small.setPixelSize(std::max(10, static_cast<int>(side * 0.062)));
    QFont heading = small;
    heading.setWeight(QFont::DemiBold);

    const QFontMetricsF numberMetrics(number);
    const qreal smallHeight = QFontMetricsF(small).height();
    const qreal numberHeight = numberMetrics.capHeight();
    const qreal gap = smallHeight * 0.6;
    const qreal headingBlock = m_heading.isEmpty() ? 0.0 : smallHeight + gap;
    const qreal captionBlock = m_caption.isEmpty() ? 0.0 : gap + smallHeight;
    const qreal top = ring.center().y() - (headingBlock + numberHeight + captionBlock) / 2.0;
    const qreal textWidth = inner * 0.8;
    const qreal textLeft = ring.center().x() - textWidth / 2.0;

    if (!m_heading.isEmpty()) {
        painter.setFont(heading);
        painter.setPen(appearance::mix(pal.color(QPalette::WindowText), appearance::accent(pal), 0.35));
        const QString fitted = QFontMetricsF(heading).elidedText(m_heading, Qt::ElideRight, textWidth);
        painter.drawText(QRectF(textLeft, top, textWidth, smallHeight), Qt::AlignCenter, fitted);
    }

    const qreal baseline = top + headingBlock + numberHeight;
    painter.setFont(number);
    painter.setPen(pal.color(QPalette::WindowText));
    const qreal numberWidth = numberMetrics.horizontalAdvance(m_text);
    painter.drawText(QPointF(ring.center().x() - numberWidth / 2.0, baseline), m_text);

    if (!m_caption.isEmpty()) {
        painter.setFont(small);
        painter.setPen(appearance::mutedText(pal));
        painter.drawText(QRectF(textLeft, baseline + gap, textWidth, smallHeight), Qt::AlignCenter, m_caption);
    }
}

} // namespace limber
