#include "session/BreathGuide.h"

#include "style/Appearance.h"

#include <QEvent>
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

// The circle is repainted once its edge has moved this far (device pixels):
// an antialiased edge shows no smaller step.
constexpr qreal VisibleStepPx = 0.5;

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
    const bool kindChanged = breath != m_breath;
    m_breath = breath;
    m_progress = clamped;
    if (kindChanged) {
        setAccessibleDescription(caption());
        forgetGeometry(); // the caption's weight follows the kind of breath
        m_drawnRadius = radiusFor(fullness());
        m_face.invalidate();
        update();
        return;
    }
    // Only the circle moves, and only its bounds need painting; a step the eye
    // cannot see is not painted at all (a still step never is).
    const qreal radius = radiusFor(fullness());
    if (std::abs(radius - m_drawnRadius) * devicePixelRatioF() < VisibleStepPx)
        return;
    const qreal outer = std::max(radius, m_drawnRadius) + 2.0;
    const QPointF centre = geometry().centre;
    m_drawnRadius = radius;
    update(QRectF(centre - QPointF(outer, outer), QSizeF(2 * outer, 2 * outer)).toAlignedRect());
}

double BreathGuide::fullness() const
{
    return fullnessAt(m_progress);
}

double BreathGuide::fullnessAt(double progress) const
{
    switch (m_breath) {
    case Breath::In:
        return easeInOut(progress);
    case Breath::Out:
        return 1.0 - easeInOut(progress);
    case Breath::None:
        break;
    }
    return RestingFullness;
}

double BreathGuide::nextVisibleProgress() const
{
    if (m_breath == Breath::None || m_drawnRadius < 0 || geometry().maxRadius <= 0)
        return 1.0;
    // A walk in small steps, not an inverse of the ease: exact enough (a
    // step of a 3 s breath is 1.5 ms) and right for any curve.
    constexpr double Stride = 1.0 / 2048.0;
    const qreal dpr = devicePixelRatioF();
    for (double progress = m_progress + Stride; progress < 1.0; progress += Stride) {
        if (std::abs(radiusFor(fullnessAt(progress)) - m_drawnRadius) * dpr >= VisibleStepPx)
            return progress;
    }
    return 1.0;
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

QFont BreathGuide::captionFont() const
{
    return appearance::scaledFont(font(), 1.15, m_breath != Breath::None ? QFont::DemiBold : QFont::Normal);
}

const BreathGuide::Geometry& BreathGuide::geometry() const
{
    if (!m_geometry)
        m_geometry = measure();
    return *m_geometry;
}

BreathGuide::Geometry BreathGuide::measure() const
{
    const qreal captionHeight = QFontMetricsF(captionFont()).height();
    const qreal gap = captionHeight * 0.6;
    // Circle and caption as one block, centred, so the words sit right under
    // the breath they describe.
    const qreal maxRadius = std::min<qreal>(width(), height() - captionHeight - gap) / 2.0 - 2.0;
    if (maxRadius <= 4.0)
        return {};
    const qreal blockHeight = 2.0 * maxRadius + gap + captionHeight;
    const QPointF centre(width() / 2.0, (height() - blockHeight) / 2.0 + maxRadius);
    return {centre, maxRadius, maxRadius * 0.38, QRectF(0, centre.y() + maxRadius + gap, width(), captionHeight)};
}

qreal BreathGuide::radiusFor(double fullness) const
{
    const Geometry& g = geometry();
    return g.minRadius + (g.maxRadius - g.minRadius) * fullness;
}

void BreathGuide::resizeEvent(QResizeEvent* event)
{
    forgetGeometry();
    m_drawnRadius = -1; // the next paint takes it from the new size
    QWidget::resizeEvent(event);
}

void BreathGuide::changeEvent(QEvent* event)
{
    if (FaceCache::isInvalidatedBy(event)) {
        forgetGeometry();
        m_drawnRadius = -1;
        m_face.invalidate();
        update();
    }
    QWidget::changeEvent(event);
}

void BreathGuide::paintFace(QPainter& painter) const
{
    const Geometry& g = geometry();
    if (g.maxRadius <= 0)
        return;
    const QPalette& pal = palette();
    const bool pacing = m_breath != Breath::None;

    // The outer line marks a full breath, so the circle has somewhere to grow to.
    painter.setPen(QPen(appearance::accentWash(pal, pacing ? 0.45 : 0.2), 1.5, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(g.centre, g.maxRadius, g.maxRadius);

    painter.setFont(captionFont());
    painter.setPen(pacing ? pal.color(QPalette::WindowText) : appearance::mutedText(pal));
    painter.drawText(g.caption, Qt::AlignCenter, caption());
}

void BreathGuide::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_face.face(*this, [this](QPainter& face) { paintFace(face); }));
    const Geometry& g = geometry();
    if (g.maxRadius <= 0)
        return;

    // One flat, opaque disc on purpose: Qt fills that inline, while a gradient
    // or a translucent fill of this size goes to its GUI thread pool, and an
    // outline costs twice the fill. Quiet when there is nothing to pace, so it
    // does not look like it wants something.
    // The radius last scheduled, not the latest: a step too small to schedule
    // a repaint must not show up when something else repaints the circle.
    if (m_drawnRadius < 0)
        m_drawnRadius = radiusFor(fullness());
    const qreal radius = m_drawnRadius;
    const QPalette& pal = palette();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(appearance::accentWash(pal, m_breath != Breath::None ? 0.66 : 0.16));
    painter.drawEllipse(g.centre, radius, radius);
}

} // namespace limber
