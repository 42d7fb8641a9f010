#pragma once

#include <QWidget>

class QLabel;

namespace limber {

class GoalDots;

// Home's glance at the week: "3 of 5 sessions this week" over a row of dots,
// one per session of the goal, the done ones filled. Quiet on purpose: it is
// encouragement, not a score. Hidden until it has been given a goal (with no
// history there is nothing to show).
class WeeklyGoalView final : public QWidget {
    Q_OBJECT

public:
    explicit WeeklyGoalView(QWidget* parent = nullptr);

    // `done` sessions this week of a `goal` of at least 1; a goal of 0 hides the view.
    void setProgress(int done, int goal);

    int done() const { return m_done; }
    int goal() const { return m_goal; }
    // The sentence shown and given to screen readers as the description.
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void showProgress();

    int m_done = 0;
    int m_goal = 0;
    QLabel* m_label;
    GoalDots* m_dots;
};

// The dots alone: `goal` of them, `done` filled, extra sessions beyond the
// goal drawn as one more filled dot each (up to the goal again), so doing more
// than planned shows too.
class GoalDots final : public QWidget {
    Q_OBJECT

public:
    explicit GoalDots(QWidget* parent = nullptr);

    void setProgress(int done, int goal);
    int dotCount() const;
    int filledCount() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int diameter() const;

    int m_done = 0;
    int m_goal = 0;
};

} // namespace limber
