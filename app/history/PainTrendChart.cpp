#include "history/PainTrendChart.h"

#include "history/PainScale.h"
#include "style/Appearance.h"

#include "limber/History.h"

#include <QLinearGradient>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <functional>
#include <optional>

namespace limber {

namespace {

using Series = std::function<std::optional<double>(const PainTrendPoint&)>;

} // namespace

PainTrendChart::PainTrendChart(QWidget* parent)
    : ChartWidget(tr("Pain over time"), 11, 7, parent)
{
}

void PainTrendChart::setTrend(const QList<PainTrendPoint>& points, const QDate& from, const QDate& to)
{
    m_points = points;
    m_from = from;
    m_to = to;
    QStringList spoken;
    const QLocale locale;
    for (const PainTrendPoint& point : points) {
        QStringList parts;
        if (point.before)
            parts.append(tr("before %1").arg(*point.before, 0, 'f', 1));
        if (point.after)
            parts.append(tr("after %1").arg(*point.after, 0, 'f', 1));
        spoken.append(locale.toString(point.day, QLocale::ShortFormat) + QStringLiteral(": ")
                      + parts.join(QStringLiteral(", ")));
    }
    showValues(spoken);
}

void PainTrendChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QFontMetricsF metrics = prepareLabelPainter(painter);
    const QPalette& pal = palette();

    const qreal axisWidth = metrics.horizontalAdvance(QStringLiteral("10")) + 8;
    const QRectF plot = QRectF(rect()).adjusted(axisWidth, metrics.height() * 1.5, -8, -metrics.height() * 1.6);
    if (plot.width() < 20 || plot.height() < 20 || !m_from.isValid() || m_to <= m_from)
        return;

    const qreal days = static_cast<qreal>(m_from.daysTo(m_to));
    const auto xOf = [&](const QDate& day) { return plot.left() + plot.width() * m_from.daysTo(day) / days; };
    const auto yOf = [&](double level) { return plot.bottom() - plot.height() * level / MaxPainLevel; };

    // The wash says "low is good" before any number is read.
    QLinearGradient wash(plot.bottomLeft(), plot.topLeft());
    QColor low = PainScale::colour(MinPainLevel, pal);
    QColor middle = PainScale::colour(MaxPainLevel / 2, pal);
    QColor high = PainScale::colour(MaxPainLevel, pal);
    const int alpha = appearance::isDark(pal) ? 46 : 38;
    low.setAlpha(alpha);
    middle.setAlpha(alpha);
    high.setAlpha(alpha);
    wash.setColorAt(0.0, low);
    wash.setColorAt(0.5, middle);
    wash.setColorAt(1.0, high);
    painter.setPen(Qt::NoPen);
    painter.setBrush(wash);
    painter.drawRoundedRect(plot, 6, 6);

    for (const int level : {MinPainLevel, MaxPainLevel / 2, MaxPainLevel}) {
        const qreal y = yOf(level);
        painter.setPen(QPen(appearance::hairline(pal), 1.0, level == MinPainLevel ? Qt::SolidLine : Qt::DotLine));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(appearance::mutedText(pal));
        painter.drawText(QRectF(0, y - metrics.height() / 2, axisWidth - 6, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(level));
    }

    const QLocale locale;
    painter.setPen(appearance::mutedText(pal));
    const QRectF dates(plot.left(), plot.bottom() + 4, plot.width(), metrics.height() * 1.4);
    painter.drawText(dates, Qt::AlignLeft | Qt::AlignTop, locale.toString(m_from, QStringLiteral("d MMM")));
    painter.drawText(dates, Qt::AlignRight | Qt::AlignTop, tr("Today"));

    if (m_points.isEmpty()) {
        painter.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No pain check-ins in these weeks yet.\nAnswer the short question before or after a "
                            "session to see the trend here."));
        return;
    }

    // Calls `visit(at, level)` for each day the series has a level on, in order.
    const auto forEachLevel = [&](const Series& value, const auto& visit) {
        for (const PainTrendPoint& point : m_points) {
            const std::optional<double> level = value(point);
            if (level)
                visit(QPointF(xOf(point.day), yOf(*level)), *level);
        }
    };
    const auto drawSeries = [&](const Series& value, const QPen& line, bool filled) {
        QPainterPath path;
        bool started = false;
        forEachLevel(value, [&](const QPointF& at, double) {
            if (started)
                path.lineTo(at);
            else
                path.moveTo(at);
            started = true;
        });
        painter.setBrush(Qt::NoBrush);
        painter.setPen(line);
        painter.drawPath(path);

        const qreal radius = filled ? 4.5 : 3.5;
        forEachLevel(value, [&](const QPointF& at, double level) {
            if (filled) {
                painter.setPen(QPen(pal.color(QPalette::Base), 1.5));
                painter.setBrush(PainScale::colour(static_cast<int>(std::lround(level)), pal));
            } else {
                painter.setPen(QPen(line.color(), 1.5));
                painter.setBrush(pal.color(QPalette::Base));
            }
            painter.drawEllipse(at, radius, radius);
        });
    };

    QPen beforePen(appearance::mutedText(pal), 1.5, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin);
    QPen afterPen(appearance::accent(pal), 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    drawSeries([](const PainTrendPoint& point) { return point.before; }, beforePen, false);
    drawSeries([](const PainTrendPoint& point) { return point.after; }, afterPen, true);

    // Legend, top right, above the plot.
    const qreal swatch = metrics.height() * 1.4;
    const QString beforeText = tr("Before");
    const QString afterText = tr("After");
    qreal x = plot.right() - metrics.horizontalAdvance(afterText) - swatch - 4;
    const qreal y = plot.top() - metrics.height() * 0.75;
    const auto legend = [&](const QPen& pen, const QString& text, qreal left) {
        painter.setPen(pen);
        painter.drawLine(QPointF(left, y), QPointF(left + swatch - 6, y));
        painter.setPen(appearance::mutedText(pal));
        painter.drawText(QPointF(left + swatch - 2, y + metrics.ascent() / 2 - 1), text);
    };
    legend(afterPen, afterText, x);
    x -= metrics.horizontalAdvance(beforeText) + swatch + metrics.height();
    legend(beforePen, beforeText, x);
}

} // namespace limber
