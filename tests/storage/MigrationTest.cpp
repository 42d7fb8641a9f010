#include "StorageTestSupport.h"

#include "limber/storage/SqliteHistoryStore.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace limber;
using namespace limber::test;

namespace {

const QDateTime Monday = QDateTime(QDate(2024, 3, 4), QTime(8, 0));

// A version 1 file as a person would have it: one finished session with pain
// before and after, one with no pain given, one still running.
void fillVersion1(RawDatabase& db)
{
    createVersion1(db);
    const qint64 start = Monday.toMSecsSinceEpoch();
    db.exec(QStringLiteral("INSERT INTO sessions (started_at, updated_at, ended_at, region_id, exercise_ids,"
                           " exercises_planned, exercises_completed, steps_completed, total_steps,"
                           " resume_exercise, active_ms, outcome, pain_before, pain_after) VALUES"
                           " (%1, %2, %2, 'lower-back', '[\"knee-to-chest\",\"cobra\"]', 2, 2, 30, 30, 2,"
                           "  150000, 'completed', 7, 4),"
                           " (%3, %3, %3, 'neck', '[\"chin-tuck\"]', 1, 0, 2, 10, 0, 8000, 'stopped', NULL, NULL),"
                           " (%4, %4, NULL, 'lower-back', '[\"knee-to-chest\",\"cobra\"]', 2, 1, 14, 30, 1,"
                           "  70000, 'running', 6, NULL)")
                .arg(start)
                .arg(start + 200000)
                .arg(start + 86400000)
                .arg(start + 2 * 86400000));
}

// A version 2 file as a person would have it: a completed session with pain
// before and after, a stopped one, one still running, and a standalone check-in.
void fillVersion2(RawDatabase& db)
{
    createVersion2(db);
    const qint64 start = Monday.toMSecsSinceEpoch();
    db.exec(QStringLiteral("INSERT INTO sessions (id, started_at, updated_at, ended_at, region_id, exercise_ids,"
                           " exercises_planned, exercises_completed, steps_completed, total_steps,"
                           " resume_exercise, active_ms, outcome, resumable) VALUES"
                           " (1, %1, %2, %2, 'lower-back', '[\"knee-to-chest\",\"cobra\"]', 2, 2, 30, 30, 2,"
                           "  150000, 'completed', 1),"
                           " (2, %3, %3, %3, 'neck', '[\"chin-tuck\"]', 1, 0, 2, 10, 0, 8000, 'stopped', 1),"
                           " (3, %4, %4, NULL, 'lower-back', '[\"knee-to-chest\",\"cobra\"]', 2, 1, 14, 30, 1,"
                           "  70000, 'running', 1)")
                .arg(start)
                .arg(start + 200000)
                .arg(start + 86400000)
                .arg(start + 2 * 86400000));
    db.exec(QStringLiteral("INSERT INTO pain_checkins (at, region_id, level, session_id, moment) VALUES"
                           " (%1, 'lower-back', 7, 1, 'before'), (%2, 'lower-back', 4, 1, 'after'),"
                           " (%3, 'neck', 3, NULL, 'standalone')")
                .arg(start)
                .arg(start + 200000)
                .arg(start + 3 * 86400000));
}

QStringList indexNames(const QString& path)
{
    RawDatabase raw(path);
    QStringList names;
    for (const char* name : {"pain_checkins_at", "pain_checkins_session_moment", "sessions_started_at"}) {
        const QString sql = QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = '%1'")
                                .arg(QLatin1String(name));
        if (raw.value(sql).toInt() == 1)
            names.append(QLatin1String(name));
    }
    return names;
}

} // namespace

TEST(MigrationTest, AMissingFileIsCreatedAtTheCurrentVersion)
{
    TempHistory temp;
    SqliteHistoryStore store(temp.dir.filePath(QStringLiteral("new/folder/history.sqlite")));
    const auto report = store.open();
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    EXPECT_EQ(report.value().migratedFromVersion, -1);
    EXPECT_TRUE(report.value().notice.isEmpty());
    RawDatabase raw(store.databasePath());
    EXPECT_EQ(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), SqliteHistoryStore::SchemaVersion);
}

TEST(MigrationTest, AnEmptyFileIsVersionZeroAndIsBroughtUpToDate)
{
    TempHistory temp;
    writeFile(temp.path(), {});
    SqliteHistoryStore store(temp.path());
    const auto report = store.open();
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    EXPECT_EQ(report.value().migratedFromVersion, 0);
    EXPECT_TRUE(report.value().movedAsidePath.isEmpty()) << "an empty file is not damage";
    SessionRecord record;
    record.regionId = QStringLiteral("neck");
    record.exerciseIds = {QStringLiteral("chin-tuck")};
    record.totalSteps = 5;
    ASSERT_TRUE(store.beginSession(record).ok());
    EXPECT_EQ(store.sessions().value().size(), 1);
}

