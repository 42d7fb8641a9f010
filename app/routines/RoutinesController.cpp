#include "routines/RoutinesController.h"

#include "routines/RoutineEditor.h"
#include "routines/RoutineLibrary.h"
#include "routines/RoutineListPanel.h"
#include "routines/RoutineText.h"
#include "widgets/DeferredLayout.h"

#include "limber/Settings.h"

#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>

#include <spdlog/spdlog.h>

#include <utility>

namespace limber {

RoutinesController::RoutinesController(const Catalog& catalog, RoutineLibrary& library, QStackedWidget& pages,
                                       QWidget& window)
    : QObject(&window)
    , m_catalog(catalog)
    , m_library(library)
    , m_pages(pages)
    , m_window(window)
    // Built when a routine is first opened: most start-ups never edit one.
    , m_editor(pages, [this] {
        auto* editor = new RoutineEditor(m_catalog);
        connect(editor, &RoutineEditor::saveRequested, this, &RoutinesController::save);
        connect(editor, &RoutineEditor::closed, this, &RoutinesController::homeRequested);
        Q_EMIT editorBuilt(editor);
        return editor;
    })
{
}

RoutinesController::~RoutinesController() = default;

void RoutinesController::attach(RoutineListPanel* panel)
{
    m_panel = panel;
    if (!panel)
        return;
    connect(panel, &RoutineListPanel::newRequested, this, &RoutinesController::newRoutine);
    connect(panel, &RoutineListPanel::editRequested, this, &RoutinesController::editRoutine);
    connect(panel, &RoutineListPanel::duplicateRequested, this, &RoutinesController::duplicate);
    connect(panel, &RoutineListPanel::deleteRequested, this, &RoutinesController::remove);
    connect(panel, &RoutineListPanel::undoRequested, this, &RoutinesController::undoRemove);
    connect(panel, &RoutineListPanel::reordered, this, &RoutinesController::reorder);
    connect(panel, &RoutineListPanel::startRequested, this, [this](const QString& id) {
        if (const std::optional<Routine> routine = m_library.routine(id))
            Q_EMIT startRequested(*routine);
    });
    showChild(*panel); // it may be in a window not yet shown
    refresh();
    Q_EMIT panelAttached(panel);
}

void RoutinesController::refresh()
{
    if (m_panel)
        m_panel->setRoutines(m_library.routines());
}

bool RoutinesController::isEditing() const
{
    return m_editor.isCurrent();
}

RoutineListPanel* RoutinesController::panel() const
{
    return m_panel;
}

void RoutinesController::catalogChanged()
{
    if (RoutineEditor* editor = m_editor.built())
        editor->catalogChanged();
    refresh();
}

QString RoutinesController::chosenId() const
{
    if (m_panel && !m_panel->currentId().isEmpty())
        return m_panel->currentId();
    const QList<Routine> routines = m_library.routines();
    return routines.isEmpty() ? QString() : routines.constFirst().id;
}

void RoutinesController::choose(const QString& id)
{
    refresh();
    if (m_panel)
        m_panel->setCurrentId(id);
}

void RoutinesController::newRoutine()
{
    openEditor({}, true);
}

void RoutinesController::editRoutine(const QString& id)
{
    if (const std::optional<Routine> routine = m_library.routine(id))
        openEditor(*routine, false);
}

void RoutinesController::openEditor(const Routine& routine, bool isNew)
{
    // "As usual" and the planned total follow the person's settings, as home's Start does.
    RoutineEditor* editor = m_editor.get();
    editor->setBaseOptions(SessionSettings::load(QSettings()).planOptions());
    editor->edit(routine, isNew);
    m_pages.setCurrentWidget(editor);
    editor->nameField()->setFocus(Qt::OtherFocusReason);
}

void RoutinesController::save(const Routine& routine)
{
    const RoutineLibrary::Saved saved = m_library.save(routine);
    if (!saved.ok()) {
        // The editor stays open with everything typed: nothing is lost.
        m_editor.get()->showProblem(saved.error);
        return;
    }
    Routine stored = routine;
    stored.id = saved.id;
    m_editor.get()->markSaved(stored);
    spdlog::info("routines: saved {}", saved.id.toStdString());
    Q_EMIT homeRequested();
    choose(saved.id);
}

void RoutinesController::remove(const QString& id)
{
    const std::optional<Routine> routine = m_library.routine(id);
    if (!routine)
        return;
    if (const QString error = m_library.remove(id); !error.isEmpty()) {
        showError(tr("The routine cannot be deleted"), error);
        return;
    }
    m_removedId = id;
    refresh();
    if (m_panel)
        m_panel->showDeleted(RoutineText::displayName(*routine));
}

void RoutinesController::undoRemove()
{
    if (m_removedId.isEmpty())
        return;
    const QString id = std::exchange(m_removedId, QString());
    if (const QString error = m_library.restoreRemoved(); !error.isEmpty()) {
        showError(tr("The routine cannot be put back"), error);
        return;
    }
    choose(id);
}

void RoutinesController::duplicate(const QString& id)
{
    const RoutineLibrary::Saved copy = m_library.duplicate(id);
    if (!copy.ok()) {
        showError(tr("The routine cannot be copied"), copy.error);
        return;
    }
    choose(copy.id);
}

void RoutinesController::reorder(const QStringList& ids)
{
    // The list already shows the new order; only a refusal needs showing.
    if (const QString error = m_library.reorder(ids); !error.isEmpty()) {
        showError(tr("The new order cannot be saved"), error);
        refresh();
    }
}

void RoutinesController::addFileActions(QMenu* menu) const
{
    if (m_fileActions.isEmpty())
        return;
    menu->addActions(m_fileActions);
    menu->addSeparator();
}

bool RoutinesController::mayClose()
{
    return !m_editor.isCurrent() || m_editor.get()->requestClose();
}

void RoutinesController::showError(const QString& title, const QString& message)
{
    spdlog::warn("routines: {}: {}", title.toStdString(), message.toStdString());
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, &m_window);
    box.exec();
}

} // namespace limber
