#include "limber/CatalogLoader.h"
#include "limber/CatalogWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

// A checker that decides by name, standing in for the app's QtGui one.
class NameChecker final : public limber::PictureChecker {
public:
    QString imageProblem(const QString& path) const override
    {
        return path.contains(u"bad"_s) ? u"is not a PNG image"_s : QString();
    }
    bool hasPose(const QString& poseId) const override { return poseId == u"cat-cow"_s; }
};

QByteArray catalogWithPicture(const QByteArray& picture)
{
    return R"({"format": 1, "exercises": [{"id": "mine", "name": "Mine", "region": "upper-back",
        "targets": ["Back"], "position": "Standing.", "steps": ["Stand."],
        "dose": {"type": "hold", "hold_s": 20, "sets": 2, "per_side": true}, "picture": )"
        + picture + "}]}";
}

limber::Catalog builtIn()
{
    return limber::loadCatalogs(limber::builtInCatalogPath(), QString()).catalog;
}

void writeFile(const QString& path, const QByteArray& bytes = "x")
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QStringList errorsOf(const limber::CatalogParseResult& result)
{
    QStringList errors;
    for (const limber::CatalogIssue& issue : result.issues) {
        if (issue.severity == limber::CatalogIssue::Severity::Error)
            errors.append(issue.path + u": "_s + issue.message);
    }
    return errors;
}

} // namespace

TEST(CatalogPicture, ReadsAPose)
{
    const limber::Catalog known = builtIn();
    NameChecker checker;
    const limber::CatalogParseResult result = limber::CatalogLoader::parse(
        catalogWithPicture(R"({"pose": "cat-cow"})"), u"mine.json"_s, &known, {QString(), &checker});
    ASSERT_TRUE(result.ok()) << errorsOf(result).join(u'\n').toStdString();
    const limber::Picture& picture = result.catalog.exercise(u"mine"_s)->picture;
    EXPECT_EQ(picture.kind, limber::Picture::Kind::Pose);
    EXPECT_EQ(picture.pose, u"cat-cow"_s);
}

TEST(CatalogPicture, ReadsFramesRelativeToTheFile)
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"images/a.png"_s));
    writeFile(dir.filePath(u"images/b.svg"_s));
    writeFile(dir.filePath(u"mine.json"_s), catalogWithPicture(R"({"frames": [
        {"image": "images/a.png", "seconds": 2},
        {"image": "images/b.svg", "seconds": 3, "mirror": true}], "mirror_other_side": true})"));
    const limber::Catalog known = builtIn();
    const limber::CatalogParseResult result = limber::CatalogLoader::loadFile(dir.filePath(u"mine.json"_s), &known);
    ASSERT_TRUE(result.ok()) << errorsOf(result).join(u'\n').toStdString();
    const limber::Picture& picture = result.catalog.exercise(u"mine"_s)->picture;
    ASSERT_EQ(picture.frames.size(), 2);
    EXPECT_EQ(picture.frames.at(0), (limber::PictureFrame {u"images/a.png"_s, 2000, false}));
    EXPECT_EQ(picture.frames.at(1), (limber::PictureFrame {u"images/b.svg"_s, 3000, true}));
    EXPECT_TRUE(picture.mirrorOtherSide);
    EXPECT_EQ(QFileInfo(picture.imagePath(1)).canonicalFilePath(),
              QFileInfo(dir.filePath(u"images/b.svg"_s)).canonicalFilePath());
    // The frames loop through the step: 0-2 s a, 2-5 s b, then a again.
    EXPECT_EQ(picture.frameIndexAt(0), 0);
    EXPECT_EQ(picture.frameIndexAt(1999), 0);
    EXPECT_EQ(picture.frameIndexAt(2000), 1);
    EXPECT_EQ(picture.frameIndexAt(4999), 1);
    EXPECT_EQ(picture.frameIndexAt(5000), 0);
    EXPECT_EQ(picture.frameIndexAt(7500), 1);
}

