#pragma once

#include <QAbstractButton>

namespace limber {

// One number of the 0..10 pain scale: a rounded tile in that level's colour,
// big enough to hit at a glance, with a clear ring under the mouse or focus.
class PainLevelButton final : public QAbstractButton {
    Q_OBJECT

public:
    explicit PainLevelButton(int level, QWidget* parent = nullptr);

    int level() const { return m_level; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int m_level;
};

} // namespace limber
