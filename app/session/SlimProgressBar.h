#pragma once

#include <QWidget>

namespace limber {

// A thin, rounded bar in the accent colour: how far through the whole
// session. Screen readers see a progress bar with its value
// (SlimProgressBarAccessible).
//
// Not a QProgressBar on purpose: that one repaints synchronously, outside the
// session's frame, whenever its style would show a change, and the style draws
// it with gradients that Qt 6 fills on its thread pool.
class SlimProgressBar final : public QWidget {
    Q_OBJECT

public:
    explicit SlimProgressBar(QWidget* parent = nullptr);

    void setRange(int minimum, int maximum);
    int minimum() const { return m_minimum; }
    int maximum() const { return m_maximum; }
    void setValue(int value);
    int value() const { return m_value; }
    // Done as a share of the range, 0..1.
    double fraction() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int m_minimum = 0;
    int m_maximum = 100;
    int m_value = 0;
};

} // namespace limber
