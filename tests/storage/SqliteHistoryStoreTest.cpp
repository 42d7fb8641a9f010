#include "StorageTestSupport.h"

#include "limber/storage/SqliteHistoryStore.h"

#include "limber/HistoryCsv.h"

#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace limber;
using namespace limber::test;
using namespace std::chrono_literals;

namespace {

SessionRecord lowerBackSession(const QDateTime& start)
{
    SessionRecord record;
    record.start = start;
    record.regionId = QStringLiteral("lower-back");
    record.exerciseIds = {QStringLiteral("knee-to-chest"), QStringLiteral("pelvic-tilt"), QStringLiteral("cobra")};
    record.totalSteps = 40;
    record.progress.at = start;
    return record;
}

SessionProgress progressAt(const QDateTime& at, int resume, int completed, int steps, qint64 activeMs)
{
    SessionProgress progress;
    progress.at = at;
    progress.resumeExerciseIndex = resume;
    progress.exercisesCompleted = completed;
    progress.stepsCompleted = steps;
    progress.activeMs = activeMs;
    return progress;
}

class StoreTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(temp.dir.isValid());
        const auto report = store.open();
        ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    }

    // The store as the next start of Limber sees it.
    void reopen()
    {
        store.close();
        const auto report = store.open();
        ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
        lastReport = report.value();
    }

    TempHistory temp;
    SqliteHistoryStore store {temp.path()};
    OpenReport lastReport;
    const QDateTime morning = QDateTime(QDate(2024, 3, 4), QTime(8, 0));
};

} // namespace

