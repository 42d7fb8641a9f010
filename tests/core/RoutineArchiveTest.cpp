#include "limber/routines/RoutineArchive.h"
#include "limber/CatalogLoader.h"
#include "limber/routines/RoutineReader.h"
#include "limber/routines/RoutineStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace limber;
using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A user catalog file with one exercise of the person's own and its picture.
const QByteArray BridgeCatalog = R"({"format": 1, "exercises": [{
    "id": "bridge", "name": "Glute bridge", "region": "lower-back", "targets": ["Buttocks"],
    "position": "Lying on your back, knees bent.", "steps": ["Lift your hips.", "Lower them slowly."],
    "dose": {"type": "hold", "hold_s": 10, "sets": 3},
    "picture": {"frames": [{"image": "images/bridge.png", "ms": 2000, "mirror": false}], "mirrorOtherSide": true}
}]})";
const QByteArray BridgePicture = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(300, 'p');

Routine bridgeRoutine()
{
    Routine routine;
    routine.id = u"hips"_s;
    routine.name = u"Hips"_s;
    routine.entries = {{u"bridge"_s, {}, QString()}, {u"knee-to-chest"_s, {}, QString()}};
    return routine;
}

// One person's profile: a catalog folder and a routines folder.
struct Profile {
    Profile()
        : store(temp.filePath(u"routines"_s))
    {
        store.load();
    }
    QString catalogFolder() const { return temp.filePath(u"catalog"_s); }
    Catalog installed() const { return loadCatalogs(builtInCatalogPath(), catalogFolder()).catalog; }

    QTemporaryDir temp;
    RoutineStore store;
};

QByteArray exportedArchive()
{
    QTemporaryDir temp;
    const QString catalog = temp.filePath(u"catalog"_s);
    writeFile(catalog + u"/mine.json"_s, BridgeCatalog);
    writeFile(catalog + u"/images/bridge.png"_s, BridgePicture);
    return RoutineArchive::toBytes(bridgeRoutine(), catalog);
}

QString refusal(const QByteArray& data)
{
    const ArchiveReadResult result = RoutineArchive::parse(data, u"shared.limber"_s);
    return result.error;
}

QByteArray archiveWith(const char* key, const QJsonValue& value)
{
    QJsonObject root = QJsonDocument::fromJson(exportedArchive()).object();
    root.insert(QString::fromLatin1(key), value);
    return QJsonDocument(root).toJson();
}

} // namespace

TEST(RoutineArchiveTest, AnArchiveStartsWithItsFormatAndCarriesTheOwnExercisesAndPictures)
{
    const QByteArray archive = exportedArchive();
    EXPECT_TRUE(archive.startsWith(R"({"format": "limber-archive", "version": 1,)")) << archive.left(60).constData();
    const ArchiveReadResult read = RoutineArchive::parse(archive, u"shared.limber"_s);
    ASSERT_TRUE(read.ok()) << read.error.toStdString();
    EXPECT_EQ(read.preview.routine, bridgeRoutine());
    ASSERT_EQ(read.preview.exercises.size(), 1); // knee-to-chest is built in: not carried
    EXPECT_EQ(read.preview.exercises.constFirst().id, u"bridge"_s);
    EXPECT_EQ(read.preview.exercises.constFirst().name, u"Glute bridge"_s);
    ASSERT_EQ(read.preview.pictures.size(), 1);
    EXPECT_EQ(read.preview.pictures.constFirst().path, u"images/bridge.png"_s);
    EXPECT_EQ(read.preview.pictures.constFirst().data, BridgePicture);
}

