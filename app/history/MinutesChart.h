#pragma once

#include "limber/HistoryStats.h"

#include "history/ChartWidget.h"
#include <QList>

namespace limber {

// Minutes of stretching per week as soft bars, the current week in the accent
// colour. Drawn with QPainter from the palette, so it follows light and dark.
class MinutesChart final : public ChartWidget {
    Q_OBJECT

public:
    explicit MinutesChart(QWidget* parent = nullptr);

    // Oldest first; the last entry is the current week.
    void setWeeks(const QList<WeekMinutes>& weeks);
    const QList<WeekMinutes>& weeks() const { return m_weeks; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<WeekMinutes> m_weeks;
};

} // namespace limber
