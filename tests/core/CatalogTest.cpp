#include "limber/Catalog.h"
#include "limber/CatalogLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>

using namespace Qt::StringLiterals;
using limber::Breath;
using limber::Catalog;
using limber::CatalogIssue;
using limber::CatalogLoader;
using limber::CatalogParseResult;
using limber::Dose;
using limber::Exercise;
using limber::Phase;
using limber::Region;

namespace {

const QString BuiltInPath = u":/limber/catalog/builtin.json"_s;

QString dataFile(const QString& name)
{
    return QStringLiteral(LIMBER_TEST_DATA_DIR) + u"/catalog/"_s + name;
}

std::string allIssues(const QList<CatalogIssue>& issues)
{
    std::string text;
    for (const CatalogIssue& issue : issues)
        text += "\n  " + issue.toString().toStdString();
    return text.empty() ? std::string("\n  (no issues)") : text;
}

int countErrors(const QList<CatalogIssue>& issues)
{
    return static_cast<int>(std::count_if(issues.cbegin(), issues.cend(), [](const CatalogIssue& i) {
        return i.severity == CatalogIssue::Severity::Error;
    }));
}

Exercise hold(const QString& id, const QString& regionId)
{
    Exercise exercise;
    exercise.id = id;
    exercise.name = id;
    exercise.regionId = regionId;
    return exercise;
}

void writeFile(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly)) << path.toStdString();
    ASSERT_EQ(file.write(contents), contents.size());
}

const QByteArray ValidUserFile = R"({
  "format": 1,
  "regions": [
    { "id": "jaw", "name": "Jaw", "summary": "Ease a clenched jaw.", "suggested": ["jaw-drop"] }
  ],
  "exercises": [
    { "id": "jaw-drop", "name": "Jaw drop", "region": "jaw", "targets": ["Jaw"],
      "position": "Sitting upright.", "steps": ["Let your jaw hang loose.", "Close it gently."],
      "dose": { "type": "hold", "hold_s": 15, "sets": 2 } },
    { "id": "chin-tuck", "name": "Chin tuck", "region": "neck-shoulders", "targets": ["Neck"],
      "position": "Sitting upright.", "steps": ["Draw your chin straight back.", "Let it go."],
      "dose": { "type": "hold", "hold_s": 5, "sets": 5 } }
  ]
})";

} // namespace

// The resource is compiled into limber_core through an object library that
// CMake links into every consumer, so it is normally registered on start-up.
// Registering it by hand when it is missing keeps the tests working should
// the build ever switch to a plain static resource library, where nothing
// pulls the initialiser in. Q_INIT_RESOURCE only works outside namespaces,
// hence this function's place.
static bool ensureCatalogResource()
{
    if (!QFileInfo::exists(BuiltInPath))
        Q_INIT_RESOURCE(limber_catalog);
    return QFileInfo::exists(BuiltInPath);
}

// --- Catalog -------------------------------------------------------------

TEST(CatalogTest, LooksUpByIdAndReturnsNullForUnknownIds)
{
    Catalog catalog;
    catalog.addRegion(Region {u"neck"_s, u"Neck"_s, u"Neck things."_s, {u"nod"_s}});
    catalog.addExercise(hold(u"nod"_s, u"neck"_s));

    ASSERT_NE(catalog.region(u"neck"_s), nullptr);
    EXPECT_EQ(catalog.region(u"neck"_s)->name, u"Neck"_s);
    ASSERT_NE(catalog.exercise(u"nod"_s), nullptr);
    EXPECT_EQ(catalog.exercise(u"nod"_s)->regionId, u"neck"_s);
    EXPECT_EQ(catalog.region(u"back"_s), nullptr);
    EXPECT_EQ(catalog.exercise(u"shrug"_s), nullptr);
    EXPECT_FALSE(catalog.isEmpty());
    EXPECT_TRUE(Catalog().isEmpty());
}

TEST(CatalogTest, ExercisesOfKeepsCatalogOrder)
{
    Catalog catalog;
    catalog.addExercise(hold(u"c"_s, u"neck"_s));
    catalog.addExercise(hold(u"a"_s, u"back"_s));
    catalog.addExercise(hold(u"b"_s, u"neck"_s));

    const QList<const Exercise*> neck = catalog.exercisesOf(u"neck"_s);
    ASSERT_EQ(neck.size(), 2);
    EXPECT_EQ(neck.at(0)->id, u"c"_s);
    EXPECT_EQ(neck.at(1)->id, u"b"_s);
    EXPECT_TRUE(catalog.exercisesOf(u"hips"_s).isEmpty());
}

