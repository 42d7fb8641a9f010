#include "limber/routines/RoutineStore.h"
#include "limber/routines/RoutineReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace limber;
using namespace Qt::StringLiterals;

namespace {

Routine routineNamed(const QString& name, const char* exercise = "cobra")
{
    Routine routine;
    routine.name = name;
    routine.entries.append({QString::fromLatin1(exercise), {}, QString()});
    return routine;
}

QStringList idsOf(const RoutineStore& store)
{
    QStringList ids;
    for (const Routine& routine : store.routines())
        ids.append(routine.id);
    return ids;
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class RoutineStoreTest : public ::testing::Test {
protected:
    QString folder() const { return m_temp.filePath(u"routines"_s); }
    QTemporaryDir m_temp;
};

} // namespace

TEST_F(RoutineStoreTest, ANewRoutineGetsAnIdFromItsNameAndAFileOfItsOwn)
{
    RoutineStore store(folder());
    int changes = 0;
    QObject::connect(&store, &RoutineStore::changed, [&changes] { ++changes; });
    const RoutineStore::SaveResult saved = store.save(routineNamed(u"Morning, lower back"_s));
    ASSERT_TRUE(saved.ok()) << saved.error.toStdString();
    EXPECT_EQ(saved.id, u"morning-lower-back"_s);
    EXPECT_EQ(changes, 1);
    EXPECT_TRUE(QFileInfo::exists(folder() + u"/morning-lower-back.json"_s));

    const RoutineStore::SaveResult second = store.save(routineNamed(u"Morning lower-back"_s));
    EXPECT_EQ(second.id, u"morning-lower-back-2"_s); // unique, the first one is kept
    EXPECT_EQ(idsOf(store), (QStringList {u"morning-lower-back"_s, u"morning-lower-back-2"_s}));

    RoutineStore again(folder());
    EXPECT_TRUE(again.load().isEmpty());
    EXPECT_EQ(again.routines(), store.routines());
}

TEST_F(RoutineStoreTest, SavingAnExistingIdReplacesItInPlace)
{
    RoutineStore store(folder());
    store.save(routineNamed(u"A"_s));
    store.save(routineNamed(u"B"_s));
    Routine edited = *store.routine(u"a"_s);
    edited.name = u"A, longer"_s;
    edited.entries.append({u"cat-cow"_s, {}, u"slowly"_s});
    ASSERT_TRUE(store.save(edited).ok());
    EXPECT_EQ(idsOf(store), (QStringList {u"a"_s, u"b"_s}));
    RoutineStore again(folder());
    again.load();
    ASSERT_NE(again.routine(u"a"_s), nullptr);
    EXPECT_EQ(*again.routine(u"a"_s), edited);
}

TEST_F(RoutineStoreTest, TheOrderIsThePersonsAndSurvivesALoad)
{
    RoutineStore store(folder());
    for (const QString& name : {u"Alpha"_s, u"Bravo"_s, u"Charlie"_s})
        ASSERT_TRUE(store.save(routineNamed(name)).ok());
    EXPECT_EQ(store.reorder({u"charlie"_s, u"alpha"_s}), QString());
    EXPECT_EQ(idsOf(store), (QStringList {u"charlie"_s, u"alpha"_s, u"bravo"_s}));
    RoutineStore again(folder());
    again.load();
    EXPECT_EQ(idsOf(again), idsOf(store));

    // A file dropped in by hand comes after the ordered ones.
    ASSERT_TRUE(QFile::copy(QStringLiteral(LIMBER_TEST_DATA_DIR "/routines/lower-back-evenings.json"),
                            folder() + u"/lower-back-evenings.json"_s));
    again.load();
    EXPECT_EQ(idsOf(again), (QStringList {u"charlie"_s, u"alpha"_s, u"bravo"_s, u"lower-back-evenings"_s}));
}

TEST_F(RoutineStoreTest, RemoveCanBeUndoneToTheSamePlace)
{
    RoutineStore store(folder());
    for (const QString& name : {u"Alpha"_s, u"Bravo"_s, u"Charlie"_s})
        store.save(routineNamed(name));
    const Routine bravo = *store.routine(u"bravo"_s);
    QString error;
    const std::optional<RoutineStore::Removed> removed = store.remove(u"bravo"_s, &error);
    ASSERT_TRUE(removed.has_value()) << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(store.filePath(u"bravo"_s)));
    EXPECT_EQ(idsOf(store), (QStringList {u"alpha"_s, u"charlie"_s}));

    EXPECT_EQ(store.restore(*removed), QString());
    EXPECT_EQ(idsOf(store), (QStringList {u"alpha"_s, u"bravo"_s, u"charlie"_s}));
    EXPECT_EQ(*store.routine(u"bravo"_s), bravo);
    RoutineStore again(folder());
    again.load();
    EXPECT_EQ(idsOf(again), idsOf(store));

