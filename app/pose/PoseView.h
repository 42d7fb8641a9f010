#pragma once

#include "limber/Plan.h"

#include <QPixmap>
#include <QWidget>

#include <memory>

namespace limber {

class PoseFigureRenderer;
struct PoseFrame;
class TimerSource;

// Shows the figure for an exercise: a still on cards, or the pose that
// follows the session's current step. It repaints only when the frame it
// would draw differs from the last one, so an idle session costs nothing.
class PoseView final : public QWidget {
    Q_OBJECT

public:
    // The loop animation runs on real timers.
    explicit PoseView(QWidget* parent = nullptr);
    // The loop animation runs on `timers` (tests hand in virtual ones).
    explicit PoseView(TimerSource& timers, QWidget* parent = nullptr);
    ~PoseView() override;

    // The exercise's main pose, no movement.
    void showStill(const QString& exerciseId);
    // The pose for `step` at `progress` (0..1 through the step); call as often
    // as you like, e.g. from an animation frame timer.
    void showStep(const Step& step, double progress);
    // The first progress of from + stride, from + 2 stride, ... (before
    // `until`) at which the figure for `step` would look different from what
    // is shown; `until` when it would not. What the session's frame pacing
    // asks (SessionDriver::requestFrameAt), with a stride of one frame.
    double nextVisibleProgress(const Step& step, double from, double until, double stride) const;
    // Loop the exercise's movement (detail view); stops with showStill/showStep.
    void playLoop(const QString& exerciseId);

    QSize sizeHint() const override;
    int heightForWidth(int width) const override;
    bool hasHeightForWidth() const override { return true; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    // Schedules the paint of `next` if it looks any different from what is shown.
    void present(const PoseFrame& next);
    // Whether present(next) would repaint anything.
    bool differsFromShown(const PoseFrame& next) const;

    struct Private;
    std::unique_ptr<Private> m_d;
};

// A still of the exercise's main pose for cards and lists.
QPixmap renderPoseStill(const QString& exerciseId, const QSize& logicalSize, qreal devicePixelRatio,
                        const QPalette& palette);

} // namespace limber