TEST(CatalogTest, AddReplacesByIdInPlace)
{
    Catalog catalog;
    catalog.addExercise(hold(u"a"_s, u"neck"_s));
    catalog.addExercise(hold(u"b"_s, u"neck"_s));
    Exercise replacement = hold(u"a"_s, u"back"_s);
    replacement.name = u"Replaced"_s;
    catalog.addExercise(replacement);
    catalog.addRegion(Region {u"neck"_s, u"Neck"_s, {}, {}});
    catalog.addRegion(Region {u"neck"_s, u"Neck again"_s, {}, {}});

    ASSERT_EQ(catalog.exercises().size(), 2);
    EXPECT_EQ(catalog.exercises().at(0).name, u"Replaced"_s);
    EXPECT_EQ(catalog.exercises().at(0).regionId, u"back"_s);
    ASSERT_EQ(catalog.regions().size(), 1);
    EXPECT_EQ(catalog.regions().at(0).name, u"Neck again"_s);
}

// --- CatalogIssue ----------------------------------------------------------

TEST(CatalogIssueTest, ToStringJoinsFilePathAndMessage)
{
    const CatalogIssue withPath {CatalogIssue::Severity::Error, u"mine.json"_s, u"exercises[3].dose.hold_s"_s,
                                 u"must be between 1 and 600 seconds"_s};
    EXPECT_EQ(withPath.toString(), u"mine.json: exercises[3].dose.hold_s: must be between 1 and 600 seconds"_s);

    const CatalogIssue fileLevel {CatalogIssue::Severity::Error, u"mine.json"_s, {}, u"file not found"_s};
    EXPECT_EQ(fileLevel.toString(), u"mine.json: file not found"_s);

    const CatalogIssue warning {CatalogIssue::Severity::Warning, u"mine.json"_s, u"exercises[0].colour"_s,
                                u"unknown field, ignored"_s};
    EXPECT_EQ(warning.toString(), u"warning: mine.json: exercises[0].colour: unknown field, ignored"_s);
}

TEST(CatalogIssueTest, OkOnlyWithoutErrors)
{
    CatalogParseResult result;
    EXPECT_TRUE(result.ok());
    result.issues.append({CatalogIssue::Severity::Warning, u"f"_s, {}, u"w"_s});
    EXPECT_TRUE(result.ok());
    result.issues.append({CatalogIssue::Severity::Error, u"f"_s, {}, u"e"_s});
    EXPECT_FALSE(result.ok());
}

// --- Built-in catalog ------------------------------------------------------

class CatalogBuiltInTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(ensureCatalogResource()) << "resource " << BuiltInPath.toStdString() << " missing";
        m_result = CatalogLoader::loadFile(BuiltInPath);
        ASSERT_TRUE(m_result.ok()) << allIssues(m_result.issues);
    }

    const Exercise& exercise(const QString& id) const
    {
        const Exercise* found = m_result.catalog.exercise(id);
        if (!found)
            throw std::runtime_error("missing exercise " + id.toStdString());
        return *found;
    }

    void expectHold(const QString& id, int holdMs, int sets, bool perSide,
                    std::optional<int> maxHoldMs = std::nullopt) const
    {
        SCOPED_TRACE(id.toStdString());
        const Exercise& e = exercise(id);
        ASSERT_EQ(e.dose.type, Dose::Type::Hold);
        EXPECT_EQ(e.dose.hold.holdMs, holdMs);
        EXPECT_EQ(e.dose.hold.sets, sets);
        EXPECT_EQ(e.dose.hold.perSide, perSide);
        EXPECT_EQ(e.dose.hold.maxHoldMs, maxHoldMs);
    }

    struct ExpectedPhase {
        const char16_t* id;
        Phase::Kind kind;
        Breath breath;
        int durationMs;
    };

    void expectReps(const QString& id, int reps, int minReps, int maxReps, const QList<ExpectedPhase>& phases) const
    {
        SCOPED_TRACE(id.toStdString());
        const Exercise& e = exercise(id);
        ASSERT_EQ(e.dose.type, Dose::Type::Repetitions);
        EXPECT_EQ(e.dose.repetitions.reps, reps);
        EXPECT_EQ(e.dose.repetitions.minReps, minReps);
        EXPECT_EQ(e.dose.repetitions.maxReps, maxReps);
        ASSERT_EQ(e.dose.repetitions.phases.size(), phases.size());
        for (qsizetype i = 0; i < phases.size(); ++i) {
            const Phase& actual = e.dose.repetitions.phases.at(i);
            SCOPED_TRACE(actual.id.toStdString());
            EXPECT_EQ(actual.id, QString::fromUtf16(phases.at(i).id));
            EXPECT_EQ(actual.kind, phases.at(i).kind);
            EXPECT_EQ(actual.breath, phases.at(i).breath);
            EXPECT_EQ(actual.durationMs, phases.at(i).durationMs);
            EXPECT_FALSE(actual.label.isEmpty());
        }
    }

    CatalogParseResult m_result;
};

