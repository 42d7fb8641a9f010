#include "history/PainLevelButton.h"

#include "history/PainScale.h"
#include "style/Appearance.h"

#include <QPainter>
#include <QPainterPath>

namespace limber {

PainLevelButton::PainLevelButton(int level, QWidget* parent)
    : QAbstractButton(parent)
    , m_level(level)
{
    setText(QString::number(level));
    //: what a screen reader says for a pain level button, e.g. "3: mild"
    setAccessibleName(tr("%1: %2").arg(level).arg(PainScale::words(level)));
    setToolTip(PainScale::words(level));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize PainLevelButton::sizeHint() const
{
    const int side = fontMetrics().height() * 5 / 2;
    return {side, side};
}

QSize PainLevelButton::minimumSizeHint() const
{
    const int side = fontMetrics().height() * 2;
    return {side, side};
}

void PainLevelButton::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const bool lit = underMouse() || hasFocus();
    const QRectF tile = QRectF(rect()).adjusted(3, 3, -3, -3);
    const qreal radius = tile.height() * 0.28;

    QColor fill = PainScale::colour(m_level, pal);
    if (isDown())
        fill = appearance::isDark(pal) ? fill.lighter(115) : fill.darker(112);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawRoundedRect(tile, radius, radius);

    if (lit) {
        // The ring sits just outside the tile in the text colour: visible on
        // every tile colour and in both themes.
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(pal.color(QPalette::WindowText), 2.0));
        painter.drawRoundedRect(tile.adjusted(-1.5, -1.5, 1.5, 1.5), radius + 1.5, radius + 1.5);
    }

    painter.setPen(PainScale::textOn(m_level, pal));
    painter.setFont(appearance::scaledFont(font(), 1.2, QFont::DemiBold));
    painter.drawText(tile, Qt::AlignCenter, text());
}

} // namespace limber
