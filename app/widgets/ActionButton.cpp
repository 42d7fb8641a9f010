#include "widgets/ActionButton.h"

#include "style/Appearance.h"

#include <QPainter>

#include <cmath>

namespace limber {

ActionButton::ActionButton(const QString& text, QWidget* parent)
    : QPushButton(text, parent)
{
    setAttribute(Qt::WA_Hover); // the primary bevel brightens under the pointer
    setCursor(Qt::PointingHandCursor);
}

void ActionButton::setKeyHint(const QString& keyName)
{
    m_keyHint = keyName;
    refreshToolTip();
    updateGeometry();
    update();
}

void ActionButton::setEmphasis(Emphasis emphasis)
{
    m_emphasis = emphasis;
    update();
}

void ActionButton::refreshToolTip()
{
    //: a button's tooltip: its text and its keyboard shortcut, e.g. "Pause (Space)"
    setToolTip(m_keyHint.isEmpty() ? QString() : tr("%1 (%2)").arg(text(), m_keyHint));
}

QFont ActionButton::keyFont() const
{
    return appearance::scaledFont(font(), 0.8);
}

qreal ActionButton::gap() const
{
    return QFontMetricsF(font()).height() * 0.5;
}

qreal ActionButton::keyCapWidth() const
{
    if (m_keyHint.isEmpty())
        return 0.0;
    const QFontMetricsF metrics(keyFont());
    return metrics.horizontalAdvance(m_keyHint) + metrics.height() * 0.9;
}

QSize ActionButton::sizeHint() const
{
    QSize size = QPushButton::sizeHint();
    if (!m_keyHint.isEmpty())
        size.rwidth() += static_cast<int>(std::ceil(gap() + keyCapWidth()));
    // Room to breathe around the words: these are the app's big, easy targets.
    size.rwidth() += static_cast<int>(gap() * 2);
    return size;
}

QSize ActionButton::minimumSizeHint() const
{
    return sizeHint();
}

QColor ActionButton::paintBevel(QPainter& painter) const
{
    const QPalette& pal = palette();
    const bool primary = m_emphasis == Emphasis::Primary;
    const QColor ink = primary ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::ButtonText);

    QColor fill = primary ? appearance::primaryFill(pal) : appearance::surface(pal);
    QColor border = primary ? fill : appearance::mix(pal.color(QPalette::Window), pal.color(QPalette::WindowText), 0.3);
    if (!isEnabled()) {
        fill = appearance::mix(pal.color(QPalette::Window), pal.color(QPalette::WindowText), 0.06);
        border = appearance::hairline(pal);
    } else if (isDown()) {
        fill = primary ? fill.darker(118) : appearance::mix(fill, appearance::accent(pal), 0.18);
    } else if (underMouse()) {
        fill = primary ? appearance::mix(fill, ink, 0.1) : appearance::mix(fill, appearance::accent(pal), 0.08);
        if (!primary)
            border = appearance::mix(border, appearance::accent(pal), 0.5);
    }

    const QRectF box = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    const qreal radius = std::min(box.height() / 2.0, gap() * 1.2);
    painter.setPen(QPen(border, 1.0));
    painter.setBrush(fill);
    painter.drawRoundedRect(box, radius, radius);
    if (hasFocus()) {
        // Inside the shape, so it shows on any fill and never gets clipped.
        QPen ring(primary ? ink : appearance::accent(pal), 2.0);
        painter.setPen(ring);
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(box.adjusted(3, 3, -3, -3), radius - 3, radius - 3);
    }
    if (!isEnabled())
        return appearance::mutedText(pal);
    return ink;
}

void ActionButton::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor textColour = paintBevel(painter);
    const QString label = text();

    const QFontMetricsF textMetrics(font());
    const qreal textWidth = textMetrics.horizontalAdvance(label);
    const qreal capWidth = keyCapWidth();
    const qreal total = textWidth + (m_keyHint.isEmpty() ? 0.0 : gap() + capWidth);
    const QRectF content = QRectF(rect());
    qreal x = content.center().x() - total / 2.0;

    painter.setPen(textColour);
    painter.drawText(QRectF(x, content.top(), textWidth + 1, content.height()), Qt::AlignVCenter | Qt::AlignLeft,
                     label);
    if (m_keyHint.isEmpty())
        return;

    x += textWidth + gap();
    const qreal capHeight = QFontMetricsF(keyFont()).height() * 1.35;
    const QRectF cap(x, content.center().y() - capHeight / 2.0, capWidth, capHeight);
    QColor capLine = textColour;
    capLine.setAlphaF(0.5F);
    painter.setPen(QPen(capLine, 1.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(cap.adjusted(0.5, 0.5, -0.5, -0.5), capHeight * 0.22, capHeight * 0.22);
    QColor capText = textColour;
    capText.setAlphaF(0.85F);
    painter.setFont(keyFont());
    painter.setPen(capText);
    painter.drawText(cap, Qt::AlignCenter, m_keyHint);
}

} // namespace limber
