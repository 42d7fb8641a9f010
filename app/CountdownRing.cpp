#include "CountdownRing.h"

#include "Appearance.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

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
    // Skip repaints the eye could not see (under a tenth of a degree).
    if (std::abs(clamped - m_progress) < 1.0 / 3600.0 && clamped != 0.0 && clamped != 1.0)
        return;
    m_progress = clamped;
    update();
}

void CountdownRing::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    refreshAccessibleDescription();
    update();
}

void CountdownRing::setHeading(const QString& heading)
{
    if (heading == m_heading)
        return;
    m_heading = heading;
    refreshAccessibleDescription();
    update();
}

void CountdownRing::setCaption(const QString& caption)
{
    if (caption == m_caption)
        return;
    m_caption = caption;
    refreshAccessibleDescription();
    update();
}

void CountdownRing::refreshAccessibleDescription()
{
    // What a screen reader says for the ring: "Set 2 of 3, 18 seconds".
    QStringList parts;
    if (!m_heading.isEmpty())
        parts.append(m_heading);
    parts.append(QStringList{m_text, m_caption}.join(QLatin1Char(' ')).trimmed());
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

void CountdownRing::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();

    const qreal side = std::min(width(), height());
    const qreal thickness = std::max<qreal>(6.0, side * 0.055);
    const QRectF ring(QPointF((width() - side) / 2.0 + thickness / 2.0, (height() - side) / 2.0 + thickness / 2.0),
                      QSizeF(side - thickness, side - thickness));

    QPen track(appearance::accentWash(pal, 0.18), thickness);
    painter.setPen(track);
    painter.drawEllipse(ring);

    // What is left of the step, clockwise from twelve o'clock, shrinking as it runs.
    const double left = 1.0 - m_progress;
    if (left > 0.0) {
        QPen arc(appearance::accent(pal), thickness, Qt::SolidLine, Qt::RoundCap);
        painter.setPen(arc);
        painter.drawArc(ring, 90 * 16, -static_cast<int>(std::lround(left * 360.0 * 16.0)));
    }

    // Type is sized by the ring, not the system font: the number must fill the
    // ring whatever the font, and be readable from a yoga mat.
    const qreal inner = ring.width() - thickness;
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