TEST(SqliteHistoryStoreDefaults, LivesInTheAppDataFolder)
{
    EXPECT_EQ(SqliteHistoryStore::defaultPath(),
              QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history.sqlite"));
}

TEST_F(StoreTest, ANewFileIsCreatedAtTheCurrentSchemaInWalMode)
{
    EXPECT_TRUE(store.isOpen());
    RawDatabase raw(temp.path());
    EXPECT_EQ(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), SqliteHistoryStore::SchemaVersion);
    EXPECT_EQ(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

TEST_F(StoreTest, ASessionIsStoredAndReadBackWhole)
{
    SessionRecord record = lowerBackSession(morning);
    record.painBefore = 6;
    const auto id = store.beginSession(record);
    ASSERT_TRUE(id.ok()) << id.errorMessage().toStdString();
    EXPECT_GT(id.value(), 0);

    const QDateTime later = morning.addSecs(200);
    ASSERT_TRUE(store.finishSession(id.value(), SessionOutcome::Completed, progressAt(later, 3, 3, 40, 180000)));
    ASSERT_TRUE(store.setPainAfter(id.value(), 4));

    const auto all = store.sessions();
    ASSERT_TRUE(all.ok()) << all.errorMessage().toStdString();
    ASSERT_EQ(all.value().size(), 1);
    const SessionRecord& read = all.value().first();
    EXPECT_EQ(read.id, id.value());
    EXPECT_EQ(read.start, morning);
    EXPECT_EQ(read.end, later);
    EXPECT_EQ(read.regionId, QStringLiteral("lower-back"));
    EXPECT_EQ(read.exerciseIds, record.exerciseIds);
    EXPECT_EQ(read.exercisesPlanned(), 3);
    EXPECT_EQ(read.totalSteps, 40);
    EXPECT_EQ(read.progress.exercisesCompleted, 3);
    EXPECT_EQ(read.progress.stepsCompleted, 40);
    EXPECT_EQ(read.progress.activeMs, 180000);
    EXPECT_EQ(read.outcome, SessionOutcome::Completed);
    EXPECT_EQ(read.painBefore, 6);
    EXPECT_EQ(read.painAfter, 4);
}

TEST_F(StoreTest, ProgressIsWrittenAsTheSessionGoes)
{
    const auto id = store.beginSession(lowerBackSession(morning));
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(store.updateProgress(id.value(), progressAt(morning.addSecs(60), 1, 1, 12, 60000)));

    const SessionRecord read = store.sessions().value().first();
    EXPECT_EQ(read.outcome, SessionOutcome::Running);
    EXPECT_EQ(read.progress.resumeExerciseIndex, 1);
    EXPECT_EQ(read.progress.exercisesCompleted, 1);
    EXPECT_EQ(read.progress.stepsCompleted, 12);
    EXPECT_EQ(read.end, morning.addSecs(60));
}

TEST_F(StoreTest, AFinishedSessionTakesNoMoreProgress)
{
    const qint64 id = store.beginSession(lowerBackSession(morning)).value();
    ASSERT_TRUE(store.finishSession(id, SessionOutcome::Stopped, progressAt(morning, 0, 0, 3, 5000)));
    const StoreStatus late = store.updateProgress(id, progressAt(morning, 1, 1, 12, 60000));
    EXPECT_FALSE(late.ok());
    EXPECT_TRUE(late.errorMessage().contains(temp.path())) << late.errorMessage().toStdString();
    EXPECT_FALSE(store.finishSession(id, SessionOutcome::Running, {}).ok());
}

TEST_F(StoreTest, SessionsAreSelectedByStartTime)
{
    for (int day = 0; day < 5; ++day)
        ASSERT_TRUE(store.beginSession(lowerBackSession(morning.addDays(day))).ok());
    const auto middle = store.sessions(morning.addDays(1), morning.addDays(3));
    ASSERT_TRUE(middle.ok());
    ASSERT_EQ(middle.value().size(), 2);
    EXPECT_EQ(middle.value()[0].start, morning.addDays(1));
    EXPECT_EQ(middle.value()[1].start, morning.addDays(2));
    EXPECT_EQ(store.sessions(morning.addDays(3)).value().size(), 2);
}

TEST_F(StoreTest, PainLevelsOutsideTheScaleAreRefused)
{
    const qint64 id = store.beginSession(lowerBackSession(morning)).value();
    EXPECT_FALSE(store.setPainAfter(id, 11).ok());
    EXPECT_FALSE(store.setPainBefore(id, -1).ok());
    EXPECT_FALSE(store.setPainAfter(id + 100, 3).ok()) << "no such session";
    ASSERT_TRUE(store.setPainAfter(id, 5));
    ASSERT_TRUE(store.setPainAfter(id, 3)) << "a second answer replaces the first";
    EXPECT_EQ(store.sessions().value().first().painAfter, 3);
    EXPECT_EQ(store.painCheckIns().value().size(), 1);
}

TEST_F(StoreTest, StandaloneCheckInsAreKept)
{
    PainCheckIn checkIn;
    checkIn.at = morning;
    checkIn.regionId = QStringLiteral("neck");
    checkIn.level = 7;
    const auto id = store.addPainCheckIn(checkIn);
    ASSERT_TRUE(id.ok()) << id.errorMessage().toStdString();
    const QList<PainCheckIn> all = store.painCheckIns().value();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all[0].at, morning);
    EXPECT_EQ(all[0].regionId, QStringLiteral("neck"));
    EXPECT_EQ(all[0].level, 7);
    EXPECT_FALSE(all[0].sessionId.has_value());
    EXPECT_EQ(all[0].moment, PainCheckIn::Moment::Standalone);
}

TEST_F(StoreTest, ASessionLeftRunningIsInterruptedAtTheNextOpen)
{
    const qint64 id = store.beginSession(lowerBackSession(morning)).value();
    ASSERT_TRUE(store.updateProgress(id, progressAt(morning.addSecs(90), 1, 1, 14, 90000)));
    reopen();
    EXPECT_EQ(lastReport.interruptedSessions, 1);

    const auto interrupted = store.lastInterrupted(12h, morning.addSecs(90 + 3600));
    ASSERT_TRUE(interrupted.ok()) << interrupted.errorMessage().toStdString();
    ASSERT_TRUE(interrupted.value().has_value());
    const SessionRecord& record = *interrupted.value();
    EXPECT_EQ(record.id, id);
    EXPECT_EQ(record.outcome, SessionOutcome::Interrupted);
    EXPECT_EQ(record.progress.resumeExerciseIndex, 1);
    EXPECT_EQ(record.progress.exercisesCompleted, 1);
    EXPECT_EQ(record.progress.stepsCompleted, 14);
}

TEST_F(StoreTest, ASecondLimberDoesNotTakeTheFirstOnesSessionForInterrupted)
{
    const qint64 id = store.beginSession(lowerBackSession(morning)).value();
    {
        SqliteHistoryStore second(temp.path());
        const auto report = second.open();
        ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
        EXPECT_EQ(report.value().interruptedSessions, 0);
        EXPECT_FALSE(second.lastInterrupted(12h, morning).value().has_value());
    }
    EXPECT_TRUE(store.updateProgress(id, progressAt(morning, 1, 1, 14, 90000)));
    store.close();
    SqliteHistoryStore next(temp.path());
    const auto report = next.open();
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report.value().interruptedSessions, 1);
}