TEST_F(CatalogBuiltInTest, LoadsWithoutAnyIssue)
{
    EXPECT_TRUE(m_result.issues.isEmpty()) << allIssues(m_result.issues);
}

TEST_F(CatalogBuiltInTest, HasTheThreeRegionsWithTheirSuggestions)
{
    const QList<Region>& regions = m_result.catalog.regions();
    ASSERT_EQ(regions.size(), 3);
    EXPECT_EQ(regions.at(0).id, u"neck-shoulders"_s);
    EXPECT_EQ(regions.at(1).id, u"upper-back"_s);
    EXPECT_EQ(regions.at(2).id, u"lower-back"_s);
    EXPECT_EQ(regions.at(0).suggested, (QStringList {u"flexion"_s, u"lateral-flexion"_s}));
    EXPECT_EQ(regions.at(1).suggested, (QStringList {u"shoulder-rolls"_s, u"cat-cow"_s}));
    EXPECT_EQ(regions.at(2).suggested, (QStringList {u"knee-to-chest"_s, u"pelvic-tilt"_s}));
    for (const Region& region : regions) {
        EXPECT_FALSE(region.name.isEmpty());
        EXPECT_FALSE(region.summary.isEmpty());
    }
}

TEST_F(CatalogBuiltInTest, HasTheNineExercisesInTheirRegions)
{
    QStringList ids;
    for (const Exercise& e : m_result.catalog.exercises())
        ids.append(e.id);
    EXPECT_EQ(ids,
              (QStringList {u"flexion"_s, u"lateral-flexion"_s, u"shoulder-rolls"_s, u"cat-cow"_s, u"childs-pose"_s,
                            u"knee-to-chest"_s, u"piriformis"_s, u"pelvic-tilt"_s, u"cobra"_s}));
    EXPECT_EQ(m_result.catalog.exercisesOf(u"neck-shoulders"_s).size(), 2);
    EXPECT_EQ(m_result.catalog.exercisesOf(u"upper-back"_s).size(), 3);
    EXPECT_EQ(m_result.catalog.exercisesOf(u"lower-back"_s).size(), 4);
}

TEST_F(CatalogBuiltInTest, EveryExerciseHasCardText)
{
    for (const Exercise& e : m_result.catalog.exercises()) {
        SCOPED_TRACE(e.id.toStdString());
        EXPECT_FALSE(e.name.isEmpty());
        EXPECT_FALSE(e.position.isEmpty());
        EXPECT_FALSE(e.targets.isEmpty());
        EXPECT_GE(e.steps.size(), 3);
        EXPECT_LE(e.steps.size(), 5);
    }
}

TEST_F(CatalogBuiltInTest, SaysWhereEachExerciseCanBeDone)
{
    // Seated or standing in the facts: the ones a reminder at the desk may suggest.
    for (const QString& id : {u"flexion"_s, u"lateral-flexion"_s, u"shoulder-rolls"_s}) {
        EXPECT_EQ(exercise(id).where, (QList<limber::Place> {limber::Place::Chair, limber::Place::Standing}))
            << id.toStdString();
    }
    for (const QString& id : {u"cat-cow"_s, u"childs-pose"_s})
        EXPECT_EQ(exercise(id).where, QList<limber::Place> {limber::Place::Kneeling}) << id.toStdString();
    for (const QString& id : {u"knee-to-chest"_s, u"piriformis"_s, u"pelvic-tilt"_s, u"cobra"_s})
        EXPECT_EQ(exercise(id).where, QList<limber::Place> {limber::Place::Floor}) << id.toStdString();
}

