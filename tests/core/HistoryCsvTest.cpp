#include "limber/HistoryCsv.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace limber;

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
    EXPECT_EQ(lines[0], QStringLiteral("id,start,end,region,exercises,exercises_planned,exercises_completed,"
                                       "steps_completed,total_steps,active_minutes,outcome,pain_before,pain_after"));
    EXPECT_EQ(lines[1],
              QStringLiteral("7,%1,%2,lower-back,knee-to-chest cobra,2,1,14,30,2.5,stopped,6,")
                  .arg(csvTimestamp(record.start), csvTimestamp(record.end)));
    EXPECT_TRUE(lines[2].isEmpty());
}

TEST(CsvTest, OutcomesHaveStableNames)
{
    for (const SessionOutcome outcome : {SessionOutcome::Running, SessionOutcome::Completed, SessionOutcome::Stopped,
                                         SessionOutcome::Interrupted})
        EXPECT_EQ(sessionOutcomeFromString(toString(outcome)), outcome);
    EXPECT_FALSE(sessionOutcomeFromString(QStringLiteral("exploded")).has_value());
}
