#pragma once

#include "limber/HistoryStats.h"

#include "history/ChartWidget.h"
#include <QDate>
#include <QList>

namespace limber {

// Pain on the 0..10 scale over a span of days, for one region: a quiet dashed
// line for "before" and a bolder one for "after", with dots in the scale's
// colours over a faint green-to-red wash. Drawn with QPainter from the palette.
class PainTrendChart final : public ChartWidget {
    Q_OBJECT

public:
    explicit PainTrendChart(QWidget* parent = nullptr);

    void setTrend(const QList<PainTrendPoint>& points, const QDate& from, const QDate& to);
    const QList<PainTrendPoint>& points() const { return m_points; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<PainTrendPoint> m_points;
    QDate m_from;
    QDate m_to;
};

} // namespace limber
