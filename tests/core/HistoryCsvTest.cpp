#include "limber/HistoryCsv.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace limber;

namespace {

// A history kept in a list: enough for the export, which only reads sessions.
// Nothing else is called; whatever is, says so by failing.
class ListHistoryStore final : public HistoryStore {
public:
    explicit ListHistoryStore(StoreResult<QList<SessionRecord>> sessions,
                              StoreResult<QList<ReminderRecord>> reminders = QList<ReminderRecord> {})
        : m_sessions(std::move(sessions))
        , m_reminders(std::move(reminders))
    {
    }

    StoreResult<OpenReport> open() override { return unused(); }
    bool isOpen() const override { return true; }
    StoreResult<qint64> beginSession(const SessionRecord&) override { return unused(); }
    StoreStatus updateProgress(qint64, const SessionProgress&) override { return unused(); }
    StoreStatus finishSession(qint64, SessionOutcome, const SessionProgress&) override { return unused(); }
    StoreStatus resumeSession(qint64) override { return unused(); }
    StoreStatus setPainBefore(qint64, int) override { return unused(); }
    StoreStatus setPainAfter(qint64, int) override { return unused(); }
    StoreResult<qint64> addPainCheckIn(const PainCheckIn&) override { return unused(); }
    StoreResult<QList<SessionRecord>> sessions(const QDateTime&, const QDateTime&) const override { return m_sessions; }
    StoreResult<QList<PainCheckIn>> painCheckIns(const QDateTime&, const QDateTime&) const override { return unused(); }
    StoreResult<std::optional<SessionRecord>> lastInterrupted(std::chrono::seconds, const QDateTime&) const override
    {
        return unused();
    }
    StoreStatus discardInterrupted(qint64) override { return unused(); }
    StoreResult<qint64> addReminder(const ReminderRecord&) override { return unused(); }
    StoreStatus setReminderOutcome(qint64, ReminderOutcome, qint64) override { return unused(); }
    StoreResult<QList<ReminderRecord>> reminders(const QDateTime&, const QDateTime&) const override
    {
        return m_reminders;
    }
    StoreResult<qint64> addSetAside(const SetAsideMark&) override { return unused(); }
    StoreStatus removeSetAside(qint64) override { return unused(); }
    StoreStatus liftSetAside(const QString&, const QDateTime&) override { return unused(); }
    StoreResult<QList<SetAsideMark>> setAsideMarks() const override { return unused(); }

private:
    static StoreError unused()
    {
        ADD_FAILURE() << "the CSV export should only read sessions and reminders";
        return {QStringLiteral("not used by the export")};
    }

