#include "SlimProgressBar.h"

#include "Appearance.h"

#include <QPainter>

#include <algorithm>

namespace limber {

SlimProgressBar::SlimProgressBar(QWidget* parent)
    : QProgressBar(parent)
{
    setTextVisible(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // QProgressBar repaints only when its style would show the change; this
    // bar shows every step (the session view gives it one per pixel).
    connect(this, &QProgressBar::valueChanged, this, qOverload<>(&QWidget::update));
}

QSize SlimProgressBar::sizeHint() const
{
    return {fontMetrics().height() * 10, std::max(6, fontMetrics().height() / 3)};
}

QSize SlimProgressBar::minimumSizeHint() const
{
    return {fontMetrics().height() * 2, sizeHint().height()};
}

void SlimProgressBar::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    const QRectF track = QRectF(rect());
    const qreal radius = track.height() / 2.0;
    // Opaque colours only: Qt fills those inline.
    painter.setBrush(appearance::accentWash(palette(), 0.18));
    painter.drawRoundedRect(track, radius, radius);

    const int span = maximum() - minimum();
    if (span <= 0 || value() <= minimum())
        return;
    const qreal done = std::clamp(static_cast<qreal>(value() - minimum()) / span, 0.0, 1.0);
    // Never thinner than the bar is tall, so the first step shows as a dot.
    QRectF filled = track;
    filled.setWidth(std::max(track.height(), track.width() * done));
    painter.setBrush(appearance::accent(palette()));
    painter.drawRoundedRect(filled, radius, radius);
}

} // namespace limber