TEST_F(CatalogBuiltInTest, HoldDosesMatchTheFacts)
{
    expectHold(u"flexion"_s, 30000, 3, false);
    expectHold(u"lateral-flexion"_s, 30000, 3, true);
    expectHold(u"childs-pose"_s, 30000, 3, false);
    expectHold(u"knee-to-chest"_s, 30000, 3, false);
    expectHold(u"piriformis"_s, 30000, 3, true);
    expectHold(u"pelvic-tilt"_s, 10000, 3, false, 10000);
}

TEST_F(CatalogBuiltInTest, RepetitionDosesAndPhasesMatchTheFacts)
{
    using K = Phase::Kind;
    expectReps(u"shoulder-rolls"_s, 10, 10, 10,
               {{u"lift", K::Move, Breath::In, 3000},
                {u"squeeze", K::Move, Breath::None, 3000},
                {u"drop", K::Move, Breath::Out, 3000}});
    expectReps(u"cat-cow"_s, 10, 10, 10, {{u"cat", K::Move, Breath::Out, 4000}, {u"cow", K::Move, Breath::In, 4000}});
    expectReps(u"cobra"_s, 20, 20, 30,
               {{u"lift", K::Move, Breath::In, 2000},
                {u"hold", K::Hold, Breath::None, 5000},
                {u"lower", K::Move, Breath::Out, 2000}});
    EXPECT_TRUE(exercise(u"cobra"_s).dose.repetitions.isRange());
    EXPECT_FALSE(exercise(u"cat-cow"_s).dose.repetitions.isRange());
}

// --- Broken files, one expected finding each --------------------------------

struct BrokenFile {
    const char* file;
    const char* path;    // exact JSON path, "" for file-level problems
    const char* message; // substring of the message
    CatalogIssue::Severity severity = CatalogIssue::Severity::Error;
};

void PrintTo(const BrokenFile& c, std::ostream* os)
{
    *os << c.file;
}

class CatalogBrokenFileTest : public ::testing::TestWithParam<BrokenFile> { };

TEST_P(CatalogBrokenFileTest, ReportsTheExpectedIssue)
{
    const BrokenFile& c = GetParam();
    const QString path = dataFile(QString::fromUtf8(c.file));
    ASSERT_TRUE(QFileInfo::exists(path)) << path.toStdString();

    const CatalogParseResult result = CatalogLoader::loadFile(path);

    const bool found = std::any_of(result.issues.cbegin(), result.issues.cend(), [&c](const CatalogIssue& issue) {
        return issue.severity == c.severity && issue.path == QString::fromUtf8(c.path)
            && issue.message.contains(QString::fromUtf8(c.message));
    });
    EXPECT_TRUE(found) << "expected " << c.path << ": ..." << c.message << "..., got" << allIssues(result.issues);
    for (const CatalogIssue& issue : result.issues)
        EXPECT_EQ(issue.file, path) << "every issue names the file it came from";
    if (c.severity == CatalogIssue::Severity::Error)
        EXPECT_FALSE(result.ok());
    else
        EXPECT_TRUE(result.ok()) << allIssues(result.issues);
}

