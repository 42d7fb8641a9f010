#pragma once

#include "limber/routines/Routine.h"
#include "routines/RoutineEditor.h" // complete for LazyPage
#include "widgets/LazyPage.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QStackedWidget;

namespace limber {

class Catalog;
class RoutineEditor;
class RoutineLibrary;
class RoutineListPanel;

// The person's routines in the window: keeps home's "My routines" in step
// with the RoutineLibrary, opens the editor page and saves what it hands
// back, and deletes with Undo. Starting goes back to the window, which asks
// the pain check-in first as for any start from home.
class RoutinesController final : public QObject {
    Q_OBJECT

public:
    // The editor becomes a page of `pages`; error messages are shown over `window`.
    RoutinesController(const Catalog& catalog, RoutineLibrary& library, QStackedWidget& pages, QWidget& window);
    ~RoutinesController() override;

    // Home's panel (home is built again when the language changes).
    void attach(RoutineListPanel* panel);
    RoutineEditor* editor() { return m_editor.get(); }              // built on first use
    RoutineEditor* builtEditor() const { return m_editor.built(); } // null until then
    RoutineLibrary& library() { return m_library; }
    // True while the editor is the page shown.
    bool isEditing() const;
    RoutineListPanel* panel() const;
    // The routine chosen on home, or the first one; empty when there is none.
    QString chosenId() const;
    void choose(const QString& id);

    void newRoutine();
    void editRoutine(const QString& id);
    // File menu entries about routines (Import…, Export routine…), owned by
    // whoever adds them; addFileActions() puts them in the menu each time it is built.
    void addFileAction(QAction* action)
    {
        m_fileActions.append(action);
        Q_EMIT fileActionsChanged();
    }
    void addFileActions(QMenu* menu) const;
    // Shows the library again, after a change made elsewhere (an import).
    void refresh();
    // The catalog gained or lost exercises: lengths, the editor's picker and plan follow.
    void catalogChanged();
    // False when the editor is open with changes the person wants to keep.
    bool mayClose();

Q_SIGNALS:
    void startRequested(const limber::Routine& routine);
    void homeRequested();
    void fileActionsChanged();
    // A (new) home panel is shown; others add their own actions to it.
    void panelAttached(limber::RoutineListPanel* panel);
    // The editor page was just built; others add their own buttons to it.
    void editorBuilt(limber::RoutineEditor* editor);

private:
    void openEditor(const Routine& routine, bool isNew);
    void save(const Routine& routine);
    void remove(const QString& id);
    void undoRemove();
    void duplicate(const QString& id);
    void reorder(const QStringList& ids);
    void showError(const QString& title, const QString& message);

    const Catalog& m_catalog;
    RoutineLibrary& m_library;
    QStackedWidget& m_pages;
    QWidget& m_window;
    QPointer<RoutineListPanel> m_panel;
    LazyPage<RoutineEditor> m_editor;
    QString m_removedId; // what Undo puts back
    QList<QAction*> m_fileActions;
};

} // namespace limber