TEST(MigrationTest, AnEmptySqliteDatabaseIsVersionZeroAndIsBroughtUpToDate)
{
    TempHistory temp;
    {
        RawDatabase raw(temp.path());
        raw.exec(QStringLiteral("CREATE TABLE scratch (x)"));
        raw.exec(QStringLiteral("DROP TABLE scratch"));
    }
    SqliteHistoryStore store(temp.path());
    const auto report = store.open();
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    EXPECT_EQ(report.value().migratedFromVersion, 0);
    EXPECT_EQ(indexNames(temp.path()).size(), 3);
}

TEST(MigrationTest, Version1KeepsEverySessionAndMovesPainToCheckIns)
{
    TempHistory temp;
    {
        RawDatabase raw(temp.path());
        fillVersion1(raw);
    }
    SqliteHistoryStore store(temp.path());
    const auto report = store.open();
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    EXPECT_EQ(report.value().migratedFromVersion, 1);
    EXPECT_EQ(report.value().interruptedSessions, 1);

    const QList<SessionRecord> sessions = store.sessions().value();
    ASSERT_EQ(sessions.size(), 3);
    EXPECT_EQ(sessions[0].regionId, QStringLiteral("lower-back"));
    EXPECT_EQ(sessions[0].exerciseIds, (QStringList {QStringLiteral("knee-to-chest"), QStringLiteral("cobra")}));
    EXPECT_EQ(sessions[0].outcome, SessionOutcome::Completed);
    EXPECT_EQ(sessions[0].progress.activeMs, 150000);
    EXPECT_EQ(sessions[0].painBefore, 7);
    EXPECT_EQ(sessions[0].painAfter, 4);
    EXPECT_EQ(sessions[1].outcome, SessionOutcome::Stopped);
    EXPECT_FALSE(sessions[1].painBefore.has_value());
    EXPECT_EQ(sessions[2].outcome, SessionOutcome::Interrupted);
    EXPECT_EQ(sessions[2].painBefore, 6);
    EXPECT_EQ(sessions[2].progress.resumeExerciseIndex, 1);

    const QList<PainCheckIn> checkIns = store.painCheckIns().value();
    ASSERT_EQ(checkIns.size(), 3);
    EXPECT_EQ(checkIns[0].moment, PainCheckIn::Moment::Before);
    EXPECT_EQ(checkIns[0].at, Monday);
    EXPECT_EQ(checkIns[1].moment, PainCheckIn::Moment::After);
    EXPECT_EQ(checkIns[1].at, Monday.addMSecs(200000)) << "pain after dates from the end of the session";

    store.close();
    RawDatabase raw(temp.path());
    EXPECT_EQ(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), SqliteHistoryStore::SchemaVersion);
    EXPECT_EQ(
        raw.value(QStringLiteral("SELECT count(*) FROM pragma_table_info('sessions') WHERE name LIKE 'pain%'")).toInt(),
        0);
}

TEST(MigrationTest, Version1GetsTheVersion2Indexes)
{
    TempHistory temp;
    {
        RawDatabase raw(temp.path());
        createVersion1(raw);
    }
    SqliteHistoryStore store(temp.path());
    ASSERT_TRUE(store.open().ok());
    store.close();
    EXPECT_EQ(indexNames(temp.path()),
              (QStringList {QStringLiteral("pain_checkins_at"), QStringLiteral("pain_checkins_session_moment"),
                            QStringLiteral("sessions_started_at")}));
}

TEST(MigrationTest, AFileFromANewerLimberIsLeftAlone)
{
    TempHistory temp;
    {
        RawDatabase raw(temp.path());
        createVersion1(raw);
        raw.exec(QStringLiteral("PRAGMA user_version = 99"));
    }
    const QByteArray before = readFile(temp.path());
    SqliteHistoryStore store(temp.path());
    const auto report = store.open();
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.errorMessage().contains(QStringLiteral("newer version"))) << report.errorMessage().toStdString();
    EXPECT_TRUE(report.errorMessage().contains(temp.path()));
    EXPECT_FALSE(store.isOpen());
    EXPECT_EQ(readFile(temp.path()), before);
    EXPECT_EQ(temp.entries().filter(QStringLiteral("corrupt")).size(), 0);
    EXPECT_FALSE(store.beginSession({}).ok());
}

