#include "StorageTestSupport.h"

#include "limber/storage/SqliteHistoryStore.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <memory>

using namespace limber;
using namespace limber::test;

namespace {

SessionRecord someSession()
{
    SessionRecord record;
    record.regionId = QStringLiteral("lower-back");
    record.exerciseIds = {QStringLiteral("cobra")};
    record.totalSteps = 8;
    return record;
}

QStringList movedAside(const TempHistory& temp)
{
    return temp.entries().filter(QRegularExpression(QStringLiteral("^history\\.sqlite\\.corrupt-\\d{8}-\\d{6}$")));
}

// Makes a folder read-only for the scope; puts it back so it can be cleaned up.
class ReadOnlyFolder final {
public:
    explicit ReadOnlyFolder(const QString& path)
        : m_path(path)
    {
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup);
    }
    ~ReadOnlyFolder() { QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); }
    ReadOnlyFolder(const ReadOnlyFolder&) = delete;
    ReadOnlyFolder& operator=(const ReadOnlyFolder&) = delete;

private:
    QString m_path;
};

} // namespace

TEST(FaultTest, GarbageIsMovedAsideAndAFreshHistoryStarts)
{
    TempHistory temp;
    const QByteArray garbage = QByteArray("this is not a database, it is a shopping list\n").repeated(200);
    writeFile(temp.path(), garbage);

    SqliteHistoryStore store(temp.path());
    const auto report = store.open();
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();

    const QStringList aside = movedAside(temp);
    ASSERT_EQ(aside.size(), 1) << temp.entries().join(QLatin1Char(' ')).toStdString();
    const QString asidePath = temp.dir.filePath(aside.first());
    EXPECT_EQ(report.value().movedAsidePath, asidePath);
    EXPECT_EQ(readFile(asidePath), garbage) << "the old file is kept as it was";
    EXPECT_TRUE(report.value().notice.contains(temp.path())) << report.value().notice.toStdString();
    EXPECT_TRUE(report.value().notice.contains(asidePath)) << report.value().notice.toStdString();

    ASSERT_TRUE(store.beginSession(someSession()).ok());
    EXPECT_EQ(store.sessions().value().size(), 1);
}

TEST(FaultTest, AShortGarbageFileIsMovedAsideToo)
{
    TempHistory temp;
    writeFile(temp.path(), QByteArray("\x01\x02garbage", 9));
    SqliteHistoryStore store(temp.path());
    const auto report = store.open();
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    EXPECT_EQ(movedAside(temp).size(), 1);
    EXPECT_TRUE(store.beginSession(someSession()).ok());
}

TEST(FaultTest, ADamagedPageIsFoundAtOpen)
{
    TempHistory temp;
    {
        SqliteHistoryStore store(temp.path());
        ASSERT_TRUE(store.open().ok());
        SessionRecord record = someSession();
        record.exerciseIds = QStringList(200, QStringLiteral("a-rather-long-exercise-name"));
        for (int i = 0; i < 50; ++i)
            ASSERT_TRUE(store.beginSession(record).ok());
    }
    QByteArray bytes = readFile(temp.path());
    ASSERT_GT(bytes.size(), 3 * 4096);
    // Keep the header and the schema page; trample the pages that hold rows.
    for (qsizetype i = 2 * 4096; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>(0xa5);
    writeFile(temp.path(), bytes);

    SqliteHistoryStore store(temp.path());
    const auto report = store.open();
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    EXPECT_EQ(movedAside(temp).size(), 1);
    EXPECT_EQ(store.sessions().value().size(), 0);
}

TEST(FaultTest, AStaleJournalDoesNotLeakIntoTheFreshHistory)
{
    TempHistory temp;
    writeFile(temp.path(), QByteArray(4096, 'x'));
    writeFile(temp.path() + QStringLiteral("-wal"), QByteArray(64, 'y'));
    SqliteHistoryStore store(temp.path());
    const auto report = store.open();
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    EXPECT_FALSE(report.value().movedAsidePath.isEmpty());
    ASSERT_TRUE(store.beginSession(someSession()).ok());
    EXPECT_EQ(store.sessions().value().size(), 1);
}

TEST(FaultTest, AReadOnlyFolderGivesErrorsNotACrash)
{
    TempHistory temp;
    ReadOnlyFolder readOnly(temp.folder());
    PermissionsEnforced enforced;
    ASSERT_TRUE(enforced.effective());

    SqliteHistoryStore store(temp.path());
    const auto report = store.open();
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.errorMessage().contains(temp.path())) << report.errorMessage().toStdString();
    EXPECT_FALSE(store.isOpen());

    const auto begun = store.beginSession(someSession());
    ASSERT_FALSE(begun.ok());
    EXPECT_EQ(begun.errorMessage(), report.errorMessage()) << "every call repeats why";
    EXPECT_FALSE(store.updateProgress(1, {}).ok());
    EXPECT_FALSE(store.sessions().ok());
    EXPECT_FALSE(store.lastInterrupted(std::chrono::hours(12)).ok());
    EXPECT_TRUE(movedAside(temp).isEmpty()) << "no permission is not damage";
}

TEST(FaultTest, AnExistingHistoryInAReadOnlyFolderCannotBeWritten)
{
    TempHistory temp;
    {
        SqliteHistoryStore store(temp.path());
        ASSERT_TRUE(store.open().ok());
        ASSERT_TRUE(store.beginSession(someSession()).ok());
    }
    QFile::setPermissions(temp.path(), QFile::ReadOwner | QFile::ReadGroup);
    ReadOnlyFolder readOnly(temp.folder());
    PermissionsEnforced enforced;
    ASSERT_TRUE(enforced.effective());

    SqliteHistoryStore store(temp.path());
    const auto report = store.open();
    if (report.ok()) {
        const auto begun = store.beginSession(someSession());
        ASSERT_FALSE(begun.ok());
        EXPECT_TRUE(begun.errorMessage().contains(temp.path())) << begun.errorMessage().toStdString();
    } else {
        EXPECT_TRUE(report.errorMessage().contains(temp.path())) << report.errorMessage().toStdString();
    }
    EXPECT_TRUE(movedAside(temp).isEmpty());
}

TEST(FaultTest, AFolderThatCannotBeCreatedIsNamed)
{
    TempHistory temp;
    const QString blocker = temp.dir.filePath(QStringLiteral("not-a-folder"));
    writeFile(blocker, "plain file");
    SqliteHistoryStore store(blocker + QStringLiteral("/history.sqlite"));
    const auto report = store.open();
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.errorMessage().contains(blocker)) << report.errorMessage().toStdString();
}

TEST(FaultTest, AFolderWhereTheFileShouldBeIsNotMovedAside)
{
    TempHistory temp;
    ASSERT_TRUE(QDir(temp.folder()).mkdir(QStringLiteral("history.sqlite")));
    SqliteHistoryStore store(temp.path());
    const auto report = store.open();
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.errorMessage().contains(temp.path())) << report.errorMessage().toStdString();
    EXPECT_TRUE(QFileInfo(temp.path()).isDir());
    EXPECT_TRUE(movedAside(temp).isEmpty());
}

TEST(FaultTest, OpeningAgainAfterAFailureWorksOnceTheCauseIsGone)
{
    TempHistory temp;
    auto store = std::make_unique<SqliteHistoryStore>(temp.path());
    {
        ReadOnlyFolder readOnly(temp.folder());
        PermissionsEnforced enforced;
        ASSERT_FALSE(store->open().ok());
    }
    const auto report = store->open();
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    EXPECT_TRUE(store->beginSession(someSession()).ok());
}
