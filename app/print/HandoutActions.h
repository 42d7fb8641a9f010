#pragma once

#include "print/Handout.h"

#include <QCoreApplication>
#include <QDialog>
#include <QPageSize>

#include <functional>
#include <optional>

class QComboBox;
class QLineEdit;
class QMenu;
class QWidget;

namespace limber {

class Catalog;
class PrintModule;
class RoutinePanel;

// File › Print… and File › Export as PDF…: what is printed comes from a
// source (the exercises ticked on home), asked at the moment of the click.
class HandoutActions final {
    Q_DECLARE_TR_FUNCTIONS(limber::HandoutActions)

public:
    using Source = std::function<std::optional<Handout>()>;

    // Adds both actions to `menu` (which owns them) and a separator after
    // them. The source may return nothing (no region chosen yet): the person
    // is told what to do instead.
    static void addTo(QMenu& menu, Source source);
    // The exercises ticked on home, titled with the region's name; nothing
    // while no region is chosen or nothing is ticked.
    static std::optional<Handout> fromHome(const Catalog& catalog, const RoutinePanel& panel);

    // The printer dialog, then the pages. False when cancelled or not printed.
    // The dialog is in the limber-print module, loaded at the first print;
    // without it the person is told why and pointed to Export as PDF.
    static bool printWithDialog(const Handout& handout, QWidget* parent);
    static bool printWithDialog(const Handout& handout, QWidget* parent, const PrintModule& module);
    // The export dialog (file and paper size), then the PDF.
    static bool exportWithDialog(const Handout& handout, QWidget* parent);
};

// Where to save the PDF and on which paper; shows a problem writing it and
// stays open, so the person can pick another place.
class HandoutExportDialog final : public QDialog {
    Q_OBJECT

public:
    HandoutExportDialog(Handout handout, QWidget* parent = nullptr);

    QString path() const;
    void setPath(const QString& path);
    QPageSize pageSize() const;
    void setPageSize(const QPageSize& size);
    // The last problem shown (tests read it); empty after a good export.
    const QString& problem() const { return m_problem; }
    // Without a message box (tests): true when the file was written.
    bool exportNow();

    void accept() override;

private:
    void choosePath();

    Handout m_handout;
    QLineEdit* m_path;
    QComboBox* m_paper;
    QString m_problem;
};

} // namespace limber