TEST(MigrationTest, Version2KeepsEverySessionAndCheckInAndGainsReminders)
{
    TempHistory temp;
    {
        RawDatabase raw(temp.path());
        fillVersion2(raw);
    }
    SqliteHistoryStore store(temp.path());
    const auto report = store.open();
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    EXPECT_EQ(report.value().migratedFromVersion, 2);
    EXPECT_EQ(report.value().interruptedSessions, 1);
    EXPECT_TRUE(report.value().movedAsidePath.isEmpty());

    const QList<SessionRecord> sessions = store.sessions().value();
    ASSERT_EQ(sessions.size(), 3);
    EXPECT_EQ(sessions[0].id, 1);
    EXPECT_EQ(sessions[0].exerciseIds, (QStringList {QStringLiteral("knee-to-chest"), QStringLiteral("cobra")}));
    EXPECT_EQ(sessions[0].outcome, SessionOutcome::Completed);
    EXPECT_EQ(sessions[0].progress.activeMs, 150000);
    EXPECT_EQ(sessions[0].end, Monday.addMSecs(200000));
    EXPECT_EQ(sessions[0].painBefore, 7);
    EXPECT_EQ(sessions[0].painAfter, 4);
    EXPECT_EQ(sessions[1].outcome, SessionOutcome::Stopped);
    EXPECT_EQ(sessions[2].outcome, SessionOutcome::Interrupted);
    EXPECT_EQ(sessions[2].progress.resumeExerciseIndex, 1);
    const QList<PainCheckIn> checkIns = store.painCheckIns().value();
    ASSERT_EQ(checkIns.size(), 3);
    EXPECT_EQ(checkIns[2].moment, PainCheckIn::Moment::Standalone);
    EXPECT_FALSE(checkIns[2].sessionId.has_value());
    EXPECT_EQ(checkIns[2].level, 3);

    // The new table works at once, and ties a reminder to a session from before.
    const auto reminders = store.reminders();
    ASSERT_TRUE(reminders.ok()) << reminders.errorMessage().toStdString();
    EXPECT_TRUE(reminders.value().isEmpty());
    ReminderRecord reminder;
    reminder.shown = Monday.addDays(4);
    const auto id = store.addReminder(reminder);
    ASSERT_TRUE(id.ok()) << id.errorMessage().toStdString();
    ASSERT_TRUE(store.setReminderOutcome(id.value(), ReminderOutcome::Started, 2).ok());
    EXPECT_EQ(store.reminders().value().value(0).sessionId, 2);

    store.close();
    RawDatabase raw(temp.path());
    EXPECT_EQ(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), SqliteHistoryStore::SchemaVersion);
    EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                       " AND name = 'reminders_shown_at'"))
                  .toInt(),
              1);
}

TEST(MigrationTest, AFailedStepLeavesVersion2AsItWas)
{
    TempHistory temp;
    {
        RawDatabase raw(temp.path());
        fillVersion2(raw);
        // Something in the way of step 3: its CREATE TABLE fails, so the step must roll back whole.
        raw.exec(QStringLiteral("CREATE TABLE reminders (x)"));
    }
    {
        SqliteHistoryStore store(temp.path());
        const auto report = store.open();
        ASSERT_FALSE(report.ok());
        EXPECT_TRUE(report.errorMessage().contains(temp.path())) << report.errorMessage().toStdString();
        EXPECT_TRUE(report.errorMessage().contains(QStringLiteral("reminders"))) << report.errorMessage().toStdString();
        EXPECT_FALSE(store.isOpen());
        EXPECT_FALSE(store.addReminder({}).ok());
        EXPECT_EQ(store.reminders().errorMessage(), report.errorMessage()) << "every call repeats why";
    }
    RawDatabase raw(temp.path());
    EXPECT_EQ(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 2);
    EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM sessions")).toInt(), 3);
    EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM pain_checkins")).toInt(), 3);
    EXPECT_EQ(temp.entries().filter(QStringLiteral("corrupt")).size(), 0) << "a failed step is not damage";
}

TEST(MigrationTest, Version1IsBroughtThroughVersion2ToVersion3)
{
    TempHistory temp;
    {
        RawDatabase raw(temp.path());
        fillVersion1(raw);
    }
    SqliteHistoryStore store(temp.path());
    ASSERT_TRUE(store.open().ok());
    EXPECT_EQ(store.sessions().value().size(), 3);
    EXPECT_EQ(store.painCheckIns().value().size(), 3);
    EXPECT_TRUE(store.reminders().ok());
    EXPECT_TRUE(store.setAsideMarks().ok());
}

