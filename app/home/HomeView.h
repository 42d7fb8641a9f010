#pragma once

#include "limber/Plan.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace limber {

class BodyRegionPicker;
class Catalog;
class NoticeBanner;
class RoutineListPanel;
class RoutinePanel;
class WeeklyGoalView;

// Home: "where does it hurt?" A figure to point at on the left; the chosen
// region's exercises and the Start button on the right; the safety reminder
// across the top until it has been read; this week's progress towards the
// weekly goal in the top corner, once there is a history to count from.
class HomeView final : public QWidget {
    Q_OBJECT

public:
    explicit HomeView(const Catalog& catalog, QWidget* parent = nullptr);

    BodyRegionPicker* picker() const { return m_picker; }
    RoutinePanel* routinePanel() const { return m_routine; }
    NoticeBanner* reminder() const { return m_reminder; }
    WeeklyGoalView* weeklyGoal() const { return m_weeklyGoal; }
    // "My routines", below the region's exercises; hidden until someone keeps routines.
    RoutineListPanel* routineList() const { return m_routineList; }

    void selectRegion(const QString& regionId);
    void setBaseOptions(const PlanOptions& options);
    // "3 of 5 sessions this week" in the top corner; a goal of 0 hides it.
    void setWeeklyProgress(int done, int goal);

Q_SIGNALS:
    void startRequested(const QStringList& exerciseIds, const limber::PlanOptions& options);
    void aboutExercisesRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QWidget* buildIntroPanel(const Catalog& catalog);
    void showRegion(const QString& regionId);
    void requestStart();

    BodyRegionPicker* m_picker;
    RoutinePanel* m_routine;
    RoutineListPanel* m_routineList;
    NoticeBanner* m_reminder;
    WeeklyGoalView* m_weeklyGoal;
    QStackedWidget* m_side;
    QWidget* m_intro = nullptr;
};

} // namespace limber
