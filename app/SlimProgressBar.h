#pragma once

#include <QProgressBar>

namespace limber {

// A thin, rounded bar in the accent colour: how far through the whole
// session. A QProgressBar underneath, so screen readers and tests read its
// value as usual; only the drawing is its own. The style's bar is drawn with
// gradients, which Qt 6 fills on its thread pool, several times a second.
class SlimProgressBar final : public QProgressBar {
    Q_OBJECT

public:
    explicit SlimProgressBar(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace limber