    EXPECT_FALSE(store.remove(u"nothing"_s, &error).has_value());
    EXPECT_TRUE(error.contains(u"nothing"_s));
}

TEST_F(RoutineStoreTest, DuplicateMakesANamedCopyRightAfterTheOriginal)
{
    RoutineStore store(folder());
    store.save(routineNamed(u"Alpha"_s, "knee-to-chest"));
    store.save(routineNamed(u"Bravo"_s));
    const RoutineStore::SaveResult copy = store.duplicate(u"alpha"_s);
    ASSERT_TRUE(copy.ok()) << copy.error.toStdString();
    EXPECT_EQ(copy.id, u"alpha-copy"_s);
    EXPECT_EQ(idsOf(store), (QStringList {u"alpha"_s, u"alpha-copy"_s, u"bravo"_s}));
    EXPECT_EQ(store.routine(u"alpha-copy"_s)->name, u"Alpha (copy)"_s);
    EXPECT_EQ(store.routine(u"alpha-copy"_s)->entries, store.routine(u"alpha"_s)->entries);
    EXPECT_EQ(store.duplicate(u"alpha"_s).id, u"alpha-copy-2"_s);
}

TEST_F(RoutineStoreTest, FindTakesAnIdOrANameInAnyCase)
{
    RoutineStore store(folder());
    store.save(routineNamed(u"Evening Stretch"_s));
    ASSERT_NE(store.find(u"evening-stretch"_s), nullptr);
    ASSERT_NE(store.find(u"evening stretch"_s), nullptr);
    EXPECT_EQ(store.find(u"morning"_s), nullptr);
}

TEST_F(RoutineStoreTest, BrokenFilesAreReportedAndKeptUntouched)
{
    ASSERT_TRUE(QDir().mkpath(folder()));
    const QByteArray broken = R"({"format": "limber-routine", "version": 1, "id": "typo", "name": "T",
        "exercises": [{"exercise": "cobra", "repetitions": 500}]})";
    ASSERT_TRUE(writeFile(folder() + u"/typo.json"_s, broken));
    ASSERT_TRUE(
        writeFile(folder() + u"/renamed.json"_s,
                  R"({"format": "limber-routine", "version": 1, "id": "other", "name": "O", "exercises": []})"));
    RoutineStore store(folder());
    const QList<JsonIssue> problems = store.load();
    EXPECT_TRUE(store.routines().isEmpty());
    QStringList lines;
    for (const JsonIssue& issue : problems)
        lines.append(issue.toString());
    ASSERT_EQ(lines.size(), 2) << lines.join(u'\n').toStdString();
    // In file-name order: renamed.json, then typo.json.
    EXPECT_TRUE(lines.at(0).contains(u"renamed.json: id: "_s)) << lines.at(0).toStdString();
    EXPECT_TRUE(lines.at(1).contains(u"typo.json: exercises[0].repetitions: must be between 1 and 50"_s))
        << lines.at(1).toStdString();

    // Its id stays taken, so a new routine of that name never lands on it.
    const RoutineStore::SaveResult saved = store.save(routineNamed(u"Typo"_s));
    ASSERT_TRUE(saved.ok()) << saved.error.toStdString();
    EXPECT_EQ(saved.id, u"typo-2"_s);
    Routine overwrite = routineNamed(u"Typo"_s);
    overwrite.id = u"typo"_s;
    EXPECT_FALSE(store.save(overwrite).ok());
    EXPECT_EQ(readFile(folder() + u"/typo.json"_s), broken);
}

TEST_F(RoutineStoreTest, ARoutineTheReaderWouldRefuseIsNotWritten)
{
    RoutineStore store(folder());
    Routine routine = routineNamed(u"Too long"_s);
    routine.entries.first().dose.holdSeconds = 1000;
    const RoutineStore::SaveResult saved = store.save(routine);
    EXPECT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error.contains(u"holdSeconds"_s)) << saved.error.toStdString();
    EXPECT_FALSE(store.save(routineNamed(u"   "_s)).ok()); // a routine needs a name
    EXPECT_TRUE(store.routines().isEmpty());
    EXPECT_FALSE(QFileInfo::exists(folder() + u"/too-long.json"_s));
}

TEST_F(RoutineStoreTest, AFolderThatCannotBeMadeGivesAnErrorAndChangesNothing)
{
    // As root permissions do not stop a write; a regular file in the way does.
    ASSERT_TRUE(writeFile(m_temp.filePath(u"blocked"_s), "x"));
    RoutineStore store(m_temp.filePath(u"blocked/routines"_s));
    EXPECT_TRUE(store.load().isEmpty());
    const RoutineStore::SaveResult saved = store.save(routineNamed(u"Alpha"_s));
    EXPECT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error.contains(u"blocked/routines/alpha.json"_s)) << saved.error.toStdString();
    EXPECT_TRUE(store.routines().isEmpty());
}
