#include "home/BodyRegionPicker.h"

#include "home/BodyRegionAccessible.h"
#include "style/Appearance.h"

#include <QFocusEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace limber {

namespace {

// The legs fade out from here (fraction of the figure's height) to the bottom,
// so the figure ends softly instead of at a hard cut above the knee.
constexpr qreal FadeStart = 0.80;

} // namespace

BodyRegionPicker::BodyRegionPicker(QWidget* parent)
    : QWidget(parent)
{
    installBodyRegionAccessibility();
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Where it hurts"));
    setAccessibleDescription(tr("A figure seen from behind. Choose the part of your back that hurts."));
}

void BodyRegionPicker::setRegions(const QList<Region>& regions)
{
    const QString selectedId = selectedRegionId();
    m_regions = regions;
    m_selected = indexOf(selectedId);
    m_focused = std::min(m_focused, regionCount() - 1);
    m_hovered = -1;
    updateTransform();
    update();
}

int BodyRegionPicker::indexOf(const QString& regionId) const
{
    for (int i = 0; i < regionCount(); ++i) {
        if (m_regions[i].id == regionId)
            return i;
    }
    return -1;
}

QRect BodyRegionPicker::regionRect(int index) const
{
    if (index < 0 || index >= regionCount())
        return {};
    return m_toWidget.map(BodyFigure::instance().area(m_regions[index].area)).boundingRect().toAlignedRect();
}

int BodyRegionPicker::regionAt(const QPointF& position) const
{
    for (int i = 0; i < m_labelRects.size(); ++i) {
        if (m_labelRects[i].contains(position))
            return i;
    }
    const QPointF design = m_toWidget.inverted().map(position);
    for (int i = 0; i < regionCount(); ++i) {
        if (BodyFigure::instance().area(m_regions[i].area).contains(design))
            return i;
    }
    return -1;
}

QString BodyRegionPicker::selectedRegionId() const
{
    return m_selected >= 0 ? m_regions[m_selected].id : QString();
}

void BodyRegionPicker::select(int index)
{
    if (index < 0 || index >= regionCount())
        return;
    setFocused(index);
    if (index == m_selected)
        return;
    m_selected = index;
    update();
    notifyAccessibility(index, QAccessible::Selection);
    Q_EMIT selectionChanged(m_regions[index].id);
}

void BodyRegionPicker::clearSelection()
{
    if (m_selected < 0)
        return;
    m_selected = -1;
    update();
}

void BodyRegionPicker::activate(int index)
{
    if (index < 0 || index >= regionCount())
        return;
    select(index);
    Q_EMIT regionActivated(m_regions[index].id);
}

QSize BodyRegionPicker::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 24, line * 28};
}

QSize BodyRegionPicker::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 10, line * 16};
}

void BodyRegionPicker::setHovered(int index)
{
    if (index == m_hovered)
        return;
    m_hovered = index;
    if (index >= 0)
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
    update();
}

void BodyRegionPicker::setFocused(int index)
{
    if (index == m_focused)
        return;
    m_focused = index;
    update();
    if (hasFocus())
        notifyAccessibility(index, QAccessible::Focus);
}

void BodyRegionPicker::notifyAccessibility(int index, QAccessible::Event type)
{
    if (index < 0 || !QAccessible::isActive())
        return;
    QAccessibleEvent event(this, type);
    event.setChild(index);
    QAccessible::updateAccessibility(&event);
}

QRectF BodyRegionPicker::captionRect() const
{
    const qreal height = QFontMetricsF(font()).height() * 2.0;
    return {0.0, rect().height() - height, static_cast<qreal>(rect().width()), height};
}

QFont BodyRegionPicker::labelFont(bool selected) const
{
    return appearance::scaledFont(font(), 1.05, selected ? QFont::DemiBold : QFont::Normal);
}

