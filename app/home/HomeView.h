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
class RoutinePanel;

// Home: "where does it hurt?" A figure to point at on the left; the chosen
// region's exercises and the Start button on the right; the safety reminder
// across the top until it has been read.
class HomeView final : public QWidget {
    Q_OBJECT

public:
    explicit HomeView(const Catalog& catalog, QWidget* parent = nullptr);

    BodyRegionPicker* picker() const { return m_picker; }
    RoutinePanel* routinePanel() const { return m_routine; }
    NoticeBanner* reminder() const { return m_reminder; }

    void selectRegion(const QString& regionId);
    void setBaseOptions(const PlanOptions& options);

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
    NoticeBanner* m_reminder;
    QStackedWidget* m_side;
    QWidget* m_intro = nullptr;
};

} // namespace limber
