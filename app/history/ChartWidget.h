#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QString>
#include <QStringList>
#include <QWidget>

class QPainter;

namespace limber {

// What the history charts share: they grow with the width, are as tall as a
// number of text lines, repaint when the palette or font changes, and label
// their axes in a slightly smaller font.
class ChartWidget : public QWidget {
    Q_OBJECT

public:
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    // `accessibleName` says what the chart shows, for a screen reader.
    ChartWidget(const QString& accessibleName, int preferredLines, int minimumLines, QWidget* parent);

    QFont labelFont() const;
    // Readies a painter on the chart: antialiased, writing in labelFont().
    // Returns that font's metrics, which the layout of every chart is built on.
    QFontMetricsF prepareLabelPainter(QPainter& painter) const;
    // Says the chart's values in words (one entry per bar or point) and repaints.
    void showValues(const QStringList& spokenValues);

    void changeEvent(QEvent* event) override;

private:
    int m_preferredLines;
    int m_minimumLines;
};

} // namespace limber