TEST(RoutineArchiveTest, ImportingIntoAFreshProfileInstallsEverything)
{
    Profile profile;
    ArchivePreview preview = RoutineArchive::parse(exportedArchive(), u"shared.limber"_s).preview;
    RoutineArchive::findConflicts(preview, profile.store, profile.installed(), profile.catalogFolder());
    EXPECT_FALSE(preview.hasConflicts());
    EXPECT_TRUE(preview.missingExerciseIds.isEmpty());

    const ImportResult result
        = RoutineArchive::apply(preview, {}, profile.store, profile.installed(), profile.catalogFolder());
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.routineId, u"hips"_s);
    EXPECT_EQ(result.exerciseIds, QStringList {u"bridge"_s});
    EXPECT_EQ(readFile(profile.catalogFolder() + u"/images/bridge.png"_s), BridgePicture);
    const Catalog installed = profile.installed();
    ASSERT_NE(installed.exercise(u"bridge"_s), nullptr);
    EXPECT_EQ(installed.exercise(u"bridge"_s)->dose.hold.holdMs, 10000);
    ASSERT_NE(profile.store.routine(u"hips"_s), nullptr);
    EXPECT_EQ(*profile.store.routine(u"hips"_s), bridgeRoutine());
    // No staging folder is left behind.
    EXPECT_EQ(QDir(profile.catalogFolder()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              (QStringList {u"bridge.json"_s, u"images"_s}));
}

TEST(RoutineArchiveTest, KeepBothGivesNewIdsAndReplaceReplaces)
{
    Profile profile;
    ArchivePreview preview = RoutineArchive::parse(exportedArchive(), u"shared.limber"_s).preview;
    RoutineArchive::findConflicts(preview, profile.store, profile.installed(), profile.catalogFolder());
    ASSERT_TRUE(RoutineArchive::apply(preview, {}, profile.store, profile.installed(), profile.catalogFolder()).ok());

    // The same archive again, now with a different picture of the same name.
    writeFile(profile.catalogFolder() + u"/images/bridge.png"_s, "another picture");
    RoutineArchive::findConflicts(preview, profile.store, profile.installed(), profile.catalogFolder());
    EXPECT_TRUE(preview.routineIdTaken);
    EXPECT_EQ(preview.takenExerciseIds, QStringList {u"bridge"_s});
    EXPECT_EQ(preview.takenPicturePaths, QStringList {u"images/bridge.png"_s});

    const ImportResult both
        = RoutineArchive::apply(preview, {}, profile.store, profile.installed(), profile.catalogFolder());
    ASSERT_TRUE(both.ok()) << both.error.toStdString();
    EXPECT_EQ(both.routineId, u"hips-2"_s);
    EXPECT_EQ(both.exerciseIds, QStringList {u"bridge-2"_s});
    EXPECT_EQ(both.picturePaths, QStringList {u"images/bridge-2.png"_s});
    EXPECT_EQ(readFile(profile.catalogFolder() + u"/images/bridge.png"_s), "another picture"); // never replaced
    EXPECT_EQ(profile.store.routine(u"hips-2"_s)->entries.constFirst().exerciseId, u"bridge-2"_s);
    const QJsonObject copy = QJsonDocument::fromJson(readFile(profile.catalogFolder() + u"/bridge-2.json"_s)).object();
    EXPECT_EQ(picturePathsOf(copy.value("exercises"_L1).toArray().at(0).toObject()),
              QStringList {u"images/bridge-2.png"_s});
    EXPECT_NE(profile.installed().exercise(u"bridge-2"_s), nullptr);

    ImportChoices replace;
    replace.routine = ImportChoice::Replace;
    replace.exercisesByDefault = ImportChoice::Replace;
    const ImportResult replaced
        = RoutineArchive::apply(preview, replace, profile.store, profile.installed(), profile.catalogFolder());
    ASSERT_TRUE(replaced.ok()) << replaced.error.toStdString();
    EXPECT_EQ(replaced.routineId, u"hips"_s);
    EXPECT_EQ(replaced.exerciseIds, QStringList {u"bridge"_s});
    EXPECT_EQ(profile.store.routines().size(), 2);
}

