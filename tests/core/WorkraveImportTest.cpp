#include "limber/WorkraveImport.h"
#include "limber/CatalogLoader.h"
#include "limber/Plan.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

const QString DataDir = QStringLiteral(LIMBER_TEST_DATA_DIR "/workrave");
const limber::WorkraveImport::Texts Texts {u"At the desk."_s, u"Follow the pictures."_s, u"From Workrave."_s};

limber::Catalog builtIn()
{
    return limber::loadCatalogs(limber::builtInCatalogPath(), QString()).catalog;
}

limber::WorkraveImport::Prepared prepare(const QString& file, const limber::Catalog& catalog,
                                         const QString& language = QString(),
                                         const limber::PictureChecker* checker = nullptr)
{
    return limber::WorkraveImport::prepare(DataDir + u'/' + file, catalog, u"neck-shoulders"_s, language, Texts,
                                           checker);
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class RefuseNamed final : public limber::PictureChecker {
public:
    QString imageProblem(const QString& path) const override
    {
        return path.endsWith(u"fake.png"_s) ? u"is not a PNG image"_s : QString();
    }
    bool hasPose(const QString&) const override { return true; }
};

} // namespace

TEST(WorkraveImport, BecomesHoldsWithLoopingPictures)
{
    const limber::Catalog catalog = builtIn();
    const limber::WorkraveImport::Prepared prepared = prepare(u"basic/exercises.xml"_s, catalog, u"de"_s);
    ASSERT_TRUE(prepared.ok()) << prepared.error.toStdString();
    ASSERT_EQ(prepared.exercises.size(), 2);
    const limber::Exercise& arm = prepared.exercises.at(0);
    EXPECT_EQ(arm.id, u"workrave-arm-swing"_s); // from the untagged title, whatever the language
    EXPECT_EQ(arm.name, u"Armschwung"_s);
    EXPECT_EQ(arm.regionId, u"neck-shoulders"_s);
    EXPECT_EQ(arm.where, (QList<limber::Place> {limber::Place::Chair, limber::Place::Standing}));
    EXPECT_EQ(arm.steps.size(), 3); // the description, cut at its sentences
    EXPECT_EQ(arm.dose.type, limber::Dose::Type::Hold);
    EXPECT_EQ(arm.dose.hold.holdMs, 12000);
    EXPECT_EQ(arm.dose.hold.maxHoldMs, 12000);
    EXPECT_EQ(arm.dose.hold.sets, 1);
    ASSERT_EQ(arm.picture.frames.size(), 2);
    EXPECT_EQ(arm.picture.frames.at(0), (limber::PictureFrame {u"workrave-images/arm-left.png"_s, 2000, false}));
    EXPECT_EQ(arm.picture.frames.at(1), (limber::PictureFrame {u"workrave-images/arm-left.png"_s, 3000, true}));
    EXPECT_EQ(prepared.images.size(), 2); // arm-left.png once, neck.png

    // Workrave's timeline: 2 s, 3 s mirrored, again and again until 12 s.
    const QList<int> expected = {0, 0, 1, 1, 1, 0, 0, 1, 1, 1, 0, 0};
    for (int second = 0; second < 12; ++second)
        EXPECT_EQ(arm.picture.frameIndexAt(second * 1000 + 500), expected.at(second)) << second;
}

TEST(WorkraveImport, CommitWritesACatalogThatLoadsAndPlans)
{
    QTemporaryDir home;
    const limber::Catalog catalog = builtIn();
    const limber::WorkraveImport::Prepared prepared = prepare(u"basic/exercises.xml"_s, catalog);
    ASSERT_EQ(limber::WorkraveImport::commit(prepared, home.path()), QString());

    const limber::LoadedCatalog loaded = limber::loadCatalogs(limber::builtInCatalogPath(), home.path());
    for (const limber::CatalogIssue& issue : loaded.issues)
        ADD_FAILURE() << issue.toString().toStdString();
    const limber::Exercise* arm = loaded.catalog.exercise(u"workrave-arm-swing"_s);
    ASSERT_NE(arm, nullptr);
    EXPECT_EQ(arm->picture, prepared.exercises.at(0).picture);
    EXPECT_EQ(contents(arm->picture.imagePath(0)), contents(DataDir + u"/basic/arm-left.png"_s));

    // With the default hold setting the session holds exactly Workrave's 12 s.
    const limber::Plan plan = limber::Planner(loaded.catalog).plan({arm->id});
    qint64 held = 0;
    for (const limber::Step& step : plan.steps) {
        if (step.kind == limber::StepKind::Hold)
            held += step.durationMs;
    }
    EXPECT_EQ(held, 12000);
}

