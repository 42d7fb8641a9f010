#pragma once

#include "limber/Catalog.h"
#include "limber/routines/RoutineArchive.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;

namespace limber {

class Catalog;
class RoutineStore;
class RoutinesController;

// Routines as files to hand on: File › Export routine… writes the chosen one
// as a .limber file; File › Import routine…, or a .limber file dropped on the
// window, first shows what the file holds and what it would replace, and
// writes nothing unless the person agrees.
class RoutineFiles final : public QObject {
    Q_OBJECT

public:
    // Adds its File menu entries to `routines` and takes drops on `window`.
    RoutineFiles(const Catalog& catalog, RoutineStore& store, RoutinesController& routines, QWidget& window);

    void importFile(const QString& path);
    // Writes the routine as a .limber file; an empty string or the problem.
    QString exportRoutine(const QString& id, const QString& path);
    // Replaces the import dialog (tests answer it directly): the choices, or nothing to cancel.
    void setImportConfirmer(std::function<std::optional<ImportChoices>(const ArchivePreview&)> confirmer)
    {
        m_importConfirmer = std::move(confirmer);
    }
    // Replaces the message box for problems (tests read them).
    void setProblemShower(std::function<void(const QString&, const QString&)> shower)
    {
        m_showProblem = std::move(shower);
    }

Q_SIGNALS:
    // The exercises an import installed, read back from the catalog folder as
    // a restart would read them: whoever keeps the catalog adds them at once.
    void exercisesInstalled(const QList<limber::Exercise>& exercises);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void askImport();
    void askExport();
    void showProblem(const QString& title, const QString& message);
    QList<Exercise> readInstalled(const QStringList& ids) const;

    const Catalog& m_catalog;
    RoutineStore& m_store;
    RoutinesController& m_routines;
    QWidget& m_window;
    QAction* m_export;
    std::function<std::optional<ImportChoices>(const ArchivePreview&)> m_importConfirmer;
    std::function<void(const QString&, const QString&)> m_showProblem;
};

} // namespace limber
