#include "print/RoutinePrintActions.h"

#include "print/HandoutActions.h"
#include "routines/RoutineEditor.h"
#include "routines/RoutineLibrary.h"
#include "routines/RoutineListPanel.h"
#include "routines/RoutineText.h"
#include "routines/RoutinesController.h"

#include "limber/Settings.h"

#include <QAction>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace limber {

RoutinePrintActions::RoutinePrintActions(const Catalog& catalog, RoutinesController& routines, QWidget& window)
    : QObject(&routines)
    , m_catalog(catalog)
    , m_routines(routines)
    , m_window(window)
    , m_print(new QAction(tr("P&rint routine…"), this))
    , m_pdf(new QAction(tr("Export routine as PD&F…"), this))
{
    m_print->setObjectName(QStringLiteral("printRoutineAction"));
    m_print->setStatusTip(tr("Print the routine with its own doses and notes, and a grid to tick"));
    m_pdf->setObjectName(QStringLiteral("exportRoutinePdfAction"));
    m_pdf->setStatusTip(tr("Save the routine's handout as a PDF to print later or send on"));
    connect(m_print, &QAction::triggered, this, [this] { run(false); });
    connect(m_pdf, &QAction::triggered, this, [this] { run(true); });
    m_routines.addFileAction(m_print);
    m_routines.addFileAction(m_pdf);

    // The editor keeps both behind one button, next to Save. It is built
    // when a routine is first opened, so the button waits for it.
    if (RoutineEditor* editor = m_routines.builtEditor())
        addButtonTo(editor);
    connect(&m_routines, &RoutinesController::editorBuilt, this, &RoutinePrintActions::addButtonTo);

    attachTo(m_routines.panel());
    connect(&m_routines, &RoutinesController::panelAttached, this, &RoutinePrintActions::attachTo);
}

void RoutinePrintActions::addButtonTo(RoutineEditor* editor)
{
    auto* button = new QPushButton(tr("&Print…"));
    button->setObjectName(QStringLiteral("printRoutineButton"));
    button->setAutoDefault(false);
    button->setAccessibleDescription(tr("Print this routine, or save it as a PDF"));
    auto* menu = new QMenu(button);
    menu->addAction(m_print);
    menu->addAction(m_pdf);
    button->setMenu(menu);
    editor->addFooterButton(button);
}

void RoutinePrintActions::attachTo(RoutineListPanel* panel)
{
    // Home is built again on a language change: the new list gets the actions too.
    if (!panel)
        return;
    QListView* list = panel->list();
    list->setContextMenuPolicy(Qt::ActionsContextMenu);
    list->addAction(m_print);
    list->addAction(m_pdf);
}

std::optional<Routine> RoutinePrintActions::current() const
{
    if (m_routines.isEditing())
        return m_routines.editor()->routine();
    return m_routines.library().routine(m_routines.chosenId());
}

Handout RoutinePrintActions::handoutFor(const Catalog& catalog, const Routine& routine)
{
    return HandoutBuilder(catalog, SessionSettings::load(QSettings()).planOptions()).fromRoutine(routine);
}

void RoutinePrintActions::run(bool asPdf)
{
    const std::optional<Routine> routine = current();
    const Handout handout = routine ? handoutFor(m_catalog, *routine) : Handout();
    if (handout.isEmpty()) {
        const QString hint = routine
            ? tr("“%1” has no exercises to print yet: add some in the routine editor.")
                  .arg(RoutineText::displayName(*routine))
            : tr("There is no routine to print yet: make one with New routine… under My routines.");
        if (m_showHint)
            m_showHint(hint);
        else
            QMessageBox::information(&m_window, asPdf ? tr("Export routine as PDF") : tr("Print routine"), hint);
        return;
    }
    if (m_output)
        m_output(handout, asPdf);
    else if (asPdf)
        HandoutActions::exportWithDialog(handout, &m_window);
    else
        HandoutActions::printWithDialog(handout, &m_window);
}

} // namespace limber