TEST(RoutineArchiveTest, AFailedImportChangesNothing)
{
    Profile profile;
    ArchivePreview preview = RoutineArchive::parse(exportedArchive(), u"shared.limber"_s).preview;
    // The routine cannot be saved: its folder's place is taken by a file.
    RoutineStore blocked(profile.temp.filePath(u"plain-file/routines"_s));
    ASSERT_TRUE(writeFile(profile.temp.filePath(u"plain-file"_s), "x"));
    const ImportResult result
        = RoutineArchive::apply(preview, {}, blocked, profile.installed(), profile.catalogFolder());
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error.contains(u"plain-file/routines/hips.json"_s)) << result.error.toStdString();
    // The pictures and exercises already moved are taken back.
    EXPECT_EQ(QDir(profile.catalogFolder()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList {u"images"_s});
    EXPECT_TRUE(QDir(profile.catalogFolder() + u"/images"_s).isEmpty());
}

TEST(RoutineArchiveTest, ARoutineFileOnItsOwnImportsToo)
{
    const QByteArray routine = readFile(QStringLiteral(LIMBER_TEST_DATA_DIR "/routines/lower-back-evenings.json"));
    const ArchiveReadResult read = RoutineArchive::parse(routine, u"lower-back-evenings.json"_s);
    ASSERT_TRUE(read.ok()) << read.error.toStdString();
    EXPECT_EQ(read.preview.routine.id, u"lower-back-evenings"_s);
    EXPECT_TRUE(read.preview.exercises.isEmpty());
}

TEST(RoutineArchiveTest, BadArchivesAreRefusedWithOneMessageNamingTheFile)
{
    const QByteArray archive = exportedArchive();
    EXPECT_EQ(refusal(""), u"shared.limber: the file is empty"_s);
    EXPECT_EQ(refusal("PK\x03\x04 a zip file"), u"shared.limber: this is not a Limber archive"_s);
    EXPECT_EQ(refusal(R"({"format": 1, "exercises": []})"), u"shared.limber: this is not a Limber archive"_s);
    EXPECT_TRUE(
        refusal(archive.left(archive.size() / 2)).startsWith(u"shared.limber: the file is damaged or incomplete"_s));
    EXPECT_TRUE(
        refusal(R"({"format": "limber-archive", "version": 3})").contains(u"newer Limber (archive version 3)"_s));
    EXPECT_TRUE(refusal("{\"format\": \"limber-archive\", \"x\": " + QByteArray(100, '[') + QByteArray(100, ']') + "}")
                    .contains(u"nests more than 32 levels"_s));
    EXPECT_TRUE(refusal(QByteArray(RoutineArchive::MaxFileBytes + 1, ' ')).contains(u"larger than 32 MiB"_s));
}

TEST(RoutineArchiveTest, PicturesThatClimbOutOrAreTooLargeAreRefused)
{
    for (const char* path : {"../evil.png", "/etc/passwd", "images/../../x.png", "images\\x.png", ".hidden", "a//b"}) {
        const QJsonArray pictures {QJsonObject {{u"path"_s, QString::fromLatin1(path)}, {u"data"_s, u"AAAA"_s}}};
        const QString error = refusal(archiveWith("pictures", pictures));
        EXPECT_TRUE(error.contains(u"pictures[0].path: "_s)) << path << ": " << error.toStdString();
        EXPECT_TRUE(error.contains(u"outside the catalog folder"_s)) << path;
    }
    const QString big = QString(RoutineArchive::MaxPictureBytes / 3 * 4 + 8, u'A');
    const QString tooBig
        = refusal(archiveWith("pictures", QJsonArray {QJsonObject {{u"path"_s, u"a.png"_s}, {u"data"_s, big}}}));
    EXPECT_TRUE(tooBig.contains(u"pictures[0].data: the picture is larger than 8 MiB"_s)) << tooBig.toStdString();
    const QString notBase64
        = refusal(archiveWith("pictures", QJsonArray {QJsonObject {{u"path"_s, u"a.png"_s}, {u"data"_s, u"@@@"_s}}}));
    EXPECT_TRUE(notBase64.contains(u"not valid base64"_s)) << notBase64.toStdString();
}

