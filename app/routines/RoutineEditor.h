#pragma once

#include "limber/Plan.h"
#include "limber/routines/Routine.h"

#include <QMessageBox>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace limber {

class ActionButton;
class Catalog;
class CatalogPicker;
class EntryDoseEditor;
class EntryListModel;

// The routine editor, a page of the window: the catalog to add from on the
// left, the routine's exercises (reordered by drag and drop or Alt+Up/Down)
// and the chosen one's dose in the middle, its planned total and timeline
// (the steps --plan prints) and notes on the right. The total follows every
// keystroke. Leaving with unsaved changes asks first.
class RoutineEditor final : public QWidget {
    Q_OBJECT

public:
    explicit RoutineEditor(const Catalog& catalog, QWidget* parent = nullptr);

    // `isNew` only changes the title ("New routine").
    void edit(const Routine& routine, bool isNew);
    void setBaseOptions(const PlanOptions& options);
    // The routine as edited so far.
    Routine routine() const;
    bool isModified() const;
    // After the owner saved what saveRequested() carried: nothing is unsaved now.
    void markSaved(const Routine& saved);
    // Shown when saving failed, e.g. the folder is read-only.
    void showProblem(const QString& message);

    // Leaves the editor: at once when nothing changed; otherwise asks Save,
    // Discard or Cancel. True when the editor may close (saved or discarded).
    bool requestClose();
    // Replaces the Save/Discard/Cancel question (tests answer it directly).
    void setUnsavedChangesAsker(std::function<QMessageBox::StandardButton()> asker);
    // A button of someone else's (Print…) in the footer, before Cancel; the editor takes it.
    void addFooterButton(QPushButton* button);
    // The catalog gained or lost exercises: the picker, the entries and the plan follow.
    void catalogChanged();

    qint64 plannedTotalMs() const { return m_plan.totalMs; }
    const Plan& plan() const { return m_plan; }
    CatalogPicker* catalogPicker() const { return m_picker; }
    QListView* entryList() const { return m_entries; }
    EntryListModel* entryModel() const { return m_model; }
    EntryDoseEditor* doseEditor() const { return m_dose; }
    QLineEdit* nameField() const { return m_name; }
    QPlainTextEdit* notesField() const { return m_notes; }
    QSpinBox* timesPerDayField() const { return m_timesPerDay; }
    QSpinBox* daysPerWeekField() const { return m_daysPerWeek; }
    QLabel* totalLabel() const { return m_total; }
    QListWidget* timeline() const { return m_timeline; }
    QPushButton* saveButton() const;
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* removeButton() const { return m_remove; }

Q_SIGNALS:
    void saveRequested(const limber::Routine& routine);
    // The person left the editor (after Cancel, Discard, or a save the owner confirmed).
    void closed();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QWidget* buildEntriesColumn();
    QWidget* buildPreviewColumn();
    void addExercise(const QString& exerciseId);
    void showCurrentEntry();
    void replan();
    void save();
    QMessageBox::StandardButton askAboutUnsaved();

    const Catalog& m_catalog;
    PlanOptions m_options;
    Routine m_original;
    Plan m_plan;
    std::function<QMessageBox::StandardButton()> m_asker;
    QLabel* m_title;
    QLineEdit* m_name;
    QSpinBox* m_timesPerDay;
    QSpinBox* m_daysPerWeek;
    CatalogPicker* m_picker;
    EntryListModel* m_model;
    QListView* m_entries;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_remove;
    EntryDoseEditor* m_dose;
    QLabel* m_total;
    QListWidget* m_timeline;
    QPlainTextEdit* m_notes;
    QLabel* m_problem;
    ActionButton* m_save;
    QPushButton* m_cancel;
};

} // namespace limber