void BodyRegionPicker::updateTransform()
{
    const QRectF bounds = BodyFigure::instance().bounds();
    const qreal margin = appearance::spacing(font());
    const QRectF available = QRectF(rect()).adjusted(margin, margin, -margin, -captionRect().height());
    m_labelRects.clear();
    if (available.width() <= 0 || available.height() <= 0 || regionCount() == 0) {
        m_toWidget = QTransform();
        return;
    }

    // Labels sit to the right of the figure; the figure and its labels are
    // centred together. If labels would squeeze the figure, the caption alone names regions.
    qreal labelsWidth = 0.0;
    const QFontMetricsF metrics(labelFont(true));
    for (const Region& region : std::as_const(m_regions))
        labelsWidth = std::max(labelsWidth, metrics.horizontalAdvance(region.name));
    labelsWidth += margin * 4; // the leader line's run beyond the arm, and a little air
    const qreal figureRoom = available.width() - labelsWidth;
    const bool withLabels = figureRoom >= available.width() * 0.45;
    if (!withLabels)
        labelsWidth = 0.0;

    const qreal scale
        = std::min((available.width() - labelsWidth) / bounds.width(), available.height() / bounds.height());
    const qreal blockWidth = bounds.width() * scale + labelsWidth;
    const QPointF origin(available.left() + (available.width() - blockWidth) / 2.0,
                         available.top() + (available.height() - bounds.height() * scale) / 2.0);
    m_toWidget = QTransform::fromTranslate(origin.x(), origin.y()).scale(scale, scale);
    if (withLabels)
        layOutLabels(origin.x() + bounds.width() * scale + margin * 3);
}

void BodyRegionPicker::layOutLabels(qreal left)
{
    const qreal padding = appearance::spacing(font()) / 2.0;
    const QFontMetricsF metrics(labelFont(true));
    for (const Region& region : std::as_const(m_regions)) {
        const QPointF anchor = m_toWidget.map(BodyFigure::instance().anchor(region.area));
        const qreal height = metrics.height() + 2 * padding;
        m_labelRects.append(QRectF(left - padding, anchor.y() - height / 2.0,
                                   metrics.horizontalAdvance(region.name) + 2 * padding, height));
    }
}

QString BodyRegionPicker::captionText() const
{
    // Say what a click will do: people rarely guess that a double-click starts.
    const int described = m_hovered >= 0 ? m_hovered : (hasFocus() ? m_focused : m_selected);
    if (described < 0)
        return tr("Click the part that hurts");
    const bool named = !m_labelRects.isEmpty(); // otherwise the caption must name it
    const QString& name = m_regions[described].name;
    if (described == m_selected) {
        const QString start = hasFocus() ? tr("Press Enter or double-click to start") : tr("Double-click to start");
        return named ? start : tr("%1: %2").arg(name, start);
    }
    const QString open
        = hasFocus() && m_hovered < 0 ? tr("Press Space to see its exercises") : tr("Click to see its exercises");
    return named ? open : tr("%1: %2").arg(name, open);
}

void BodyRegionPicker::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    paintFigure(painter);
    paintLabels(painter);
    paintCaption(painter);
}

