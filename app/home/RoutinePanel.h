#pragma once

#include "home/ExerciseDetailDialog.h" // complete for the detailsOpened signal (moc)
#include "widgets/ActionButton.h"

#include "limber/Plan.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace limber {

class Catalog;
class ExerciseCard;
class SetAsideBook;

// The right-hand side of home once a region is chosen: the region's exercises
// as cards (the suggested one or two already ticked) and a Start button that
// says how long the session will take, updated as cards are ticked.
class RoutinePanel final : public QWidget {
    Q_OBJECT

public:
    explicit RoutinePanel(const Catalog& catalog, QWidget* parent = nullptr);

    // Shows the region's exercises with its suggestions ticked. Showing the
    // region already shown keeps the person's choices.
    void showRegion(const QString& regionId);
    const QString& regionId() const { return m_regionId; }
    // The catalog changed (an exercise of the person's was saved or deleted).
    void refresh() { rebuildCards(); }

    // Lead-in, rests, pace... from settings; the cards add their chosen counts.
    void setBaseOptions(const PlanOptions& options);
    PlanOptions planOptions() const;
    QStringList chosenExerciseIds() const;
    qint64 plannedTotalMs() const;

    // Exercises set aside because they hurt ("This one hurt") are not ticked;
    // the next fitting one of the region is, and their cards say why.
    void setSetAside(SetAsideBook* book);
    QLabel* hint() const { return m_hint; }

    const QList<ExerciseCard*>& cards() const { return m_cards; }
    QPushButton* startButton() const { return m_start; }

Q_SIGNALS:
    void startRequested();
    // An exercise's details are open: app/exercises adds its buttons.
    void detailsOpened(const QString& exerciseId, limber::ExerciseDetailDialog* dialog);

private:
    void rebuildCards();
    void selectAll();
    void refreshStartButton();
    void openDetails(const QString& exerciseId);
    qint64 plannedHoldMs(const QString& exerciseId) const;
    void noteSetAside(ExerciseCard& card);

    const Catalog& m_catalog;
    PlanOptions m_baseOptions;
    QString m_regionId;
    QLabel* m_title;
    QLabel* m_summary;
    QLabel* m_hint;
    QPushButton* m_selectAll;
    QVBoxLayout* m_cardLayout;
    QLabel* m_moreHeading;
    QList<ExerciseCard*> m_cards;
    ActionButton* m_start;
    SetAsideBook* m_setAside = nullptr;
    QString m_focusAfterRebuild; // the card whose "Suggest it again" was clicked
};

} // namespace limber