TEST_F(StoreTest, AnOldInterruptionIsNotOfferedForResuming)
{
    const qint64 id = store.beginSession(lowerBackSession(morning)).value();
    ASSERT_TRUE(store.updateProgress(id, progressAt(morning, 1, 1, 14, 90000)));
    reopen();
    EXPECT_TRUE(store.lastInterrupted(12h, morning.addSecs(11 * 3600)).value().has_value());
    EXPECT_FALSE(store.lastInterrupted(12h, morning.addSecs(13 * 3600)).value().has_value());
}

TEST_F(StoreTest, OnlyTheLatestSessionCanBeResumed)
{
    const qint64 first = store.beginSession(lowerBackSession(morning)).value();
    ASSERT_TRUE(store.updateProgress(first, progressAt(morning, 1, 1, 14, 90000)));
    reopen();
    const qint64 second = store.beginSession(lowerBackSession(morning.addSecs(600))).value();
    ASSERT_TRUE(
        store.finishSession(second, SessionOutcome::Completed, progressAt(morning.addSecs(800), 3, 3, 40, 180000)));
    EXPECT_FALSE(store.lastInterrupted(12h, morning.addSecs(900)).value().has_value());
}

TEST_F(StoreTest, ADiscardedInterruptionIsKeptButNotOfferedAgain)
{
    const qint64 id = store.beginSession(lowerBackSession(morning)).value();
    ASSERT_TRUE(store.updateProgress(id, progressAt(morning, 1, 1, 14, 90000)));
    reopen();
    ASSERT_TRUE(store.discardInterrupted(id));
    EXPECT_FALSE(store.lastInterrupted(12h, morning.addSecs(60)).value().has_value());
    const QList<SessionRecord> all = store.sessions().value();
    ASSERT_EQ(all.size(), 1) << "the exercises were done: the record stays";
    EXPECT_EQ(all[0].outcome, SessionOutcome::Interrupted);
    EXPECT_EQ(all[0].progress.exercisesCompleted, 1);
    EXPECT_FALSE(store.resumeSession(id).ok());
}

TEST_F(StoreTest, AnInterruptedSessionCanContinueAndFinish)
{
    const qint64 id = store.beginSession(lowerBackSession(morning)).value();
    ASSERT_TRUE(store.updateProgress(id, progressAt(morning, 1, 1, 14, 90000)));
    reopen();
    ASSERT_TRUE(store.resumeSession(id));
    ASSERT_TRUE(store.finishSession(id, SessionOutcome::Completed, progressAt(morning.addSecs(300), 3, 3, 40, 180000)));
    const SessionRecord record = store.sessions().value().first();
    EXPECT_EQ(record.outcome, SessionOutcome::Completed);
    EXPECT_FALSE(store.discardInterrupted(id).ok());
}

TEST_F(StoreTest, ExportWritesEverySessionAsCsv)
{
    const qint64 id = store.beginSession(lowerBackSession(morning)).value();
    ASSERT_TRUE(store.finishSession(id, SessionOutcome::Completed, progressAt(morning.addSecs(200), 3, 3, 40, 180000)));
    const QString csvPath = temp.dir.filePath(QStringLiteral("export.csv"));
    ASSERT_TRUE(exportHistoryCsv(store, csvPath));
    const QString csv = QString::fromUtf8(readFile(csvPath));
    EXPECT_EQ(csv, historyCsv(store.sessions().value()));
    EXPECT_TRUE(csv.contains(QStringLiteral("lower-back"))) << csv.toStdString();
}

TEST_F(StoreTest, ExportToAFolderThatDoesNotExistSaysWhere)
{
    const QString csvPath = temp.dir.filePath(QStringLiteral("missing/export.csv"));
    const StoreStatus status = exportHistoryCsv(store, csvPath);
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.errorMessage().contains(csvPath)) << status.errorMessage().toStdString();
}

TEST_F(StoreTest, TwoStoresUseTheirOwnConnections)
{
    TempHistory other;
    SqliteHistoryStore second(other.path());
    ASSERT_TRUE(second.open().ok());
    ASSERT_TRUE(store.beginSession(lowerBackSession(morning)).ok());
    EXPECT_EQ(second.sessions().value().size(), 0);
    EXPECT_EQ(store.sessions().value().size(), 1);
}