void BodyRegionPicker::paintFigure(QPainter& painter) const
{
    const BodyFigure& figure = BodyFigure::instance();
    const QPalette& pal = palette();
    const QColor window = pal.color(QPalette::Window);
    const QColor text = pal.color(QPalette::WindowText);
    const QColor body = appearance::mix(window, text, appearance::isDark(pal) ? 0.16 : 0.09);
    const QColor outline = appearance::mix(window, text, 0.38);

    painter.save();
    painter.setTransform(m_toWidget);

    const QRectF bounds = figure.bounds();
    QLinearGradient fade(0, bounds.top() + bounds.height() * FadeStart, 0, bounds.bottom());
    const auto fading = [&fade](const QColor& colour) {
        QColor transparent = colour;
        transparent.setAlphaF(0.0F);
        fade.setColorAt(0.0, colour);
        fade.setColorAt(1.0, transparent);
        return QBrush(fade);
    };

    painter.setPen(Qt::NoPen);
    painter.setBrush(fading(body));
    painter.drawPath(figure.silhouette());

    // Regions: quiet tint when idle so they read as clickable, stronger on
    // hover, the full accent when chosen.
    for (int i = 0; i < regionCount(); ++i) {
        QColor fill = appearance::accentWash(pal, 0.3);
        if (i == m_selected)
            fill = i == m_hovered ? appearance::mix(appearance::accent(pal), window, 0.12) : appearance::accent(pal);
        else if (i == m_hovered)
            fill = appearance::accentWash(pal, 0.52);
        painter.setBrush(fill);
        painter.drawPath(figure.area(m_regions[i].area));
    }

    // A body-coloured seam between regions makes each one a distinct shape.
    QPen seam(body, 4.0);
    seam.setCosmetic(true);
    seam.setJoinStyle(Qt::RoundJoin);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(seam);
    for (int i = 0; i < regionCount(); ++i)
        painter.drawPath(figure.area(m_regions[i].area));

    // Anatomy hints, faint enough to sit on any fill.
    QColor hint = text;
    hint.setAlphaF(0.22F);
    QPen hintPen(hint, 1.4);
    hintPen.setCosmetic(true);
    hintPen.setCapStyle(Qt::RoundCap);
    painter.setPen(hintPen);
    painter.drawPath(figure.details());
    hintPen.setStyle(Qt::DotLine);
    hintPen.setWidthF(2.0);
    painter.setPen(hintPen);
    painter.drawPath(figure.spine());

    QPen outlinePen(fading(outline), 1.5);
    outlinePen.setCosmetic(true);
    painter.setPen(outlinePen);
    painter.drawPath(figure.silhouette());

    QPen headPen(outline, 1.5);
    headPen.setCosmetic(true);
    painter.setBrush(body);
    painter.setPen(headPen);
    painter.drawPath(figure.head());

    if (hasFocus() && m_focused >= 0) {
        QPen focusPen(appearance::mix(appearance::accent(pal), text, 0.55), 2.5);
        focusPen.setCosmetic(true);
        focusPen.setJoinStyle(Qt::RoundJoin);
        painter.setPen(focusPen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(figure.area(m_regions[m_focused].area));
    }
    painter.restore();
}

void BodyRegionPicker::paintLabels(QPainter& painter) const
{
    const QPalette& pal = palette();
    const qreal padding = appearance::spacing(font()) / 2.0;
    for (int i = 0; i < m_labelRects.size(); ++i) {
        const bool selected = i == m_selected;
        const bool lit = selected || i == m_hovered || (hasFocus() && i == m_focused);
        const QRectF box = m_labelRects[i];
        const QPointF anchor = m_toWidget.map(BodyFigure::instance().anchor(m_regions[i].area));

        // Leader line from the region to its name, with a dot on the body.
        const QColor line = lit ? appearance::accentText(pal)
                                : appearance::mix(pal.color(QPalette::Window), pal.color(QPalette::WindowText), 0.45);
        painter.setPen(QPen(line, lit ? 1.6 : 1.0));
        painter.drawLine(anchor, QPointF(box.left(), anchor.y()));
        painter.setPen(Qt::NoPen);
        painter.setBrush(line);
        painter.drawEllipse(anchor, 2.5, 2.5);

        QFont text = labelFont(selected);
        text.setUnderline(i == m_hovered && !selected);
        painter.setFont(text);
        painter.setPen(selected ? appearance::accentText(pal) : pal.color(QPalette::WindowText));
        painter.drawText(box.adjusted(padding, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, m_regions[i].name);
    }
}

void BodyRegionPicker::paintCaption(QPainter& painter) const
{
    painter.setFont(font());
    painter.setPen(appearance::mutedText(palette()));
    painter.drawText(captionRect(), Qt::AlignHCenter | Qt::AlignTop, captionText());
}

void BodyRegionPicker::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateTransform();
}

void BodyRegionPicker::mouseMoveEvent(QMouseEvent* event)
{
    setHovered(regionAt(event->position()));
    QWidget::mouseMoveEvent(event);
}

void BodyRegionPicker::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        const int index = regionAt(event->position());
        if (index >= 0) {
            select(index);
            event->accept();
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void BodyRegionPicker::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        const int index = regionAt(event->position());
        if (index >= 0) {
            activate(index);
            event->accept();
            return;
        }
    }
    QWidget::mouseDoubleClickEvent(event);
}

void BodyRegionPicker::leaveEvent(QEvent* event)
{
    setHovered(-1);
    QWidget::leaveEvent(event);
}

void BodyRegionPicker::keyPressEvent(QKeyEvent* event)
{
    if (regionCount() == 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int current = std::max(m_focused, 0);
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Left:
        setFocused(std::max(current - 1, 0));
        break;
    case Qt::Key_Down:
    case Qt::Key_Right:
        setFocused(std::min(current + 1, regionCount() - 1));
        break;
    case Qt::Key_Home:
        setFocused(0);
        break;
    case Qt::Key_End:
        setFocused(regionCount() - 1);
        break;
    case Qt::Key_Space:
    case Qt::Key_Select:
        select(current);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (current == m_selected)
            activate(current);
        else
            select(current);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void BodyRegionPicker::focusInEvent(QFocusEvent* event)
{
    if (m_focused < 0 && regionCount() > 0)
        m_focused = m_selected >= 0 ? m_selected : 0;
    update();
    notifyAccessibility(m_focused, QAccessible::Focus);
    QWidget::focusInEvent(event);
}

void BodyRegionPicker::focusOutEvent(QFocusEvent* event)
{
    update();
    QWidget::focusOutEvent(event);
}

bool BodyRegionPicker::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const int index = regionAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), m_regions[index].name, this, regionRect(index));
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateTransform();
    return QWidget::event(event);
}

} // namespace limber
