#include "limber/CatalogLoader.h"
#include "limber/routines/RoutineReader.h"
#include "limber/routines/RoutineWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace limber;
using namespace Qt::StringLiterals;

namespace {

Routine routineNamed(const QString& id, const QString& name)
{
    Routine routine;
    routine.id = id;
    routine.name = name;
    return routine;
}

const QString DataDir = QStringLiteral(LIMBER_TEST_DATA_DIR "/routines/");

QStringList errorsOf(const RoutineParseResult& result)
{
    QStringList errors;
    for (const JsonIssue& issue : result.issues) {
        if (issue.severity == JsonIssue::Severity::Error)
            errors.append(issue.toString());
    }
    return errors;
}

RoutineParseResult parse(const QByteArray& json)
{
    return RoutineReader::parse(json, u"test.json"_s);
}

QByteArray withEntry(const QByteArray& entry)
{
    return R"({"format": "limber-routine", "version": 1, "id": "r", "name": "R", "exercises": [)" + entry + "]}";
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

TEST(RoutineFileTest, TheExampleFileReadsWithEveryField)
{
    const RoutineParseResult result = RoutineReader::loadFile(DataDir + u"lower-back-evenings.json"_s);
    ASSERT_TRUE(result.ok()) << result.errorText().toStdString();
    EXPECT_TRUE(result.issues.isEmpty());
    const Routine& routine = result.routine;
    EXPECT_EQ(routine.id, u"lower-back-evenings"_s);
    EXPECT_EQ(routine.name, u"Lower back, evenings"_s);
    EXPECT_TRUE(routine.notes.startsWith(u"From my physiotherapist"_s));
    EXPECT_EQ(routine.frequency, (RoutineFrequency {2, 7}));
    ASSERT_EQ(routine.entries.size(), 3);
    const RoutineEntry& first = routine.entries.at(0);
    EXPECT_EQ(first.exerciseId, u"knee-to-chest"_s);
    EXPECT_EQ(first.dose.holdSeconds, 20);
    EXPECT_EQ(first.dose.sets, 3);
    EXPECT_EQ(first.dose.perSide, false);
    EXPECT_EQ(first.dose.restSeconds, 5);
    EXPECT_FALSE(first.dose.repetitions.has_value());
    EXPECT_EQ(first.note, u"Pull the knee in gently, never bounce."_s);
    EXPECT_EQ(routine.entries.at(1).dose.restAfterSeconds, 15);
    EXPECT_EQ(routine.entries.at(2).dose.repetitions, 8);
    EXPECT_DOUBLE_EQ(routine.entries.at(2).dose.phaseScale.value_or(0), 1.5);
}

TEST(RoutineFileTest, WritingAndReadingGivesTheSameRoutine)
{
    const Routine original = RoutineReader::loadFile(DataDir + u"lower-back-evenings.json"_s).routine;
    const RoutineParseResult again = parse(RoutineWriter::toBytes(original));
    ASSERT_TRUE(again.ok()) << again.errorText().toStdString();
    EXPECT_EQ(again.routine, original);
    EXPECT_TRUE(again.issues.isEmpty());
}

TEST(RoutineFileTest, ValuesOutsideTheLimitsAndWrongTypesAreErrorsWithTheirPaths)
{
    const RoutineParseResult result = RoutineReader::loadFile(DataDir + u"out-of-bounds.json"_s);
    EXPECT_FALSE(result.ok());
    const QString text = result.errorText();
    EXPECT_TRUE(text.contains(u"out-of-bounds.json: exercises[0].holdSeconds: must be between 3 and 120 seconds"_s))
        << text.toStdString();
    EXPECT_TRUE(text.contains(u"exercises[0].sets: expected a number, got a string"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"exercises[1].exercise: must be an exercise id"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"exercises[1].repetitions: must be between 1 and 50"_s)) << text.toStdString();
    EXPECT_EQ(errorsOf(result).size(), 4); // every problem at once
}

TEST(RoutineFileTest, ANewerVersionIsRefusedNamingTheFileAndBothVersions)
{
    const RoutineParseResult result = RoutineReader::loadFile(DataDir + u"newer-version.json"_s);
    ASSERT_EQ(errorsOf(result).size(), 1);
    const QString error = errorsOf(result).constFirst();
    EXPECT_TRUE(error.contains(u"newer-version.json: version: "_s)) << error.toStdString();
    EXPECT_TRUE(error.contains(u"version 7"_s)) << error.toStdString();
    EXPECT_TRUE(error.contains(u"version 1"_s)) << error.toStdString();
    // Nothing else of a newer file is judged: its new fields are not "unknown".
    EXPECT_EQ(result.issues.size(), 1);
}

TEST(RoutineFileTest, OtherFilesAreRefusedWithOneClearMessage)
{
    EXPECT_EQ(errorsOf(parse("")), QStringList {u"test.json: the file is empty"_s});
    EXPECT_TRUE(errorsOf(parse("{\"format\": \"limber-routine\", ")).constFirst().contains(u"not valid JSON"_s));
    EXPECT_TRUE(errorsOf(parse("[1, 2]")).constFirst().contains(u"not a Limber routine"_s));
    const QStringList catalog = errorsOf(parse(R"({"format": 1, "exercises": []})"));
    ASSERT_EQ(catalog.size(), 1);
    EXPECT_TRUE(catalog.constFirst().startsWith(u"test.json: format: this is not a Limber routine"_s));
    EXPECT_TRUE(errorsOf(parse(R"({"format": "limber-routine", "id": "a", "name": "A", "exercises": []})"))
                    .constFirst()
                    .contains(u"version: missing required field"_s));
}

TEST(RoutineFileTest, HugeAndDeeplyNestedFilesAreRefusedBeforeParsing)
{
    const QByteArray huge
        = withEntry(R"({"exercise": "cobra", "note": ")" + QByteArray(RoutineReader::MaxFileBytes, 'x') + "\"}");
    const QStringList hugeErrors = errorsOf(parse(huge));
    ASSERT_EQ(hugeErrors.size(), 1);
    EXPECT_TRUE(hugeErrors.constFirst().contains(u"larger than 1 MiB"_s)) << hugeErrors.constFirst().toStdString();

    const QByteArray deep
        = withEntry(R"({"exercise": "cobra", "x": )" + QByteArray(5000, '[') + QByteArray(5000, ']') + "}");
    const QStringList deepErrors = errorsOf(parse(deep));
    ASSERT_EQ(deepErrors.size(), 1);
    EXPECT_TRUE(deepErrors.constFirst().contains(u"nests more than 16 levels"_s));
    // Brackets inside strings are text, not nesting.
    EXPECT_FALSE(jsonNestsDeeperThan(R"({"a": "[[[[[[[[[[[[[[[[[[[[\"[[[["})", 3));
    EXPECT_TRUE(jsonNestsDeeperThan("[[[[", 3));
}

TEST(RoutineFileTest, UnknownFieldsWarnAndTheRestIsRead)
{
    const RoutineParseResult result = parse(withEntry(R"({"exercise": "cobra", "hold_sec": 5})"));
    EXPECT_TRUE(result.ok());
    ASSERT_EQ(result.issues.size(), 1);
    EXPECT_EQ(result.issues.constFirst().toString(),
              u"warning: test.json: exercises[0].hold_sec: unknown field, ignored"_s);
}

TEST(RoutineFileTest, ValidationWarnsAboutUnknownExercisesAndOverridesThatDoNotFit)
{
    const Catalog catalog = loadCatalogs(builtInCatalogPath(), QString()).catalog;
    const RoutineParseResult result = parse(withEntry(R"({"exercise": "handstand"},
        {"exercise": "cobra", "holdSeconds": 30}, {"exercise": "pelvic-tilt", "holdSeconds": 30, "repetitions": 3},
        {"exercise": "knee-to-chest", "holdSeconds": 20})"));
    ASSERT_TRUE(result.ok()) << result.errorText().toStdString(); // unknown ids are no error when reading
    const QList<JsonIssue> warnings = RoutineReader::validate(result.routine, catalog, u"test.json"_s);
    QStringList lines;
    for (const JsonIssue& issue : warnings) {
        EXPECT_EQ(issue.severity, JsonIssue::Severity::Warning);
        lines.append(issue.toString());
    }
    EXPECT_EQ(
        lines,
        (QStringList {
            u"warning: test.json: exercises[0].exercise: no exercise \"handstand\" is installed; it is left out until it is"_s,
            u"warning: test.json: exercises[1].holdSeconds: ignored: cobra is done in repetitions, not held"_s,
            u"warning: test.json: exercises[2].repetitions: ignored: pelvic-tilt is held, not done in repetitions"_s,
            u"warning: test.json: exercises[2].holdSeconds: pelvic-tilt is held for at most 10 seconds; the hold is shortened to that"_s,
        }));
}

TEST(RoutineFileTest, SavingWritesAFileTheReaderReadsBack)
{
    QTemporaryDir temp;
    ASSERT_TRUE(temp.isValid());
    Routine routine = routineNamed(u"desk"_s, u"At the desk"_s);
    routine.entries = {{u"shoulder-rolls"_s, {}, QString()}};
    const QString path = temp.filePath(u"sub/desk.json"_s);
    EXPECT_EQ(RoutineWriter::saveRoutine(routine, path), QString());
    const RoutineParseResult back = RoutineReader::loadFile(path);
    ASSERT_TRUE(back.ok()) << back.errorText().toStdString();
    EXPECT_EQ(back.routine, routine);
}

TEST(RoutineFileTest, AFileOfANewerVersionIsNeverOverwritten)
{
    QTemporaryDir temp;
    const QString path = temp.filePath(u"later.json"_s);
    const QByteArray newer = R"({"format": "limber-routine", "version": 2, "id": "later", "name": "L"})";
    ASSERT_TRUE(writeFile(path, newer));
    const QString error = RoutineWriter::saveRoutine(routineNamed(u"later"_s, u"L"_s), path);
    EXPECT_TRUE(error.contains(path)) << error.toStdString();
    EXPECT_TRUE(error.contains(u"newer Limber"_s)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), newer);
}

TEST(RoutineFileTest, AFolderThatCannotBeMadeGivesAnErrorNamingTheFile)
{
    // Root ignores permissions, so the folder is made impossible instead:
    // its parent is a regular file.
    QTemporaryDir temp;
    ASSERT_TRUE(writeFile(temp.filePath(u"plain-file"_s), "x"));
    const QString path = temp.filePath(u"plain-file/routines/desk.json"_s);
    const QString error = RoutineWriter::saveRoutine(routineNamed(u"desk"_s, u"D"_s), path);
    EXPECT_TRUE(error.contains(path)) << error.toStdString();
    EXPECT_TRUE(error.contains(u"cannot be created"_s)) << error.toStdString();
}

TEST(RoutineFileTest, SomethingOtherThanAFileInTheWayIsNeverReplaced)
{
    QTemporaryDir temp;
    ASSERT_TRUE(QDir(temp.path()).mkdir(u"desk.json"_s));
    const QString path = temp.filePath(u"desk.json"_s);
    const QString error = writeFileAtomically(path, "{}");
    EXPECT_TRUE(error.contains(path)) << error.toStdString();
    EXPECT_TRUE(error.contains(u"not a regular file"_s)) << error.toStdString();
    EXPECT_TRUE(QFileInfo(path).isDir());
    if (QFileInfo::exists(u"/dev/full"_s)) { // a device: QSaveFile would have renamed a file over it
        EXPECT_TRUE(writeFileAtomically(u"/dev/full"_s, "{}").contains(u"not a regular file"_s));
    }
}
