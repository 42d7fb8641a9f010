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
    explicit ListHistoryStore(StoreResult<QList<SessionRecord>> sessions)
        : m_sessions(std::move(sessions))
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

private:
    static StoreError unused()
    {
        ADD_FAILURE() << "the CSV export should only read sessions";
        return {QStringLiteral("not used by the export")};
    }

    StoreResult<QList<SessionRecord>> m_sessions;
};

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
                             "steps_completed,total_steps,active_minutes,outcome,pain_before,pain_after"));
    EXPECT_EQ(lines[1],
              QStringLiteral("7,%1,%2,lower-back,knee-to-chest cobra,2,1,14,30,2.5,stopped,6,")
                  .arg(csvTimestamp(record.start), csvTimestamp(record.end)));
    EXPECT_TRUE(lines[2].isEmpty());
}

TEST(CsvTest, OutcomesHaveStableNames)
{
    for (const SessionOutcome outcome :
         {SessionOutcome::Running, SessionOutcome::Completed, SessionOutcome::Stopped, SessionOutcome::Interrupted})
        EXPECT_EQ(sessionOutcomeFromString(toString(outcome)), outcome);
    EXPECT_FALSE(sessionOutcomeFromString(QStringLiteral("exploded")).has_value());
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
