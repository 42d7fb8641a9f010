#pragma once

#include "print/Handout.h"

#include "limber/routines/Routine.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace limber {

class Catalog;
class RoutineEditor;
class RoutineListPanel;
class RoutinesController;

// Printing one of "My routines": File › Print routine… and Export routine as
// PDF…, the same two on the routine list's context menu and behind the
// editor's Print button. They print the routine open in the editor (as it is
// on screen, saved or not) or else the one chosen on home, with its own doses,
// notes and how-often grid: the handout `limber --pdf ROUTINE` writes.
class RoutinePrintActions final : public QObject {
    Q_OBJECT

public:
    RoutinePrintActions(const Catalog& catalog, RoutinesController& routines, QWidget& window);

    // The routine the actions would print now, if there is one.
    std::optional<Routine> current() const;
    // The handout of `routine` with the doses a session would run with the
    // person's settings, exactly as HandoutCommand builds it for --pdf.
    static Handout handoutFor(const Catalog& catalog, const Routine& routine);

    QAction* printAction() const { return m_print; }
    QAction* pdfAction() const { return m_pdf; }
    // Replaces the printer and export dialogs (tests): gets the handout to print or export.
    void setOutput(std::function<void(const Handout&, bool asPdf)> output) { m_output = std::move(output); }
    // Replaces the message box shown when there is nothing to print (tests read it).
    void setHintShower(std::function<void(const QString&)> shower) { m_showHint = std::move(shower); }

private:
    void attachTo(RoutineListPanel* panel);
    void addButtonTo(RoutineEditor* editor);
    void run(bool asPdf);

    const Catalog& m_catalog;
    RoutinesController& m_routines;
    QWidget& m_window;
    QAction* m_print;
    QAction* m_pdf;
    std::function<void(const Handout&, bool)> m_output;
    std::function<void(const QString&)> m_showHint;
};

} // namespace limber