const BrokenFile BrokenFiles[] = {
    {"syntax-error.json", "", "invalid JSON at line 4, column 4 (byte 36): "},
    {"root-array.json", "", "expected an object at the top level, got an array"},
    {"empty.json", "", "file is empty"},
    {"non-utf8.json", "", "invalid JSON at line 7"},
    {"no-entries.json", "", "defines no regions and no exercises"},
    {"missing-format.json", "format", "missing required field"},
    {"wrong-format.json", "format", "unsupported format 2"},
    {"missing-name.json", "exercises[0].name", "missing required field"},
    {"wrong-type-hold.json", "exercises[0].dose.hold_s", "expected a number, got a string"},
    {"negative-hold.json", "exercises[0].dose.hold_s", "must be between 1 and 600 seconds"},
    {"absurd-hold.json", "exercises[0].dose.hold_s", "must be between 1 and 600 seconds"},
    {"fractional-hold.json", "exercises[0].dose.hold_s", "must be a whole number of seconds"},
    {"zero-sets.json", "exercises[0].dose.sets", "must be between 1 and 20"},
    {"hold-over-max.json", "exercises[0].dose.hold_s", "must not be more than max_hold_s (10 seconds)"},
    {"wrong-type-per-side.json", "exercises[0].dose.per_side", "expected a boolean, got a string"},
    {"missing-dose-type.json", "exercises[0].dose.type", "missing required field"},
    {"bad-dose-type.json", "exercises[0].dose.type", "must be \"hold\" or \"reps\", got \"stretch\""},
    {"unknown-region.json", "exercises[1].region", "unknown region \"shoulders\""},
    {"unknown-place.json", "exercises[0].where[1]",
     "must be one of \"chair\", \"standing\", \"floor\", \"kneeling\", not \"sofa\""},
    {"duplicate-place.json", "exercises[0].where[1]", "\"floor\" is listed twice"},
    {"where-not-array.json", "exercises[0].where", "expected an array, got a string"},
    {"duplicate-id.json", "exercises[1].id", "duplicate exercise id \"nod\""},
    {"duplicate-region-id.json", "regions[1].id", "duplicate region id \"neck\""},
    {"bad-id.json", "exercises[1].id", "must be kebab-case"},
    {"empty-steps.json", "exercises[0].steps", "must not be empty"},
    {"blank-step.json", "exercises[0].steps[1]", "must not be empty"},
    {"too-many-steps.json", "exercises[0].steps", "must have at most 20 entries, got 21"},
    {"targets-not-array.json", "exercises[0].targets", "expected an array, got a string"},
    {"exercise-not-object.json", "exercises[2]", "expected an object, got a string"},
    {"empty-phases.json", "exercises[1].dose.phases", "must not be empty"},
    {"bad-breath.json", "exercises[1].dose.phases[0].breath", "must be \"in\", \"out\" or \"none\", got \"hold\""},
    {"bad-phase-kind.json", "exercises[1].dose.phases[1].kind", "must be \"move\" or \"hold\""},
    {"phase-too-short.json", "exercises[1].dose.phases[1].seconds", "must be between 0.5 and 120 seconds"},
    {"duplicate-phase-id.json", "exercises[1].dose.phases[1].id", "duplicate phase id \"up\""},
    {"reps-range-inverted.json", "exercises[1].dose.reps_min", "must not be more than reps (10)"},
    {"reps-range-inverted.json", "exercises[1].dose.reps_max", "must not be less than reps (10)"},
    {"suggested-unknown.json", "regions[0].suggested[1]", "unknown exercise \"shrug\""},
    {"suggested-other-region.json", "regions[1].suggested[0]",
     "exercise \"nod\" belongs to region \"neck\", not \"jaw\""},
    {"suggested-empty.json", "regions[0].suggested", "must not be empty"},
    {"too-many-suggested.json", "regions[0].suggested", "must have at most 2 entries, got 3"},
    {"unknown-key.json", "exercises[0].colour", "unknown field", CatalogIssue::Severity::Warning},
};

std::string brokenFileName(const ::testing::TestParamInfo<BrokenFile>& info)
{
    std::string name = std::string(info.param.file) + "_" + std::to_string(info.index);
    std::replace_if(
        name.begin(), name.end(), [](char ch) { return !std::isalnum(static_cast<unsigned char>(ch)); }, '_');
    return name;
}

INSTANTIATE_TEST_SUITE_P(CatalogData, CatalogBrokenFileTest, ::testing::ValuesIn(BrokenFiles), brokenFileName);

TEST(CatalogLoaderTest, ValidControlFileHasNoIssues)
{
    const CatalogParseResult result = CatalogLoader::loadFile(dataFile(u"valid.json"_s));
    EXPECT_TRUE(result.issues.isEmpty()) << allIssues(result.issues);
    EXPECT_EQ(result.catalog.regions().size(), 1);
    EXPECT_EQ(result.catalog.exercises().size(), 2);
}

