#include "limber/routines/RoutineArchive.h"
#include "limber/routines/RoutineStore.h"
#include "limber/routines/RoutineWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

// Importing a .limber archive: what it would replace, and installing it all or nothing.
namespace limber {

namespace {

QByteArray fileContent(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(RoutineArchive::MaxPictureBytes + 1);
}

// "images/bridge.png" → "images/bridge-2.png", the first name not yet used.
QString freePicturePath(const QString& path, const QString& folder, const QSet<QString>& used)
{
    const QFileInfo info(path);
    const QString dir = info.path() == "."_L1 ? QString() : info.path() + u'/';
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    for (int n = 2;; ++n) {
        const QString candidate = dir + info.completeBaseName() + u'-' + QString::number(n) + suffix;
        if (!used.contains(candidate) && !QFileInfo::exists(folder + u'/' + candidate))
            return candidate;
    }
}

QJsonObject withPicturePaths(QJsonObject exercise, const QHash<QString, QString>& renamed)
{
    QJsonObject picture = exercise.value("picture"_L1).toObject();
    if (!picture.contains("frames"_L1))
        return exercise;
    QJsonArray frames = picture.value("frames"_L1).toArray();
    for (qsizetype i = 0; i < frames.size(); ++i) {
        QJsonObject frame = frames.at(i).toObject();
        const QString image = frame.value("image"_L1).toString();
        if (renamed.contains(image))
            frame.insert(u"image"_s, renamed.value(image));
        frames.replace(i, frame);
    }
    picture.insert(u"frames"_s, frames);
    exercise.insert(u"picture"_s, picture);
    return exercise;
}

// Whether a catalog file holds this one exercise and nothing else (as an import writes it).
bool holdsOnlyExercise(const QString& path, const QString& id)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject root = QJsonDocument::fromJson(file.read(4 * 1024 * 1024)).object();
    const QJsonArray exercises = root.value("exercises"_L1).toArray();
    return root.size() == 2 && exercises.size() == 1 && exercises.at(0).toObject().value("id"_L1).toString() == id;
}

// Files moved into place, so a later failure can put everything back.
class Installer final {
public:
    explicit Installer(const QString& stagingFolder)
        : m_staging(stagingFolder)
    {
    }

    QString stage(const QString& relative, const QByteArray& data, const QString& target)
    {
        return writeFileAtomically(m_staging + u"/new/"_s + relative, data, target);
    }

    // Moves a staged file to `target`, keeping what was there for a rollback.
    QString move(const QString& relative, const QString& target)
    {
        const QString staged = m_staging + u"/new/"_s + relative;
        const QString shown = QDir::toNativeSeparators(target);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return RoutineArchive::tr("cannot write %1: its folder cannot be created").arg(shown);
        QString backup;
        if (QFileInfo::exists(target)) {
            backup = m_staging + u"/old/"_s + QString::number(m_moves.size());
            if (!QDir().mkpath(QFileInfo(backup).absolutePath()) || !QFile::rename(target, backup))
                return RoutineArchive::tr("cannot replace %1").arg(shown);
        }
        if (!QFile::rename(staged, target)) {
            if (!backup.isEmpty())
                QFile::rename(backup, target);
            return RoutineArchive::tr("cannot write %1").arg(shown);
        }
        m_moves.append({target, backup});
        return QString();
    }

    void rollBack()
    {
        for (auto it = m_moves.crbegin(); it != m_moves.crend(); ++it) {
            QFile::remove(it->target);
            if (!it->backup.isEmpty() && !QFile::rename(it->backup, it->target))
                spdlog::error("import: cannot put {} back", it->target.toStdString());
        }
        m_moves.clear();
    }

private:
    struct Move {
        QString target;
        QString backup;
    };
    QString m_staging;
    QList<Move> m_moves;
};

} // namespace

void RoutineArchive::findConflicts(ArchivePreview& preview, const RoutineStore& store, const Catalog& installed,
                                   const QString& userCatalogFolder)
{
    preview.routineIdTaken = store.routine(preview.routine.id) != nullptr;
    preview.takenExerciseIds.clear();
    preview.takenPicturePaths.clear();
    preview.missingExerciseIds.clear();
    QSet<QString> carried;
    for (const ArchiveExercise& exercise : std::as_const(preview.exercises)) {
        carried.insert(exercise.id);
        if (installed.exercise(exercise.id))
            preview.takenExerciseIds.append(exercise.id);
    }
    for (const ArchivePicture& picture : std::as_const(preview.pictures)) {
        const QString path = userCatalogFolder + u'/' + picture.path;
        if (QFileInfo::exists(path) && fileContent(path) != picture.data)
            preview.takenPicturePaths.append(picture.path);
    }
    for (const QString& id : preview.routine.exerciseIds()) {
        if (!carried.contains(id) && !installed.exercise(id) && !preview.missingExerciseIds.contains(id))
            preview.missingExerciseIds.append(id);
    }
}

