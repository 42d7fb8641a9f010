#include "history/ChartWidget.h"

#include "style/Appearance.h"

#include <QEvent>
#include <QPainter>

namespace limber {

namespace {

constexpr int PreferredWidth = 420;
constexpr int MinimumWidth = 200;

} // namespace

ChartWidget::ChartWidget(const QString& accessibleName, int preferredLines, int minimumLines, QWidget* parent)
    : QWidget(parent)
    , m_preferredLines(preferredLines)
    , m_minimumLines(minimumLines)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(accessibleName);
}

QSize ChartWidget::sizeHint() const
{
    return {PreferredWidth, fontMetrics().height() * m_preferredLines};
}

QSize ChartWidget::minimumSizeHint() const
{
    return {MinimumWidth, fontMetrics().height() * m_minimumLines};
}

QFont ChartWidget::labelFont() const
{
    return appearance::scaledFont(font(), 0.85);
}

QFontMetricsF ChartWidget::prepareLabelPainter(QPainter& painter) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont small = labelFont();
    painter.setFont(small);
    return QFontMetricsF(small);
}

void ChartWidget::showValues(const QStringList& spokenValues)
{
    setAccessibleDescription(spokenValues.join(QStringLiteral("; ")));
    update();
}

void ChartWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace limber