TEST(CatalogLoaderTest, ReportsEveryProblemAndKeepsOnlyValidEntries)
{
    const CatalogParseResult result = CatalogLoader::loadFile(dataFile(u"multiple-errors.json"_s));
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(countErrors(result.issues), 4) << allIssues(result.issues);
    QStringList paths;
    for (const CatalogIssue& issue : result.issues)
        paths.append(issue.path);
    EXPECT_TRUE(paths.contains(u"exercises[0].name"_s));
    EXPECT_TRUE(paths.contains(u"exercises[0].steps"_s));
    EXPECT_TRUE(paths.contains(u"exercises[0].dose.hold_s"_s));
    EXPECT_TRUE(paths.contains(u"exercises[0].dose.sets"_s));
    // The broken exercise is left out; its valid sibling and the region stay.
    EXPECT_EQ(result.catalog.exercise(u"nod"_s), nullptr);
    EXPECT_NE(result.catalog.exercise(u"chin-lift"_s), nullptr);
    EXPECT_NE(result.catalog.region(u"neck"_s), nullptr);
}

TEST(CatalogLoaderTest, OneTypoGivesOneError)
{
    // A region suggesting a broken exercise must not add an echo of the same typo.
    const CatalogParseResult result = CatalogLoader::loadFile(dataFile(u"zero-sets.json"_s));
    EXPECT_EQ(result.issues.size(), 1) << allIssues(result.issues);
}

TEST(CatalogLoaderTest, MissingFileIsNamed)
{
    const QString path = u"/nonexistent/limber/mine.json"_s;
    const CatalogParseResult result = CatalogLoader::loadFile(path);
    ASSERT_EQ(result.issues.size(), 1);
    EXPECT_EQ(result.issues.at(0).toString(), path + u": file not found"_s);
    EXPECT_FALSE(result.ok());
}

TEST(CatalogLoaderTest, FolderIsNotAFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const CatalogParseResult result = CatalogLoader::loadFile(dir.path());
    ASSERT_EQ(result.issues.size(), 1);
    EXPECT_TRUE(result.issues.at(0).message.contains(u"folder"_s));
}

TEST(CatalogLoaderTest, UnreadableFileIsReported)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"locked.json"_s);
    writeFile(path, "{}");
    ASSERT_TRUE(QFile::setPermissions(path, QFileDevice::WriteOwner));
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly))
        GTEST_SKIP() << "running with privileges that ignore file permissions";

    const CatalogParseResult result = CatalogLoader::loadFile(path);
    ASSERT_EQ(result.issues.size(), 1);
    EXPECT_EQ(result.issues.at(0).file, path);
    EXPECT_TRUE(result.issues.at(0).message.startsWith(u"cannot open file"_s));
}

TEST(CatalogLoaderTest, TooLargeFileIsRefusedBeforeReading)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"huge.json"_s);
    // Valid JSON padded with spaces: only the size can make it fail.
    QByteArray contents = "{\"format\": 1}";
    contents.append(QByteArray(CatalogLoader::MaxFileBytes, ' '));
    writeFile(path, contents);

    const CatalogParseResult result = CatalogLoader::loadFile(path);
    ASSERT_EQ(result.issues.size(), 1) << allIssues(result.issues);
    EXPECT_EQ(result.issues.at(0).toString(), path + u": file is larger than 1 MiB"_s);
}

TEST(CatalogLoaderTest, ParseAlsoGuardsTheSize)
{
    QByteArray contents = "{\"format\": 1}";
    contents.append(QByteArray(CatalogLoader::MaxFileBytes, ' '));
    const CatalogParseResult result = CatalogLoader::parse(contents, u"big.json"_s);
    ASSERT_EQ(result.issues.size(), 1);
    EXPECT_EQ(result.issues.at(0).message, u"file is larger than 1 MiB"_s);
}

TEST(CatalogLoaderTest, TooManyExercisesAreRefused)
{
    QByteArray json = R"({"format": 1, "exercises": [)";
    for (int i = 0; i < 201; ++i)
        json += (i ? ",{}" : "{}");
    json += "]}";
    const CatalogParseResult result = CatalogLoader::parse(json, u"many.json"_s);
    ASSERT_EQ(result.issues.size(), 1) << allIssues(result.issues);
    EXPECT_EQ(result.issues.at(0).path, u"exercises"_s);
    EXPECT_EQ(result.issues.at(0).message, u"must have at most 200 exercises, got 201"_s);
}