ImportResult RoutineArchive::apply(const ArchivePreview& preview, const ImportChoices& choices, RoutineStore& store,
                                   const Catalog& installed, const QString& userCatalogFolder)
{
    ImportResult result;
    if (userCatalogFolder.isEmpty() || store.folder().isEmpty()) {
        result.error = tr("there is no folder to import into (the system gives no data location)");
        return result;
    }
    if (!QDir().mkpath(userCatalogFolder)) {
        result.error = tr("cannot create the folder %1").arg(QDir::toNativeSeparators(userCatalogFolder));
        return result;
    }
    // Staged inside the catalog folder, so moving into place is a rename on one file system.
    QTemporaryDir staging(userCatalogFolder + u"/.import-XXXXXX"_s);
    if (!staging.isValid()) {
        result.error
            = tr("cannot write in %1: %2").arg(QDir::toNativeSeparators(userCatalogFolder), staging.errorString());
        return result;
    }
    Installer installer(staging.path());

    // Pictures never replace a different file of the same name: another
    // exercise may show it. The imported one gets a name of its own.
    QHash<QString, QString> renamedPictures;
    QSet<QString> usedPaths;
    QList<QPair<QString, QString>> moves; // staged name, target
    for (const ArchivePicture& picture : preview.pictures) {
        const QString existing = userCatalogFolder + u'/' + picture.path;
        QString path = picture.path;
        if (QFileInfo::exists(existing)) {
            if (fileContent(existing) == picture.data)
                continue; // already there
            path = freePicturePath(picture.path, userCatalogFolder, usedPaths);
            renamedPictures.insert(picture.path, path);
        }
        usedPaths.insert(path);
        const QString staged = u"pictures/"_s + path;
        if (QString error = installer.stage(staged, picture.data, userCatalogFolder + u'/' + path); !error.isEmpty()) {
            result.error = error;
            return result;
        }
        moves.append({staged, userCatalogFolder + u'/' + path});
        result.picturePaths.append(path);
    }

    QHash<QString, QString> renamedExercises;
    QSet<QString> usedIds;
    for (const ArchiveExercise& exercise : preview.exercises)
        usedIds.insert(exercise.id);
    for (const ArchiveExercise& exercise : preview.exercises) {
        QString id = exercise.id;
        if (installed.exercise(id) && choices.choiceFor(id) == ImportChoice::KeepBoth) {
            for (int n = 2; installed.exercise(id) || usedIds.contains(id); ++n)
                id = exercise.id + u'-' + QString::number(n);
            usedIds.insert(id);
            renamedExercises.insert(exercise.id, id);
        }
        // Each imported exercise has a catalog file of its own, named after
        // it. A file that holds anything else is never written over.
        QString fileName = id + u".json"_s;
        for (int n = 2; QFileInfo::exists(userCatalogFolder + u'/' + fileName)
             && !(choices.choiceFor(exercise.id) == ImportChoice::Replace
                  && holdsOnlyExercise(userCatalogFolder + u'/' + fileName, id));
             ++n)
            fileName = id + u'-' + QString::number(n) + u".json"_s;
        QJsonObject object = withPicturePaths(exercise.json, renamedPictures);
        object.insert(u"id"_s, id);
        const QJsonObject catalog {{u"format"_s, 1}, {u"exercises"_s, QJsonArray {object}}};
        const QString staged = u"exercises/"_s + fileName;
        if (QString error = installer.stage(staged, QJsonDocument(catalog).toJson(QJsonDocument::Indented),
                                            userCatalogFolder + u'/' + fileName);
            !error.isEmpty()) {
            result.error = error;
            return result;
        }
        moves.append({staged, userCatalogFolder + u'/' + fileName});
        result.exerciseIds.append(id);
    }

    for (const auto& [staged, target] : std::as_const(moves)) {
        if (QString error = installer.move(staged, target); !error.isEmpty()) {
            installer.rollBack();
            result.error = error;
            return result;
        }
    }

    Routine routine = preview.routine;
    for (RoutineEntry& entry : routine.entries)
        entry.exerciseId = renamedExercises.value(entry.exerciseId, entry.exerciseId);
    const RoutineStore::SaveResult saved
        = choices.routine == ImportChoice::Replace ? store.save(routine) : store.saveAsNew(routine);
    if (!saved.ok()) {
        installer.rollBack();
        result.error = saved.error;
        result.exerciseIds.clear();
        result.picturePaths.clear();
        return result;
    }
    result.routineId = saved.id;
    return result;
}

} // namespace limber
