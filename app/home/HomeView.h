#pragma once

#include "home/RoutinePanel.h" // complete for LazyPage, and for the detailsOpened signal (moc)
#include "widgets/LazyPage.h"

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
class SetAsideBook;
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
    // The chosen region's exercises, built the first time they are needed:
    // until a region is chosen nobody sees them, and as a hidden page of the
    // side stack they were asked for their sizes before the first frame
    // anyway (two font sizes of their own, 4 M instructions).
    RoutinePanel* routinePanel();
    RoutinePanel* builtRoutinePanel() const { return m_routine.built(); }
    NoticeBanner* reminder() const { return m_reminder; }
    WeeklyGoalView* weeklyGoal() const { return m_weeklyGoal; }
    // "My routines", below the region's exercises; hidden until someone keeps routines.
    RoutineListPanel* routineList() const { return m_routineList; }

    void selectRegion(const QString& regionId);
    void setBaseOptions(const PlanOptions& options);
    // The options a session started from home would use.
    PlanOptions planOptions() const;
    // Exercises set aside because they hurt are not suggested (RoutinePanel::setSetAside).
    void setSetAside(SetAsideBook* book);
    // "3 of 5 sessions this week" in the top corner; a goal of 0 hides it.
    void setWeeklyProgress(int done, int goal);

Q_SIGNALS:
    void startRequested(const QStringList& exerciseIds, const limber::PlanOptions& options);
    void aboutExercisesRequested();
    // An exercise's details are open (RoutinePanel::detailsOpened).
    void detailsOpened(const QString& exerciseId, limber::ExerciseDetailDialog* dialog);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QWidget* buildIntroPanel(const Catalog& catalog);
    RoutinePanel* buildRoutinePanel();
    void showRegion(const QString& regionId);
    void requestStart();

    const Catalog& m_catalog;
    BodyRegionPicker* m_picker;
    RoutineListPanel* m_routineList;
    NoticeBanner* m_reminder;
    WeeklyGoalView* m_weeklyGoal;
    QStackedWidget* m_side;
    QWidget* m_intro = nullptr;
    LazyPage<RoutinePanel> m_routine;
    // Handed to the routine panel when it is built.
    PlanOptions m_baseOptions;
    SetAsideBook* m_setAside = nullptr;
};

} // namespace limber