TEST(CatalogLoaderTest, TooManyRegionsAreRefused)
{
    QByteArray json = R"({"format": 1, "regions": [)";
    for (int i = 0; i < 51; ++i)
        json += (i ? ",{}" : "{}");
    json += "]}";
    const CatalogParseResult result = CatalogLoader::parse(json, u"many.json"_s);
    ASSERT_EQ(result.issues.size(), 1) << allIssues(result.issues);
    EXPECT_EQ(result.issues.at(0).message, u"must have at most 50 regions, got 51"_s);
}

TEST(CatalogLoaderTest, DeepNestingIsReportedAsInvalidJson)
{
    const QByteArray json = "{\"format\": 1, \"x\": " + QByteArray(5000, '[') + QByteArray(5000, ']') + "}";
    const CatalogParseResult result = CatalogLoader::parse(json, u"deep.json"_s);
    ASSERT_EQ(result.issues.size(), 1) << allIssues(result.issues);
    EXPECT_TRUE(result.issues.at(0).message.startsWith(u"invalid JSON"_s)) << allIssues(result.issues);
}

TEST(CatalogLoaderTest, UserFileMayReferToKnownRegionsAndExercises)
{
    Catalog known;
    known.addRegion(Region {u"neck"_s, u"Neck"_s, u"Neck things."_s, {u"nod"_s}});
    known.addExercise(hold(u"nod"_s, u"neck"_s));
    const QByteArray json = R"({"format": 1,
      "regions": [{"id": "neck", "name": "Neck", "summary": "Mine.", "suggested": ["nod", "tilt"]}],
      "exercises": [{"id": "tilt", "name": "Tilt", "region": "neck", "targets": ["Neck"],
                     "position": "Sitting.", "steps": ["Tilt."],
                     "dose": {"type": "hold", "hold_s": 20, "sets": 2}}]})";

    const CatalogParseResult withKnown = CatalogLoader::parse(json, u"user.json"_s, &known);
    EXPECT_TRUE(withKnown.issues.isEmpty()) << allIssues(withKnown.issues);

    const CatalogParseResult alone = CatalogLoader::parse(json, u"user.json"_s);
    EXPECT_FALSE(alone.ok());
    EXPECT_EQ(alone.issues.size(), 1) << allIssues(alone.issues);
}

// --- Built-in plus user folder ----------------------------------------------

TEST(CatalogLoadAllTest, AddsValidUserFilesAndSkipsBrokenOnes)
{
    ASSERT_TRUE(ensureCatalogResource());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    writeFile(dir.filePath(u"a-extra.json"_s), ValidUserFile);
    QFile::copy(dataFile(u"unknown-region.json"_s), dir.filePath(u"b-broken.json"_s));
    writeFile(dir.filePath(u"notes.txt"_s), "not a catalog");

    const limber::LoadedCatalog loaded = limber::loadCatalogs(BuiltInPath, dir.path());

    ASSERT_FALSE(loaded.issues.isEmpty());
    for (const CatalogIssue& issue : loaded.issues)
        EXPECT_TRUE(issue.file.endsWith(u"b-broken.json"_s)) << issue.toString().toStdString();
    // Built-in intact, the valid file's entries added, nothing from the broken one.
    EXPECT_EQ(loaded.catalog.regions().size(), 4);
    EXPECT_EQ(loaded.catalog.exercises().size(), 11);
    ASSERT_NE(loaded.catalog.exercise(u"chin-tuck"_s), nullptr);
    EXPECT_EQ(loaded.catalog.exercise(u"chin-tuck"_s)->regionId, u"neck-shoulders"_s);
    EXPECT_EQ(loaded.catalog.exercisesOf(u"neck-shoulders"_s).size(), 3);
    EXPECT_NE(loaded.catalog.region(u"jaw"_s), nullptr);
    EXPECT_EQ(loaded.catalog.exercise(u"nod"_s), nullptr);
    EXPECT_NE(loaded.catalog.exercise(u"cobra"_s), nullptr);
}