    StoreResult<QList<SessionRecord>> m_sessions;
    StoreResult<QList<ReminderRecord>> m_reminders;
};

ReminderRecord reminderAt(qint64 id, const QDateTime& shown, std::optional<ReminderOutcome> outcome,
                          std::optional<qint64> sessionId = std::nullopt)
{
    ReminderRecord reminder;
    reminder.id = id;
    reminder.due = shown.addSecs(-60);
    reminder.shown = shown;
    reminder.reason = ReminderReason::ActiveUse;
    reminder.outcome = outcome;
    reminder.answered = outcome ? shown.addSecs(30) : QDateTime();
    reminder.sessionId = sessionId;
    return reminder;
}

SessionRecord finishedSession(qint64 id, const QString& regionId)
{
    SessionRecord record;
    record.id = id;
    record.start = QDateTime(QDate(2024, 3, 4), QTime(8, 0), Qt::UTC).addDays(id);
    record.end = record.start.addSecs(200);
    record.regionId = regionId;
    record.exerciseIds = {QStringLiteral("knee-to-chest")};
    record.totalSteps = 12;
    record.progress.exercisesCompleted = 1;
    record.progress.stepsCompleted = 12;
    record.progress.activeMs = 180000;
    record.outcome = SessionOutcome::Completed;
    return record;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(CsvTest, PlainFieldsStayAsTheyAre)
{
    EXPECT_EQ(csvField(QStringLiteral("lower-back")), QStringLiteral("lower-back"));
    EXPECT_EQ(csvField(QString()), QString());
    EXPECT_EQ(csvField(QStringLiteral("two words")), QStringLiteral("two words"));
}

TEST(CsvTest, SpecialCharactersAreQuotedAsRfc4180Says)
{
    EXPECT_EQ(csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(csvField(QStringLiteral("line\nbreak")), QStringLiteral("\"line\nbreak\""));
    EXPECT_EQ(csvField(QStringLiteral("cr\rhere")), QStringLiteral("\"cr\rhere\""));
    EXPECT_EQ(csvField(QStringLiteral("\"")), QStringLiteral("\"\"\"\""));
}

TEST(CsvTest, LinesEndWithCrLf)
{
    EXPECT_EQ(csvLine({QStringLiteral("a"), QStringLiteral("b,c"), QString()}), QStringLiteral("a,\"b,c\",\r\n"));
    EXPECT_EQ(csvLine({}), QStringLiteral("\r\n"));
}

TEST(CsvTest, TimestampsCarryTheirOffset)
{
    const QDateTime utc(QDate(2024, 3, 4), QTime(8, 30), Qt::UTC);
    const QString text = csvTimestamp(utc);
    EXPECT_EQ(QDateTime::fromString(text, Qt::ISODate), utc) << text.toStdString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("(Z|[+-]\\d\\d:\\d\\d)$")).match(text).hasMatch())
        << text.toStdString();
    EXPECT_TRUE(csvTimestamp({}).isEmpty());
}

TEST(CsvTest, TheHistoryHasAHeaderAndOneLinePerSession)
{
    SessionRecord record;
    record.id = 7;
    record.start = QDateTime(QDate(2024, 3, 4), QTime(8, 0), Qt::UTC);
    record.end = record.start.addSecs(300);
    record.regionId = QStringLiteral("lower-back");
    record.exerciseIds = {QStringLiteral("knee-to-chest"), QStringLiteral("cobra")};
    record.totalSteps = 30;
    record.progress.exercisesCompleted = 1;
    record.progress.stepsCompleted = 14;
    record.progress.activeMs = 150000;
    record.outcome = SessionOutcome::Stopped;
    record.painBefore = 6;

    const QString csv = historyCsv({record});
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    ASSERT_EQ(lines.size(), 3) << csv.toStdString(); // header, row, and the empty rest after the last CRLF
    EXPECT_EQ(lines[0],
              QStringLiteral("id,start,end,region,exercises,exercises_planned,exercises_completed,"
                             "steps_completed,total_steps,active_minutes,outcome,pain_before,pain_after,"
                             "record,reason,due,session_id,routine,routine_id"));
    EXPECT_EQ(lines[1],
              QStringLiteral("7,%1,%2,lower-back,knee-to-chest cobra,2,1,14,30,2.5,stopped,6,,session,,,,,")
                  .arg(csvTimestamp(record.start), csvTimestamp(record.end)));
    EXPECT_TRUE(lines[2].isEmpty());
}

TEST(CsvTest, ASessionOfARoutineNamesIt)
{
    SessionRecord record = finishedSession(3, QStringLiteral("lower-back"));
    record.routineId = QStringLiteral("evenings");
    record.routineName = QStringLiteral("Lower back, evenings");
    const QStringList lines = historyCsv({record}).split(QStringLiteral("\r\n"));
    ASSERT_GE(lines.size(), 2);
    EXPECT_TRUE(lines[1].endsWith(QStringLiteral(",session,,,,\"Lower back, evenings\",evenings")))
        << lines[1].toStdString();
}

TEST(CsvTest, OutcomesHaveStableNames)
{
    for (const SessionOutcome outcome :
         {SessionOutcome::Running, SessionOutcome::Completed, SessionOutcome::Stopped, SessionOutcome::Interrupted})
        EXPECT_EQ(sessionOutcomeFromString(toString(outcome)), outcome);
    EXPECT_FALSE(sessionOutcomeFromString(QStringLiteral("exploded")).has_value());
}

TEST(CsvTest, RemindersAreLinesOfTheirOwnBetweenTheSessionsByTime)
{
    const SessionRecord first = finishedSession(1, QStringLiteral("lower-back"));             // Tuesday 08:00 UTC
    const SessionRecord second = finishedSession(2, QStringLiteral("neck"));                  // Wednesday 08:00 UTC
    const ReminderRecord started = reminderAt(10, first.start, ReminderOutcome::Finished, 1); // same moment
    const ReminderRecord snoozed = reminderAt(11, first.start.addSecs(3600), ReminderOutcome::Snoozed);
    ReminderRecord open = reminderAt(12, second.start.addSecs(3600), std::nullopt);
    open.reason = ReminderReason::OneOff;

    const QStringList lines = historyCsv({first, second}, {started, snoozed, open}).split(QStringLiteral("\r\n"));
    ASSERT_EQ(lines.size(), 7) << lines.join(QLatin1Char('\n')).toStdString();
    const auto field = [&](int line, int column) { return lines[line].split(QLatin1Char(','))[column]; };
    const QStringList header = lines[0].split(QLatin1Char(','));
    ASSERT_EQ(header.size(), 19);
    for (int line = 1; line <= 5; ++line)
        EXPECT_EQ(lines[line].split(QLatin1Char(',')).size(), 19) << "every line has every column: " << line;

    EXPECT_EQ(field(1, 13), QStringLiteral("reminder")) << "shown at the session's start, so just before it";
    EXPECT_EQ(field(1, 0), QStringLiteral("10"));
    EXPECT_EQ(field(1, 1), csvTimestamp(started.shown));
    EXPECT_EQ(field(1, 2), csvTimestamp(started.answered));
    EXPECT_EQ(field(1, 10), QStringLiteral("finished"));
    EXPECT_EQ(field(1, 14), QStringLiteral("active-use"));
    EXPECT_EQ(field(1, 15), csvTimestamp(started.due));
    EXPECT_EQ(field(1, 16), QStringLiteral("1"));
    EXPECT_TRUE(field(1, 3).isEmpty()) << "a reminder has no region";
    EXPECT_EQ(field(2, 13), QStringLiteral("session"));
    EXPECT_EQ(field(2, 0), QStringLiteral("1"));
    EXPECT_EQ(field(3, 10), QStringLiteral("snoozed"));
    EXPECT_TRUE(field(3, 16).isEmpty());
    EXPECT_EQ(field(4, 0), QStringLiteral("2"));
    EXPECT_EQ(field(5, 13), QStringLiteral("reminder"));
    EXPECT_EQ(field(5, 14), QStringLiteral("one-off"));
    EXPECT_TRUE(field(5, 10).isEmpty()) << "an open reminder has no outcome yet";
    EXPECT_TRUE(field(5, 2).isEmpty()) << "nor an answer time";
}

TEST(CsvTest, ReminderReasonsAndOutcomesHaveStableNames)
{
    for (const ReminderReason reason :
         {ReminderReason::ActiveUse, ReminderReason::TimeOfDay, ReminderReason::Snoozed, ReminderReason::OneOff})
        EXPECT_EQ(reminderReasonFromString(toString(reason)), reason);
    for (const ReminderOutcome outcome : {ReminderOutcome::Started, ReminderOutcome::Finished, ReminderOutcome::Snoozed,
                                          ReminderOutcome::Skipped, ReminderOutcome::Ignored})
        EXPECT_EQ(reminderOutcomeFromString(toString(outcome)), outcome);
    EXPECT_EQ(toString(ReminderReason::TimeOfDay), QStringLiteral("time-of-day"));
    EXPECT_FALSE(reminderReasonFromString(QStringLiteral("whim")).has_value());
    EXPECT_FALSE(reminderOutcomeFromString(QString()).has_value());
}

TEST(CsvExportTest, TheExportIncludesTheReminders)
{
    const QList<SessionRecord> sessions {finishedSession(1, QStringLiteral("lower-back"))};
    const QList<ReminderRecord> reminders {reminderAt(4, sessions[0].start.addSecs(-120), ReminderOutcome::Skipped)};
    const ListHistoryStore store(sessions, reminders);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    ASSERT_TRUE(exportHistoryCsv(store, path).ok());
    const QString csv = QString::fromUtf8(readFile(path));
    EXPECT_EQ(csv, historyCsv(sessions, reminders));
    EXPECT_TRUE(csv.contains(QStringLiteral(",skipped,"))) << csv.toStdString();
}

TEST(CsvExportTest, RemindersThatCannotBeReadLeaveTheOldFileAlone)
{
    const ListHistoryStore store(QList<SessionRecord> {finishedSession(1, QStringLiteral("lower-back"))},
                                 StoreError {QStringLiteral("The history file h.sqlite could not be read: no table")});
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    const StoreStatus status = exportHistoryCsv(store, path);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.errorMessage(), QStringLiteral("The history file h.sqlite could not be read: no table"));
    EXPECT_FALSE(QFile::exists(path));
}

