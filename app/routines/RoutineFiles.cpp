#include "routines/RoutineFiles.h"

#include "pictures/PictureChecks.h"
#include "routines/ImportRoutineDialog.h"
#include "routines/RoutinesController.h"

#include "limber/CatalogLoader.h"
#include "limber/routines/RoutineStore.h"

#include <QAction>
#include <QDropEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QMimeData>
#include <QStandardPaths>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace limber {

namespace {

QString limberFileIn(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QStringLiteral(".limber"), Qt::CaseInsensitive))
            return url.toLocalFile();
    }
    return {};
}

} // namespace

RoutineFiles::RoutineFiles(const Catalog& catalog, RoutineStore& store, RoutinesController& routines, QWidget& window)
    : QObject(&routines)
    , m_catalog(catalog)
    , m_store(store)
    , m_routines(routines)
    , m_window(window)
    , m_export(new QAction(tr("&Export routine…"), this))
{
    auto* import = new QAction(tr("&Import routine…"), this);
    import->setObjectName(QStringLiteral("importRoutineAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(import, &QAction::triggered, this, &RoutineFiles::askImport);
    m_export->setObjectName(QStringLiteral("exportRoutineAction"));
    m_export->setEnabled(!m_store.routines().isEmpty());
    connect(m_export, &QAction::triggered, this, &RoutineFiles::askExport);
    connect(&m_store, &RoutineStore::changed, this, [this] {
        m_export->setEnabled(!m_store.routines().isEmpty());
        m_routines.refresh();
    });
    m_routines.addFileAction(import);
    m_routines.addFileAction(m_export);
    m_window.setAcceptDrops(true);
    m_window.installEventFilter(this);
}

void RoutineFiles::askImport()
{
    const QString path = QFileDialog::getOpenFileName(
        &m_window, tr("Import a routine"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        tr("Limber routines (*.limber)"));
    if (!path.isEmpty())
        importFile(path);
}

void RoutineFiles::askExport()
{
    const Routine* routine = m_store.routine(m_routines.chosenId());
    if (!routine)
        return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
        + routine->id + QStringLiteral(".limber");
    const QString path = QFileDialog::getSaveFileName(&m_window, tr("Export “%1”").arg(routine->name), suggested,
                                                      tr("Limber routines (*.limber)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportRoutine(routine->id, path); !error.isEmpty())
        showProblem(tr("The routine cannot be exported"), error);
}

QString RoutineFiles::exportRoutine(const QString& id, const QString& path)
{
    const Routine* routine = m_store.routine(id);
    if (!routine)
        return tr("There is no routine “%1”.").arg(id);
    return RoutineArchive::write(*routine, userCatalogFolder(), path);
}

void RoutineFiles::importFile(const QString& path)
{
    ArchiveReadResult read = RoutineArchive::readFile(path);
    if (!read.ok()) {
        showProblem(tr("The routine cannot be imported"), read.error);
        return;
    }
    RoutineArchive::findConflicts(read.preview, m_store, m_catalog, userCatalogFolder());
    std::optional<ImportChoices> choices;
    if (m_importConfirmer) {
        choices = m_importConfirmer(read.preview);
    } else {
        ImportRoutineDialog dialog(read.preview, &m_window);
        if (dialog.exec() == QDialog::Accepted)
            choices = dialog.choices();
    }
    if (!choices)
        return; // nothing was written
    const ImportResult imported
        = RoutineArchive::apply(read.preview, *choices, m_store, m_catalog, userCatalogFolder());
    if (!imported.ok()) {
        showProblem(tr("The routine cannot be imported"), imported.error);
        return;
    }
    spdlog::info("routines: imported {} from {}", imported.routineId.toStdString(), path.toStdString());
    // Before the routine is chosen, so its length already counts its new exercises.
    if (const QList<Exercise> added = readInstalled(imported.exerciseIds); !added.isEmpty())
        Q_EMIT exercisesInstalled(added);
    m_routines.choose(imported.routineId);
}

QList<Exercise> RoutineFiles::readInstalled(const QStringList& ids) const
{
    if (ids.isEmpty())
        return {};
    // The same reading and checks as at start-up, so what appears now is what a restart would show.
    const LoadedCatalog loaded
        = loadCatalogs(builtInCatalogPath(), userCatalogFolder(), &ImagePictureChecker::instance());
    QList<Exercise> found;
    for (const QString& id : ids) {
        if (const Exercise* exercise = loaded.catalog.exercise(id))
            found.append(*exercise);
        else
            spdlog::warn("routines: imported exercise {} cannot be read back", id.toStdString());
    }
    return found;
}

void RoutineFiles::showProblem(const QString& title, const QString& message)
{
    spdlog::warn("routines: {}: {}", title.toStdString(), message.toStdString());
    if (m_showProblem) {
        m_showProblem(title, message);
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, &m_window);
    box.exec();
}

bool RoutineFiles::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (watched == &m_window && (type == QEvent::DragEnter || type == QEvent::DragMove || type == QEvent::Drop)) {
        auto* drop = static_cast<QDropEvent*>(event);
        const QString path = limberFileIn(drop->mimeData());
        if (path.isEmpty())
            return false;
        drop->acceptProposedAction();
        // After the drop has finished: the drag's source must not wait for the question.
        if (type == QEvent::Drop)
            QTimer::singleShot(0, this, [this, path] { importFile(path); });
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace limber