TEST(CatalogLoadAllTest, LaterFilesBuildOnEarlierOnesAndOverrideById)
{
    ASSERT_TRUE(ensureCatalogResource());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    writeFile(dir.filePath(u"1-jaw.json"_s), ValidUserFile);
    // Uses the region from 1-jaw.json and replaces the built-in flexion dose.
    writeFile(dir.filePath(u"2-more.json"_s), R"({"format": 1, "exercises": [
      {"id": "flexion", "name": "Shorter flexion", "region": "neck-shoulders", "targets": ["Neck"],
       "position": "Sitting.", "steps": ["Nod."], "dose": {"type": "hold", "hold_s": 20, "sets": 2}},
      {"id": "jaw-slide", "name": "Jaw slide", "region": "jaw", "targets": ["Jaw"],
       "position": "Sitting.", "steps": ["Slide."], "dose": {"type": "hold", "hold_s": 5, "sets": 3}}]})");

    const limber::LoadedCatalog loaded = limber::loadCatalogs(BuiltInPath, dir.path());

    EXPECT_TRUE(loaded.issues.isEmpty()) << allIssues(loaded.issues);
    ASSERT_NE(loaded.catalog.exercise(u"jaw-slide"_s), nullptr);
    EXPECT_EQ(loaded.catalog.exercisesOf(u"jaw"_s).size(), 2);
    EXPECT_EQ(loaded.catalog.exercises().at(0).id, u"flexion"_s) << "override keeps its place";
    EXPECT_EQ(loaded.catalog.exercises().at(0).name, u"Shorter flexion"_s);
    EXPECT_EQ(loaded.catalog.exercises().at(0).dose.hold.holdMs, 20000);
}

TEST(CatalogLoadAllTest, MissingUserFolderGivesTheBuiltInCatalog)
{
    ASSERT_TRUE(ensureCatalogResource());
    const limber::LoadedCatalog loaded = limber::loadCatalogs(BuiltInPath, u"/nonexistent/limber/catalog"_s);
    EXPECT_TRUE(loaded.issues.isEmpty()) << allIssues(loaded.issues);
    EXPECT_EQ(loaded.catalog.exercises().size(), 9);
}

TEST(CatalogLoadAllTest, BrokenBuiltInIsReported)
{
    const limber::LoadedCatalog loaded = limber::loadCatalogs(dataFile(u"zero-sets.json"_s), QString());
    ASSERT_EQ(loaded.issues.size(), 1);
    EXPECT_TRUE(loaded.issues.at(0).file.endsWith(u"zero-sets.json"_s));
    EXPECT_TRUE(loaded.catalog.isEmpty());
}

TEST(CatalogLoadAllTest, UserFolderLivesUnderAppData)
{
    QStandardPaths::setTestModeEnabled(true);
    const QString folder = limber::userCatalogFolder();
    EXPECT_FALSE(folder.isEmpty());
    EXPECT_TRUE(folder.endsWith(u"/catalog"_s)) << folder.toStdString();
    EXPECT_TRUE(folder.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QStandardPaths::setTestModeEnabled(false);
}

TEST(CatalogLoaderTest, DocumentedExampleIsValid)
{
    // The example in docs/catalog-format.md is what people copy; keep it loadable.
    ASSERT_TRUE(ensureCatalogResource());
    QFile doc(QStringLiteral(LIMBER_TEST_DATA_DIR) + u"/../../docs/catalog-format.md"_s);
    ASSERT_TRUE(doc.open(QIODevice::ReadOnly)) << doc.fileName().toStdString();
    const QByteArray text = doc.readAll();
    const qsizetype start = text.indexOf("```json\n");
    ASSERT_GE(start, 0);
    const qsizetype bodyStart = start + qsizetype(sizeof("```json\n")) - 1;
    const qsizetype end = text.indexOf("```", bodyStart);
    ASSERT_GT(end, bodyStart);

    const CatalogParseResult builtIn = CatalogLoader::loadFile(BuiltInPath);
    const CatalogParseResult example
        = CatalogLoader::parse(text.mid(bodyStart, end - bodyStart), u"example.json"_s, &builtIn.catalog);
    EXPECT_TRUE(example.issues.isEmpty()) << allIssues(example.issues);
    EXPECT_EQ(example.catalog.exercises().size(), 2);
}
