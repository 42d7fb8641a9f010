#include "StorageTestSupport.h"

#include "limber/SetAsideBook.h"
#include "limber/storage/SqliteHistoryStore.h"

#include <QFileInfo>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace limber;
using namespace limber::test;

namespace {

const QDateTime Morning = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);

class SetAsideStoreTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(temp.dir.isValid());
        const auto report = store.open();
        ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    }

    qint64 aSession()
    {
        SessionRecord record;
        record.start = Morning;
        record.regionId = QStringLiteral("lower-back");
        record.exerciseIds = {QStringLiteral("knee-to-chest"), QStringLiteral("cobra")};
        record.totalSteps = 10;
        const auto id = store.beginSession(record);
        EXPECT_TRUE(id.ok()) << id.errorMessage().toStdString();
        return id.ok() ? id.value() : 0;
    }

    qint64 mark(const QString& exerciseId, std::optional<qint64> sessionId = std::nullopt,
                const QDateTime& at = Morning)
    {
        SetAsideMark mark;
        mark.exerciseId = exerciseId;
        mark.sessionId = sessionId;
        mark.at = at;
        const auto id = store.addSetAside(mark);
        EXPECT_TRUE(id.ok()) << id.errorMessage().toStdString();
        return id.ok() ? id.value() : 0;
    }

    TempHistory temp;
    SqliteHistoryStore store {temp.path()};
};

} // namespace

TEST_F(SetAsideStoreTest, AMarkIsKeptWithItsDateAndSessionAcrossReopening)
{
    const qint64 session = aSession();
    const qint64 id = mark(QStringLiteral("cobra"), session, Morning.addSecs(600));
    EXPECT_GT(id, 0);
    store.close();
    ASSERT_TRUE(store.open().ok());
    const QList<SetAsideMark> marks = store.setAsideMarks().value();
    ASSERT_EQ(marks.size(), 1);
    EXPECT_EQ(marks[0].id, id);
    EXPECT_EQ(marks[0].exerciseId, QStringLiteral("cobra"));
    EXPECT_EQ(marks[0].at, Morning.addSecs(600));
    EXPECT_EQ(marks[0].sessionId, session);
    EXPECT_TRUE(marks[0].holds());
}

TEST_F(SetAsideStoreTest, MarkingTwiceKeepsOneMark)
{
    const qint64 first = mark(QStringLiteral("cobra"));
    EXPECT_EQ(mark(QStringLiteral("cobra"), std::nullopt, Morning.addDays(1)), first);
    EXPECT_EQ(store.setAsideMarks().value().size(), 1);
}

TEST_F(SetAsideStoreTest, UndoRemovesTheMarkAsIfNeverMade)
{
    const qint64 id = mark(QStringLiteral("cobra"));
    ASSERT_TRUE(store.removeSetAside(id).ok());
    EXPECT_TRUE(store.setAsideMarks().value().isEmpty());
    const StoreStatus again = store.removeSetAside(id);
    EXPECT_FALSE(again.ok());
    EXPECT_TRUE(again.errorMessage().contains(QString::number(id))) << again.errorMessage().toStdString();
}

TEST_F(SetAsideStoreTest, SuggestingAgainLiftsTheMarkAndKeepsTheRecord)
{
    mark(QStringLiteral("cobra"));
    ASSERT_TRUE(store.liftSetAside(QStringLiteral("cobra"), Morning.addDays(2)).ok());
    QList<SetAsideMark> marks = store.setAsideMarks().value();
    ASSERT_EQ(marks.size(), 1);
    EXPECT_FALSE(marks[0].holds());
    EXPECT_EQ(marks[0].liftedAt, Morning.addDays(2));
    EXPECT_TRUE(SetAside(marks).isEmpty());
    EXPECT_TRUE(store.liftSetAside(QStringLiteral("cobra")).ok()) << "lifting what is not set aside is no error";

    // It hurt again later: a new mark, the old one still on record.
    mark(QStringLiteral("cobra"), std::nullopt, Morning.addDays(5));
    marks = store.setAsideMarks().value();
    ASSERT_EQ(marks.size(), 2);
    EXPECT_TRUE(SetAside(marks).contains(QStringLiteral("cobra")));
}

TEST_F(SetAsideStoreTest, BadMarksAreRefusedWithAClearMessage)
{
    SetAsideMark nameless;
    nameless.exerciseId = QStringLiteral("  ");
    const auto refused = store.addSetAside(nameless);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorMessage().contains(temp.path())) << refused.errorMessage().toStdString();
    EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("no exercise")));

    SetAsideMark orphan;
    orphan.exerciseId = QStringLiteral("cobra");
    orphan.sessionId = 4711;
    const auto noSession = store.addSetAside(orphan);
    ASSERT_FALSE(noSession.ok());
    EXPECT_TRUE(noSession.errorMessage().contains(QStringLiteral("4711"))) << noSession.errorMessage().toStdString();
    EXPECT_TRUE(store.setAsideMarks().value().isEmpty()) << "nothing half-written";
}

