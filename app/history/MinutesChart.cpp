#include "history/MinutesChart.h"

#include "style/Appearance.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace limber {

namespace {

// The top of the scale: a round number a little above the largest week, and
// never less than 10 minutes, so one short week does not look like a peak.
double scaleTop(const QList<WeekMinutes>& weeks)
{
    double largest = 10.0;
    for (const WeekMinutes& week : weeks)
        largest = std::max(largest, week.minutes);
    const double step = largest <= 30 ? 5.0 : largest <= 120 ? 15.0 : 30.0;
    return std::ceil(largest / step) * step;
}

// A bar with rounded top corners and a square foot on the baseline.
QPainterPath barPath(const QRectF& bar, qreal radius)
{
    const qreal r = std::min({radius, bar.width() / 2, bar.height()});
    QPainterPath path;
    path.moveTo(bar.bottomLeft());
    path.lineTo(bar.left(), bar.top() + r);
    path.quadTo(bar.topLeft(), QPointF(bar.left() + r, bar.top()));
    path.lineTo(bar.right() - r, bar.top());
    path.quadTo(bar.topRight(), QPointF(bar.right(), bar.top() + r));
    path.lineTo(bar.bottomRight());
    path.closeSubpath();
    return path;
}

} // namespace

MinutesChart::MinutesChart(QWidget* parent)
    : ChartWidget(tr("Minutes of stretching per week"), 9, 6, parent)
{
}

void MinutesChart::setWeeks(const QList<WeekMinutes>& weeks)
{
    m_weeks = weeks;
    QStringList spoken;
    const QLocale locale;
    for (const WeekMinutes& week : weeks) {
        spoken.append(tr("week of %1: %2 min")
                          .arg(locale.toString(week.weekStart, QLocale::ShortFormat))
                          .arg(std::lround(week.minutes)));
    }
    showValues(spoken);
}

void MinutesChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QFontMetricsF metrics = prepareLabelPainter(painter);
    const QPalette& pal = palette();

    const QRectF plot = QRectF(rect()).adjusted(4, metrics.height() * 1.3, -4, -metrics.height() * 1.6);
    if (m_weeks.isEmpty() || plot.height() < 10)
        return;

    const double top = scaleTop(m_weeks);
    const qreal slot = plot.width() / static_cast<qreal>(m_weeks.size());
    const qreal barWidth = std::min(slot * 0.58, metrics.height() * 3.0);
    // Week labels thin out when they would crowd each other.
    const int labelEvery
        = std::max(1, static_cast<int>(std::ceil(metrics.horizontalAdvance(QStringLiteral("00 MMM")) * 1.2 / slot)));
    const QLocale locale;

    // A faint guide at the top of the scale gives the bars a size without a grid.
    painter.setPen(QPen(appearance::hairline(pal), 1.0, Qt::DashLine));
    painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.right(), plot.top()));
    painter.setPen(appearance::mutedText(pal));
    painter.drawText(QRectF(plot.left(), 0, plot.width(), plot.top() - 2), Qt::AlignRight | Qt::AlignBottom,
                     tr("%1 min").arg(top));

    for (int i = 0; i < m_weeks.size(); ++i) {
        const WeekMinutes& week = m_weeks[i];
        const bool current = i == m_weeks.size() - 1;
        const qreal centre = plot.left() + slot * (i + 0.5);
        const qreal height = plot.height() * std::clamp(week.minutes / top, 0.0, 1.0);
        const QRectF bar(centre - barWidth / 2, plot.bottom() - height, barWidth, height);

        if (week.minutes > 0) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(current ? appearance::accent(pal) : appearance::accentWash(pal, 0.5));
            painter.drawPath(barPath(bar, barWidth * 0.22));
            painter.setPen(current ? pal.color(QPalette::WindowText) : appearance::mutedText(pal));
            painter.drawText(QRectF(centre - slot / 2, bar.top() - metrics.height() - 2, slot, metrics.height()),
                             Qt::AlignCenter, QString::number(std::lround(week.minutes)));
        } else {
            // An empty week still shows its place, as a short stub on the line.
            painter.setPen(QPen(appearance::hairline(pal), 3.0, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(QPointF(centre - barWidth / 4, plot.bottom() - 1.5),
                             QPointF(centre + barWidth / 4, plot.bottom() - 1.5));
        }

        if ((m_weeks.size() - 1 - i) % labelEvery == 0) {
            painter.setPen(current ? pal.color(QPalette::WindowText) : appearance::mutedText(pal));
            const QString label = current ? tr("This week") : locale.toString(week.weekStart, QStringLiteral("d MMM"));
            painter.drawText(
                QRectF(centre - slot * labelEvery / 2.0, plot.bottom() + 4, slot * labelEvery, metrics.height() * 1.4),
                Qt::AlignHCenter | Qt::AlignTop, label);
        }
    }

    painter.setPen(QPen(appearance::hairline(pal), 1.0));
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()));
}

} // namespace limber
