#pragma once

#include "limber/History.h"
#include "limber/Plan.h"
#include "limber/routines/Routine.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;

namespace limber {

class ActionButton;
class Catalog;
class RoutineListModel;

// "My routines" on home: the person's own routines with their length, and
// Start, Edit, Duplicate and Delete for the one chosen; reordered by drag and
// drop or Alt+Up/Down. A deletion can be undone from the bar it leaves. The
// panel only shows and asks: whoever owns the routines does the work.
class RoutineListPanel final : public QWidget {
    Q_OBJECT

public:
    explicit RoutineListPanel(const Catalog& catalog, QWidget* parent = nullptr);

    void setRoutines(const QList<Routine>& routines);
    // This week's sessions (from the history), for each routine's progress
    // against its "how often" in its summary ("3 of 5 days this week").
    void setThisWeek(const QList<SessionRecord>& sessions, const QDate& today);
    // Lead-in, rests and pace from settings, for the lengths shown.
    void setBaseOptions(const PlanOptions& options);
    // The inline "Deleted · Undo" bar, after the owner removed `name`.
    void showDeleted(const QString& name);
    void hideDeleted();

    QString currentId() const;
    void setCurrentId(const QString& id);
    QListView* list() const { return m_list; }
    RoutineListModel* model() const { return m_model; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* startButton() const;
    QPushButton* editButton() const { return m_edit; }
    QPushButton* duplicateButton() const { return m_duplicate; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* undoButton() const { return m_undo; }
    QWidget* deletedBar() const { return m_deletedBar; }

Q_SIGNALS:
    void newRequested();
    void startRequested(const QString& id);
    void editRequested(const QString& id);
    void duplicateRequested(const QString& id);
    void deleteRequested(const QString& id);
    void undoRequested();
    void reordered(const QStringList& ids);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refreshButtons();
    void requestFor(void (RoutineListPanel::*signal)(const QString&));

    const Catalog& m_catalog;
    PlanOptions m_options;
    QList<Routine> m_routines;
    QList<SessionRecord> m_thisWeek;
    QDate m_today;
    RoutineListModel* m_model;
    QStackedWidget* m_pages;
    QWidget* m_empty;
    QWidget* m_filled;
    QListView* m_list;
    QPushButton* m_new;
    ActionButton* m_start;
    QPushButton* m_edit;
    QPushButton* m_duplicate;
    QPushButton* m_delete;
    QWidget* m_deletedBar;
    QLabel* m_deletedText;
    QPushButton* m_undo;
};

} // namespace limber