TEST_F(SetAsideStoreTest, AValueTheSchemaDoesNotAllowIsRefusedByTheFileItself)
{
    store.close();
    RawDatabase raw(temp.path());
    EXPECT_TRUE(raw.tryExec(QStringLiteral("INSERT INTO set_aside (exercise_id, marked_at) VALUES ('cobra', 1)")));
    // A hand-edited file cannot sneak in a date that is not a number, an
    // empty exercise, or two marks holding for one exercise.
    EXPECT_FALSE(raw.tryExec(QStringLiteral("INSERT INTO set_aside (exercise_id, marked_at) VALUES ('neck', 'soon')")));
    EXPECT_FALSE(raw.tryExec(QStringLiteral("INSERT INTO set_aside (exercise_id, marked_at) VALUES ('', 1)")));
    EXPECT_FALSE(raw.tryExec(QStringLiteral("INSERT INTO set_aside (exercise_id, marked_at) VALUES ('cobra', 2)")));
    EXPECT_FALSE(
        raw.tryExec(QStringLiteral("INSERT INTO set_aside (exercise_id, marked_at, lifted_at) VALUES ('a', 1, 'x')")));
    EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM set_aside")).toInt(), 1);
}

TEST_F(SetAsideStoreTest, TheMarksCanBeReadWithoutOpeningTheHistory)
{
    mark(QStringLiteral("cobra"));
    const auto read = SqliteHistoryStore::readSetAsideMarks(temp.path());
    ASSERT_TRUE(read.ok()) << read.errorMessage().toStdString();
    ASSERT_EQ(read.value().size(), 1);
    EXPECT_EQ(read.value()[0].exerciseId, QStringLiteral("cobra"));

    const QString missing = temp.dir.filePath(QStringLiteral("elsewhere/history.sqlite"));
    const auto none = SqliteHistoryStore::readSetAsideMarks(missing);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none.value().isEmpty());
    EXPECT_FALSE(QFileInfo::exists(missing)) << "reading makes no file";
}

TEST(SetAsideReadTest, AnOlderFileHasNoMarksAndIsLeftAsItWas)
{
    TempHistory temp;
    {
        RawDatabase raw(temp.path());
        createVersion3(raw);
    }
    const auto read = SqliteHistoryStore::readSetAsideMarks(temp.path());
    ASSERT_TRUE(read.ok()) << read.errorMessage().toStdString();
    EXPECT_TRUE(read.value().isEmpty());
    RawDatabase raw(temp.path());
    EXPECT_EQ(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 3) << "not migrated";
}

TEST(SetAsideReadTest, ADamagedFileSaysWhichFileAndWhy)
{
    TempHistory temp;
    writeFile(temp.path(), QByteArray("this is not a database, it is a shopping list").repeated(100));
    const auto read = SqliteHistoryStore::readSetAsideMarks(temp.path());
    ASSERT_FALSE(read.ok());
    EXPECT_TRUE(read.errorMessage().contains(temp.path())) << read.errorMessage().toStdString();
}

TEST_F(SetAsideStoreTest, TheBookFollowsMarksUndoAndSuggestAgain)
{
    SetAsideBook book;
    QSignalSpy changed(&book, &SetAsideBook::changed);
    EXPECT_FALSE(book.isAvailable());
    EXPECT_FALSE(book.mark(QStringLiteral("cobra"), 0).ok()) << "no history, nothing to keep it in";

    mark(QStringLiteral("flexion"));
    ASSERT_TRUE(book.setStore(&store).ok());
    EXPECT_TRUE(book.isAvailable());
    EXPECT_TRUE(book.current().contains(QStringLiteral("flexion")));
    EXPECT_EQ(changed.count(), 1);

    const qint64 session = aSession();
    const auto marked = book.mark(QStringLiteral("cobra"), session);
    ASSERT_TRUE(marked.ok()) << marked.errorMessage().toStdString();
    EXPECT_TRUE(book.current().contains(QStringLiteral("cobra")));
    EXPECT_EQ(book.current().markFor(QStringLiteral("cobra"))->sessionId, session);
    EXPECT_EQ(changed.count(), 2);

    ASSERT_TRUE(book.undo(marked.value()).ok());
    EXPECT_FALSE(book.current().contains(QStringLiteral("cobra")));
    EXPECT_EQ(changed.count(), 3);

    ASSERT_TRUE(book.suggestAgain(QStringLiteral("flexion")).ok());
    EXPECT_TRUE(book.current().isEmpty());
    EXPECT_EQ(changed.count(), 4);

    ASSERT_TRUE(book.suggestAgain(QStringLiteral("flexion")).ok());
    EXPECT_EQ(changed.count(), 4) << "nothing changed, nothing to announce";

    store.close();
    EXPECT_FALSE(book.mark(QStringLiteral("cobra"), 0).ok());
}
