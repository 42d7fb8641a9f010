#pragma once

#include <QFont>
#include <QWidget>

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
    ChartWidget(int preferredLines, int minimumLines, QWidget* parent);

    QFont labelFont() const;
    void changeEvent(QEvent* event) override;

private:
    int m_preferredLines;
    int m_minimumLines;
};

} // namespace limber
