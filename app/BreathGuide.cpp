#include "BreathGuide.h"

#include "Appearance.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace limber {

namespace {

// Breathing is slow at both ends and quick in the middle; a sine ease matches
// it far better than a straight line.
double easeInOut(double t)
{
    return 0.5 - 0.5 * std::cos(std::clamp(t, 0.0, 1.0) * std::numbers::pi);
}

// Resting size when there is no breath to follow: half full, neither in nor out.
constexpr double RestingFullness = 0.5;

} // namespace

BreathGuide::BreathGuide(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    setAccessibleName(tr("Breathing guide"));
}

void BreathGuide::setBreath(Breath breath, double progress)
{
    const double clamped = std::clamp(progress, 0.0, 1.0);
    if (breath == m_breath && std::abs(clamped - m_progress) < 1e-3)
        return;
    const bool captionChanged = breath != m_breath;
    m_breath = breath;
    m_progress = clamped;
    if (captionChanged)
        setAccessibleDescription(caption());
    update();
}

double BreathGuide::fullness() const
{
    switch (m_breath) {
    case Breath::In:
        return easeInOut(m_progress);
    case Breath::Out:
        return 1.0 - easeInOut(m_progress);
    case Breath::None:
        break;
    }
    return RestingFullness;
}

QString BreathGuide::caption() const
{
    switch (m_breath) {
    case Breath::In:
        return tr("Breathe in");
    case Breath::Out:
        return tr("Breathe out");
    case Breath::None:
        break;
    }
    return tr("Breathe easily");
}

QSize BreathGuide::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 9, line * 11};
}

QSize BreathGuide::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 6, line * 8};
}

void BreathGuide::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const bool pacing = m_breath != Breath::None;

    const QFont captionFont = appearance::scaledFont(font(), 1.15, pacing ? QFont::DemiBold : QFont::Normal);
    const qreal captionHeight = QFontMetricsF(captionFont).height();
    const qreal gap = captionHeight * 0.6;
    // Circle and caption as one block, centred, so the words sit right under
    // the breath they describe.
    const qreal maxRadius = std::min<qreal>(width(), height() - captionHeight - gap) / 2.0 - 2.0;
    if (maxRadius <= 4.0)
        return;
    const qreal blockHeight = 2.0 * maxRadius + gap + captionHeight;
    const QPointF centre(width() / 2.0, (height() - blockHeight) / 2.0 + maxRadius);
    const qreal minRadius = maxRadius * 0.38;
    const qreal radius = minRadius + (maxRadius - minRadius) * fullness();

    // The outer line marks a full breath, so the circle has somewhere to grow to.
    QPen limit(appearance::accentWash(pal, pacing ? 0.45 : 0.2), 1.5, Qt::DashLine);
    painter.setPen(limit);
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(centre, maxRadius, maxRadius);

    // Quiet when there is nothing to pace, so it does not look like it wants something.
    QRadialGradient glow(centre, radius);
    glow.setColorAt(0.0, appearance::accentWash(pal, pacing ? 0.5 : 0.1));
    glow.setColorAt(1.0, appearance::accentWash(pal, pacing ? 0.85 : 0.2));
    painter.setPen(Qt::NoPen);
    painter.setBrush(glow);
    painter.drawEllipse(centre, radius, radius);

    painter.setFont(captionFont);
    painter.setPen(pacing ? pal.color(QPalette::WindowText) : appearance::mutedText(pal));
    painter.drawText(QRectF(0, centre.y() + maxRadius + gap, width(), captionHeight), Qt::AlignCenter, caption());
}

} // namespace limber