TEST(MigrationTest, Version3KeepsEverythingAndGainsSetAsideMarksThatLastAcrossReopening)
{
    TempHistory temp;
    {
        RawDatabase raw(temp.path());
        fillVersion2(raw);
        addVersion3Reminders(raw);
        raw.exec(QStringLiteral("INSERT INTO reminders (due_at, shown_at, reason, outcome, session_id)"
                                " VALUES (%1, %1, 'one-off', 'started', 1)")
                     .arg(Monday.toMSecsSinceEpoch()));
    }
    const QDateTime marked = Monday.addSecs(300);
    {
        SqliteHistoryStore store(temp.path());
        const auto report = store.open();
        ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
        EXPECT_EQ(report.value().migratedFromVersion, 3);
        EXPECT_EQ(store.sessions().value().size(), 3);
        EXPECT_EQ(store.painCheckIns().value().size(), 3);
        ASSERT_EQ(store.reminders().value().size(), 1);
        EXPECT_EQ(store.reminders().value().constFirst().sessionId, 1);
        EXPECT_TRUE(store.setAsideMarks().value().isEmpty());

        SetAsideMark mark;
        mark.exerciseId = QStringLiteral("cobra");
        mark.at = marked;
        mark.sessionId = 1; // a session from before the upgrade
        ASSERT_TRUE(store.addSetAside(mark).ok());
    }
    SqliteHistoryStore reopened(temp.path());
    const auto report = reopened.open();
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    EXPECT_EQ(report.value().migratedFromVersion, SqliteHistoryStore::SchemaVersion);
    const QList<SetAsideMark> marks = reopened.setAsideMarks().value();
    ASSERT_EQ(marks.size(), 1);
    EXPECT_EQ(marks[0].exerciseId, QStringLiteral("cobra"));
    EXPECT_EQ(marks[0].at, marked);
    EXPECT_EQ(marks[0].sessionId, 1);
    EXPECT_TRUE(marks[0].holds());
}

TEST(MigrationTest, AFailedStepLeavesVersion3AsItWas)
{
    TempHistory temp;
    {
        RawDatabase raw(temp.path());
        createVersion3(raw);
        raw.exec(QStringLiteral("CREATE TABLE set_aside (x)")); // in the way of step 4
    }
    {
        SqliteHistoryStore store(temp.path());
        const auto report = store.open();
        ASSERT_FALSE(report.ok());
        EXPECT_TRUE(report.errorMessage().contains(temp.path())) << report.errorMessage().toStdString();
        EXPECT_FALSE(store.addSetAside({}).ok());
    }
    RawDatabase raw(temp.path());
    EXPECT_EQ(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 3);
    EXPECT_EQ(temp.entries().filter(QStringLiteral("corrupt")).size(), 0) << "a failed step is not damage";
}

TEST(MigrationTest, Version4KeepsEverySessionWithoutARoutineAndRecordsRoutinesFromThenOn)
{
    TempHistory temp;
    qint64 eveningId = 0;
    {
        RawDatabase raw(temp.path());
        fillVersion2(raw);
        addVersion3Reminders(raw);
        addVersion4SetAside(raw);
        raw.exec(QStringLiteral("INSERT INTO set_aside (exercise_id, marked_at, session_id) VALUES ('cobra', %1, 1)")
                     .arg(Monday.toMSecsSinceEpoch()));
    }
    {
        SqliteHistoryStore store(temp.path());
        const auto report = store.open();
        ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
        EXPECT_EQ(report.value().migratedFromVersion, 4);
        const QList<SessionRecord> before = store.sessions().value();
        ASSERT_EQ(before.size(), 3);
        for (const SessionRecord& record : before) {
            EXPECT_TRUE(record.routineId.isEmpty()) << record.id;
            EXPECT_TRUE(record.routineName.isEmpty()) << record.id;
        }
        EXPECT_EQ(before[0].painAfter, 4);
        EXPECT_EQ(store.setAsideMarks().value().size(), 1);

        SessionRecord evening;
        evening.start = Monday.addDays(1);
        evening.regionId = QStringLiteral("lower-back");
        evening.exerciseIds = {QStringLiteral("knee-to-chest"), QStringLiteral("cobra")};
        evening.totalSteps = 12;
        evening.routineId = QStringLiteral("lower-back-evenings");
        evening.routineName = QStringLiteral("Lower back, evenings");
        const auto stored = store.beginSession(evening);
        ASSERT_TRUE(stored.ok());
        eveningId = stored.value();
    }
    SqliteHistoryStore reopened(temp.path());
    const auto report = reopened.open();
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    EXPECT_EQ(report.value().migratedFromVersion, SqliteHistoryStore::SchemaVersion);
    const QList<SessionRecord> sessions = reopened.sessions().value();
    ASSERT_EQ(sessions.size(), 4);
    const auto evening = std::find_if(sessions.begin(), sessions.end(),
                                      [&](const SessionRecord& record) { return record.id == eveningId; });
    ASSERT_NE(evening, sessions.end());
    EXPECT_EQ(evening->routineId, QStringLiteral("lower-back-evenings"));
    EXPECT_EQ(evening->routineName, QStringLiteral("Lower back, evenings"));
    RawDatabase raw(temp.path());
    EXPECT_EQ(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 5);
    EXPECT_EQ(raw.value(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE routine_id IS NULL")).toInt(), 3)
        << "a session without a routine is stored as NULL, as every one before version 5";
}