TEST(CatalogPicture, ReportsEveryProblemWithItsPath)
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"bad.png"_s));
    writeFile(dir.filePath(u"big.png"_s), QByteArray(limber::Picture::MaxImageBytes + 1, 'x'));
    const limber::Catalog known = builtIn();
    NameChecker checker;
    struct Case {
        QByteArray picture;
        QString expected;
    };
    const QList<Case> cases = {
        {R"("cat-cow")", u"exercises[0].picture: expected an object"_s},
        {R"({})", u"exercises[0].picture: needs either \"pose\" or \"frames\""_s},
        {R"({"pose": "cat-cow", "frames": []})", u"has both \"pose\" and \"frames\""_s},
        {R"({"pose": "moonwalk"})", u"exercises[0].picture.pose: unknown pose \"moonwalk\""_s},
        {R"({"frames": []})", u"exercises[0].picture.frames: must not be empty"_s},
        {R"({"frames": [{"image": "../up.png", "seconds": 2}]})",
         u"exercises[0].picture.frames[0].image: \"../up.png\" must not climb out"_s},
        {R"({"frames": [{"image": "/etc/a.png", "seconds": 2}]})", u"must be a path relative"_s},
        {R"({"frames": [{"image": "a.gif", "seconds": 2}]})", u"must be a PNG, JPEG or SVG image"_s},
        {R"({"frames": [{"image": "gone.png", "seconds": 2}]})", u"gone.png not found"_s},
        {R"({"frames": [{"image": "bad.png", "seconds": 2}]})", u"bad.png is not a PNG image"_s},
        {R"({"frames": [{"image": "big.png", "seconds": 2}]})", u"big.png is larger than 4 MiB"_s},
        {R"({"frames": [{"image": "bad.png", "seconds": 0}]})", u"frames[0].seconds"_s},
        {R"({"frames": [{"seconds": 2}]})", u"frames[0].image: missing required field"_s},
    };
    for (const Case& c : cases) {
        writeFile(dir.filePath(u"mine.json"_s), catalogWithPicture(c.picture));
        const limber::CatalogParseResult result
            = limber::CatalogLoader::loadFile(dir.filePath(u"mine.json"_s), &known, &checker);
        const QString errors = errorsOf(result).join(u'\n');
        EXPECT_FALSE(result.ok()) << c.picture.toStdString();
        EXPECT_TRUE(errors.contains(c.expected)) << c.picture.toStdString() << " gave " << errors.toStdString();
        EXPECT_EQ(result.catalog.exercise(u"mine"_s), nullptr);
    }
}

TEST(CatalogPicture, ALinkMayNotLeadOutOfTheFolder)
{
    QTemporaryDir outside;
    QTemporaryDir dir;
    writeFile(outside.filePath(u"secret.png"_s));
    ASSERT_TRUE(QFile::link(outside.filePath(u"secret.png"_s), dir.filePath(u"link.png"_s)));
    writeFile(dir.filePath(u"mine.json"_s), catalogWithPicture(R"({"frames": [{"image": "link.png", "seconds": 2}]})"));
    const limber::Catalog known = builtIn();
    const limber::CatalogParseResult result = limber::CatalogLoader::loadFile(dir.filePath(u"mine.json"_s), &known);
    EXPECT_TRUE(errorsOf(result).join(u'\n').contains(u"leads out of the catalog file's folder"_s));
}

