#pragma once

#include "limber/Catalog.h"
#include "limber/JsonIssue.h"
#include "limber/routines/Routine.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace limber {

class RoutineStore;

// One picture file carried by an archive, by its path relative to the
// catalog folder ("images/bridge-1.png").
struct ArchivePicture {
    QString path;
    QByteArray data;
};

// One of the person's own exercises, as its catalog JSON object.
struct ArchiveExercise {
    QString id;
    QString name;
    QJsonObject json;
};

// What a .limber file holds and what importing it would replace.
struct ArchivePreview {
    QString fileName;
    Routine routine;
    QList<ArchiveExercise> exercises;
    QList<ArchivePicture> pictures;
    bool routineIdTaken = false;    // a routine with the same id is already saved
    QStringList takenExerciseIds;   // exercises of the archive already installed
    QStringList takenPicturePaths;  // picture files already in the catalog folder, with other content
    QStringList missingExerciseIds; // neither in the archive nor installed
    QList<JsonIssue> warnings;

    bool hasConflicts() const { return routineIdTaken || !takenExerciseIds.isEmpty() || !takenPicturePaths.isEmpty(); }
};

// For each conflict: replace what is there, or keep both (the imported one gets a new id or file name).
enum class ImportChoice { KeepBoth, Replace };

struct ImportChoices {
    ImportChoice routine = ImportChoice::KeepBoth;
    ImportChoice exercisesByDefault = ImportChoice::KeepBoth;
    QHash<QString, ImportChoice> exercises; // by the archive's exercise id
    ImportChoice choiceFor(const QString& exerciseId) const { return exercises.value(exerciseId, exercisesByDefault); }
};

struct ImportResult {
    QString error; // empty on success; nothing was changed otherwise
    QString routineId;
    QStringList exerciseIds; // as installed (new ids when kept both)
    QStringList picturePaths;
    bool ok() const { return error.isEmpty(); }
};

struct ArchiveReadResult {
    ArchivePreview preview;
    QString error; // one message naming the file; empty when the archive is usable
    bool ok() const { return error.isEmpty(); }
};

// A .limber file: a routine with the person's own exercises it uses and their
// pictures, in one self-contained JSON file (docs/routine-format.md).
class RoutineArchive final {
    Q_DECLARE_TR_FUNCTIONS(limber::RoutineArchive)

public:
    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaxFileBytes = 32 * 1024 * 1024;
    static constexpr qint64 MaxUnpackedBytes = 64 * 1024 * 1024;
    static constexpr qint64 MaxPictureBytes = 8 * 1024 * 1024;
    static constexpr int MaxExercises = 50;
    static constexpr int MaxPictures = 200;
    static constexpr int MaxDepth = 32;

    // The archive's bytes for `routine`: every exercise it uses that is one
    // of the person's own (found in `userCatalogFolder`), and their pictures.
    // Warnings (a missing picture) go to `warnings` when given.
    static QByteArray toBytes(const Routine& routine, const QString& userCatalogFolder,
                              QStringList* warnings = nullptr);
    // Returns an empty string on success, or one message naming the file.
    static QString write(const Routine& routine, const QString& userCatalogFolder, const QString& path,
                         QStringList* warnings = nullptr);

    // Reads and checks everything; nothing is written.
    static ArchiveReadResult parse(const QByteArray& data, const QString& fileName);
    static ArchiveReadResult readFile(const QString& path);
    // Fills in what importing would replace.
    static void findConflicts(ArchivePreview& preview, const RoutineStore& store, const Catalog& installed,
                              const QString& userCatalogFolder);

    // Installs the archive: pictures and exercises into the user catalog
    // folder, the routine into the store. Everything is staged first and
    // moved into place at the end; if any step fails, nothing changes.
    static ImportResult apply(const ArchivePreview& preview, const ImportChoices& choices, RoutineStore& store,
                              const Catalog& installed, const QString& userCatalogFolder);
};

// The picture files an exercise's catalog object refers to ("picture.frames[].image").
QStringList picturePathsOf(const QJsonObject& exercise);
// Whether a picture path stays inside its folder: relative, no "..", no odd characters.
bool isSafeRelativePath(const QString& path);

} // namespace limber