TEST(RoutineArchiveTest, AbsurdDosesAndTooManyEntriesAreRefused)
{
    QJsonObject routine = QJsonDocument::fromJson(exportedArchive()).object().value("routine"_L1).toObject();
    QJsonArray entries {QJsonObject {{u"exercise"_s, u"cobra"_s}, {u"repetitions"_s, 10000}}};
    routine.insert(u"exercises"_s, entries);
    const QString absurd = refusal(archiveWith("routine", routine));
    EXPECT_TRUE(absurd.contains(u"shared.limber: routine.exercises[0].repetitions: must be between 1 and 50"_s))
        << absurd.toStdString();

    QJsonObject exercise
        = QJsonDocument::fromJson(BridgeCatalog).object().value("exercises"_L1).toArray().at(0).toObject();
    exercise.insert(u"dose"_s, QJsonObject {{u"type"_s, u"hold"_s}, {u"hold_s"_s, 86400}, {u"sets"_s, 3}});
    const QString absurdExercise = refusal(archiveWith("exercises", QJsonArray {exercise}));
    EXPECT_TRUE(absurdExercise.contains(u"exercises[0].dose.hold_s"_s)) << absurdExercise.toStdString();

    QJsonArray tooMany;
    for (int i = 0; i <= RoutineArchive::MaxPictures; ++i)
        tooMany.append(QJsonObject {{u"path"_s, u"p%1.png"_s.arg(i)}, {u"data"_s, u"AAAA"_s}});
    EXPECT_TRUE(refusal(archiveWith("pictures", tooMany)).contains(u"must have at most 200 pictures"_s));
}

TEST(RoutineArchiveTest, SafePathsAreRelativeAndPlain)
{
    EXPECT_TRUE(isSafeRelativePath(u"images/bridge-1.png"_s));
    EXPECT_TRUE(isSafeRelativePath(u"bridge.png"_s));
    EXPECT_FALSE(isSafeRelativePath(u""_s));
    EXPECT_FALSE(isSafeRelativePath(u"images/./x.png"_s));
    EXPECT_FALSE(isSafeRelativePath(u"C:/x.png"_s));
    EXPECT_FALSE(isSafeRelativePath(u"images/x y.png"_s));
}

TEST(RoutineArchiveTest, TheSampleArchiveReadsWithItsExerciseAndPicture)
{
    const ArchiveReadResult read
        = RoutineArchive::readFile(QStringLiteral(LIMBER_TEST_DATA_DIR "/routines/hips.limber"));
    ASSERT_TRUE(read.ok()) << read.error.toStdString();
    EXPECT_EQ(read.preview.routine.id, u"hips"_s);
    ASSERT_EQ(read.preview.exercises.size(), 1);
    EXPECT_EQ(read.preview.exercises.constFirst().id, u"bridge"_s);
    ASSERT_EQ(read.preview.pictures.size(), 1);
    EXPECT_TRUE(read.preview.pictures.constFirst().data.startsWith("\x89PNG"));
}

TEST(RoutineArchiveTest, ReplaceNeverWritesOverAFileThatHoldsMore)
{
    Profile profile;
    // The person's own file holds the bridge and another exercise.
    QJsonObject catalog = QJsonDocument::fromJson(BridgeCatalog).object();
    QJsonArray exercises = catalog.value("exercises"_L1).toArray();
    QJsonObject other = exercises.at(0).toObject();
    other.insert(u"id"_s, u"wall-angel"_s);
    exercises.append(other);
    catalog.insert(u"exercises"_s, exercises);
    const QByteArray mine = QJsonDocument(catalog).toJson();
    ASSERT_TRUE(writeFile(profile.catalogFolder() + u"/bridge.json"_s, mine));

    ArchivePreview preview = RoutineArchive::parse(exportedArchive(), u"shared.limber"_s).preview;
    ImportChoices replace;
    replace.exercisesByDefault = ImportChoice::Replace;
    const ImportResult result
        = RoutineArchive::apply(preview, replace, profile.store, profile.installed(), profile.catalogFolder());
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(readFile(profile.catalogFolder() + u"/bridge.json"_s), mine);
    EXPECT_TRUE(QFileInfo::exists(profile.catalogFolder() + u"/bridge-2.json"_s));
    EXPECT_NE(profile.installed().exercise(u"wall-angel"_s), nullptr);
}
