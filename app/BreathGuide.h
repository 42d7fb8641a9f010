#pragma once

#include "limber/Catalog.h"

#include <QWidget>

namespace limber {

// A soft circle that grows while breathing in and shrinks while breathing out,
// following the step's progress so the breath and the movement stay together.
// Still (and quiet) when the step has no breath to pace.
class BreathGuide final : public QWidget {
    Q_OBJECT

public:
    explicit BreathGuide(QWidget* parent = nullptr);

    void setBreath(Breath breath, double progress);
    Breath breath() const { return m_breath; }
    // How full the lungs are, 0 (empty) .. 1 (full), as drawn.
    double fullness() const;
    QString caption() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Breath m_breath = Breath::None;
    double m_progress = 0.0;
};

} // namespace limber