TEST(CsvExportTest, WritesEverySessionAsHistoryCsvMakesThem)
{
    const QList<SessionRecord> sessions {finishedSession(1, QStringLiteral("lower-back")),
                                         finishedSession(2, QStringLiteral("neck, shoulders"))};
    const ListHistoryStore store(sessions);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    const StoreStatus status = exportHistoryCsv(store, path);
    ASSERT_TRUE(status.ok()) << status.errorMessage().toStdString();
    EXPECT_EQ(QString::fromUtf8(readFile(path)), historyCsv(sessions));
}

TEST(CsvExportTest, AFolderThatDoesNotExistIsNamedInTheError)
{
    const ListHistoryStore store(QList<SessionRecord> {finishedSession(1, QStringLiteral("lower-back"))});
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/export.csv"));
    const StoreStatus status = exportHistoryCsv(store, path);
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.errorMessage().contains(path)) << status.errorMessage().toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

TEST(CsvExportTest, AHistoryThatCannotBeReadLeavesTheOldFileAlone)
{
    const ListHistoryStore store(StoreError {QStringLiteral("The history file h.sqlite could not be read: boom")});
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    {
        QFile earlier(path);
        ASSERT_TRUE(earlier.open(QIODevice::WriteOnly));
        earlier.write("an earlier export\r\n");
    }
    const StoreStatus status = exportHistoryCsv(store, path);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.errorMessage(), QStringLiteral("The history file h.sqlite could not be read: boom"));
    EXPECT_EQ(readFile(path), QByteArray("an earlier export\r\n"));
}