TEST(WorkraveImport, ReimportReplacesAndKeepsIds)
{
    QTemporaryDir home;
    const limber::Catalog catalog = builtIn();
    ASSERT_EQ(limber::WorkraveImport::commit(prepare(u"basic/exercises.xml"_s, catalog), home.path()), QString());
    const QByteArray first = contents(home.filePath(u"workrave.json"_s));
    ASSERT_EQ(limber::WorkraveImport::commit(prepare(u"basic/exercises.xml"_s, catalog), home.path()), QString());
    EXPECT_EQ(contents(home.filePath(u"workrave.json"_s)), first);
    EXPECT_FALSE(QFileInfo::exists(home.filePath(u".workrave-images.old"_s)));
    EXPECT_FALSE(QFileInfo::exists(home.filePath(u".workrave-images.new"_s)));
}

TEST(WorkraveImport, ARefusedFileChangesNothing)
{
    QTemporaryDir home;
    const limber::Catalog catalog = builtIn();
    ASSERT_EQ(limber::WorkraveImport::commit(prepare(u"basic/exercises.xml"_s, catalog), home.path()), QString());
    const QByteArray before = contents(home.filePath(u"workrave.json"_s));
    RefuseNamed checker;
    for (const QString& file : {u"not-xml.xml"_s, u"no-sequence.xml"_s, u"absurd-duration.xml"_s, u"climbs-out.xml"_s,
                                u"not-image/exercises.xml"_s}) {
        const limber::WorkraveImport::Prepared refused = prepare(file, catalog, QString(), &checker);
        EXPECT_FALSE(refused.ok()) << file.toStdString();
        EXPECT_TRUE(refused.error.startsWith(DataDir + u'/' + file + u": "_s)) << refused.error.toStdString();
        EXPECT_EQ(limber::WorkraveImport::commit(refused, home.path()), refused.error);
    }
    EXPECT_TRUE(prepare(u"not-image/exercises.xml"_s, catalog, QString(), &checker)
                    .error.contains(u"fake.png is not a PNG image"_s));
    EXPECT_EQ(contents(home.filePath(u"workrave.json"_s)), before);
    EXPECT_TRUE(QFileInfo::exists(home.filePath(u"workrave-images/arm-left.png"_s)));
}

TEST(WorkraveImport, AFailedWriteKeepsTheEarlierImport)
{
    QTemporaryDir home;
    const limber::Catalog catalog = builtIn();
    ASSERT_EQ(limber::WorkraveImport::commit(prepare(u"basic/exercises.xml"_s, catalog), home.path()), QString());
    const QByteArray before = contents(home.filePath(u"workrave.json"_s));
    // The catalog file cannot be replaced: a folder stands in its way.
    ASSERT_TRUE(QFile::remove(home.filePath(u"workrave.json"_s)));
    ASSERT_TRUE(QDir(home.path()).mkpath(u"workrave.json/blocker"_s));
    const QString error = limber::WorkraveImport::commit(prepare(u"basic/exercises.xml"_s, catalog), home.path());
    EXPECT_TRUE(error.contains(u"workrave.json"_s)) << error.toStdString();
    EXPECT_TRUE(QFileInfo::exists(home.filePath(u"workrave-images/neck.png"_s)));
    EXPECT_FALSE(QFileInfo::exists(home.filePath(u".workrave-images.old"_s)));
    (void)before;
}

TEST(WorkraveImport, IdsFromTitles)
{
    EXPECT_EQ(limber::WorkraveImport::idFromTitle(u"Arm rotation"_s), u"arm-rotation"_s);
    EXPECT_EQ(limber::WorkraveImport::idFromTitle(u"  Über-Dehnung!! (2) "_s), u"uber-dehnung-2"_s);
    EXPECT_EQ(limber::WorkraveImport::idFromTitle(u"---"_s), QString());
}