TEST(CatalogWriter, RoundTripsEveryField)
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"pics/a.png"_s));
    const limber::Catalog known = builtIn();

    limber::Region region {u"hips"_s, u"Hips"_s, u"Easy stretches for the hips."_s, {u"hip-hold"_s}};
    limber::Exercise hold;
    hold.id = u"hip-hold"_s;
    hold.name = u"Hip hold"_s;
    hold.regionId = u"hips"_s;
    hold.targets = {u"Hips"_s, u"Thighs"_s};
    hold.where = {limber::Place::Floor, limber::Place::Kneeling};
    hold.position = u"Kneeling."_s;
    hold.steps = {u"Kneel."_s, u"Lean forward."_s};
    hold.note = u"Slowly."_s;
    hold.dose.hold = {25000, 40000, 3, true};
    hold.picture.kind = limber::Picture::Kind::Frames;
    hold.picture.frames = {{u"pics/a.png"_s, 2000, false}, {u"pics/a.png"_s, 4000, true}};
    hold.picture.mirrorOtherSide = true;

    limber::Exercise reps;
    reps.id = u"hip-circles"_s;
    reps.name = u"Hip circles"_s;
    reps.regionId = u"hips"_s;
    reps.targets = {u"Hips"_s};
    reps.position = u"Standing."_s;
    reps.steps = {u"Circle."_s};
    reps.dose.type = limber::Dose::Type::Repetitions;
    reps.dose.repetitions.reps = 8;
    reps.dose.repetitions.minReps = 5;
    reps.dose.repetitions.maxReps = 12;
    reps.dose.repetitions.phases = {{limber::Phase::Kind::Move, u"out"_s, u"Circle out"_s, limber::Breath::Out, 2500},
                                    {limber::Phase::Kind::Hold, u"rest"_s, u"Rest"_s, limber::Breath::None, 1000}};
    reps.picture.kind = limber::Picture::Kind::Pose;
    reps.picture.pose = u"cat-cow"_s;

    const QString path = dir.filePath(u"mine.json"_s);
    ASSERT_EQ(limber::CatalogWriter::write(path, {region}, {hold, reps}), QString());
    const limber::CatalogParseResult result = limber::CatalogLoader::loadFile(path, &known);
    ASSERT_TRUE(result.ok()) << errorsOf(result).join(u'\n').toStdString();
    ASSERT_EQ(result.catalog.exercises().size(), 2);
    for (const limber::Exercise& written : {hold, reps}) {
        const limber::Exercise* read = result.catalog.exercise(written.id);
        ASSERT_NE(read, nullptr);
        EXPECT_EQ(read->name, written.name);
        EXPECT_EQ(read->regionId, written.regionId);
        EXPECT_EQ(read->targets, written.targets);
        EXPECT_EQ(read->where, written.where);
        EXPECT_EQ(read->position, written.position);
        EXPECT_EQ(read->steps, written.steps);
        EXPECT_EQ(read->note, written.note);
        EXPECT_EQ(read->dose.type, written.dose.type);
        EXPECT_EQ(read->dose.hold.holdMs, written.dose.hold.holdMs);
        EXPECT_EQ(read->dose.hold.maxHoldMs, written.dose.hold.maxHoldMs);
        EXPECT_EQ(read->dose.hold.sets, written.dose.hold.sets);
        EXPECT_EQ(read->dose.hold.perSide, written.dose.hold.perSide);
        EXPECT_EQ(read->dose.repetitions.reps, written.dose.repetitions.reps);
        EXPECT_EQ(read->dose.repetitions.minReps, written.dose.repetitions.minReps);
        EXPECT_EQ(read->dose.repetitions.maxReps, written.dose.repetitions.maxReps);
        ASSERT_EQ(read->dose.repetitions.phases.size(), written.dose.repetitions.phases.size());
        for (int i = 0; i < read->dose.repetitions.phases.size(); ++i) {
            const limber::Phase& a = read->dose.repetitions.phases.at(i);
            const limber::Phase& b = written.dose.repetitions.phases.at(i);
            EXPECT_EQ(a.id, b.id);
            EXPECT_EQ(a.kind, b.kind);
            EXPECT_EQ(a.label, b.label);
            EXPECT_EQ(a.breath, b.breath);
            EXPECT_EQ(a.durationMs, b.durationMs);
        }
        EXPECT_EQ(read->picture, written.picture);
    }
    EXPECT_EQ(result.catalog.region(u"hips"_s)->suggested, QStringList {u"hip-hold"_s});
    // Written again, the file is byte for byte the same: stable for version control and diffs.
    EXPECT_EQ(limber::CatalogWriter::toBytes(result.catalog.regions(), result.catalog.exercises()),
              limber::CatalogWriter::toBytes({region}, {hold, reps}));
}

TEST(CatalogWriter, AFailedWriteNamesTheFile)
{
    QTemporaryDir dir;
    // A file where the folder should be: nothing can be written below it.
    writeFile(dir.filePath(u"blocked"_s), "in the way");
    const QString path = dir.filePath(u"blocked/mine.json"_s);
    const QString error = limber::CatalogWriter::write(path, {}, {});
    EXPECT_TRUE(error.contains(u"blocked"_s)) << error.toStdString();

    // Over an existing file: replaced whole.
    const QString existing = dir.filePath(u"mine.json"_s);
    writeFile(existing, "old");
    ASSERT_EQ(limber::CatalogWriter::write(existing, {}, {}), QString());
    QFile written(existing);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_TRUE(written.readAll().contains("\"format\": 1"));
}
