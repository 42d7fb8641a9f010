#include "StorageTestSupport.h"

#include "limber/storage/SqliteHistoryStore.h"

#include <gtest/gtest.h>

using namespace limber;
using namespace limber::test;

namespace {

const QDateTime Morning = QDateTime(QDate(2024, 3, 4), QTime(10, 30));

ReminderRecord shownAt(const QDateTime& shown, ReminderReason reason = ReminderReason::ActiveUse)
{
    ReminderRecord reminder;
    reminder.due = shown.addSecs(-600);
    reminder.shown = shown;
    reminder.reason = reason;
    return reminder;
}

class ReminderStoreTest : public ::testing::Test {
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
        record.exerciseIds = {QStringLiteral("knee-to-chest")};
        record.totalSteps = 10;
        const auto id = store.beginSession(record);
        EXPECT_TRUE(id.ok()) << id.errorMessage().toStdString();
        return id.ok() ? id.value() : 0;
    }

    qint64 add(const ReminderRecord& reminder)
    {
        const auto id = store.addReminder(reminder);
        EXPECT_TRUE(id.ok()) << id.errorMessage().toStdString();
        return id.ok() ? id.value() : 0;
    }

    TempHistory temp;
    SqliteHistoryStore store {temp.path()};
};

} // namespace

TEST_F(ReminderStoreTest, AReminderIsStoredOpenAndReadBackWhole)
{
    const qint64 id = add(shownAt(Morning, ReminderReason::TimeOfDay));
    EXPECT_GT(id, 0);
    const QList<ReminderRecord> all = store.reminders().value();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all[0].id, id);
    EXPECT_EQ(all[0].due, Morning.addSecs(-600));
    EXPECT_EQ(all[0].shown, Morning);
    EXPECT_EQ(all[0].reason, ReminderReason::TimeOfDay);
    EXPECT_TRUE(all[0].isOpen());
    EXPECT_FALSE(all[0].answered.isValid());
    EXPECT_FALSE(all[0].sessionId.has_value());
}

TEST_F(ReminderStoreTest, ADueTimeLeftOutIsTheShownTime)
{
    ReminderRecord reminder;
    reminder.shown = Morning;
    reminder.reason = ReminderReason::OneOff;
    add(reminder);
    EXPECT_EQ(store.reminders().value().value(0).due, Morning);
}

TEST_F(ReminderStoreTest, AnAnswerIsKeptWithItsTimeAndTheSessionItStarted)
{
    const qint64 session = aSession();
    const qint64 id = add(shownAt(Morning));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    ASSERT_TRUE(store.setReminderOutcome(id, ReminderOutcome::Started, session).ok());
    ReminderRecord read = store.reminders().value().value(0);
    EXPECT_EQ(read.outcome, ReminderOutcome::Started);
    EXPECT_EQ(read.sessionId, session);
    EXPECT_GE(read.answered, before);

    // Finishing keeps the session when no other is named.
    ASSERT_TRUE(store.setReminderOutcome(id, ReminderOutcome::Finished).ok());
    read = store.reminders().value().value(0);
    EXPECT_EQ(read.outcome, ReminderOutcome::Finished);
    EXPECT_EQ(read.sessionId, session);
}

TEST_F(ReminderStoreTest, AStartedReminderIsTiedToItsSessionWhenThatBegins)
{
    const qint64 id = add(shownAt(Morning));
    ASSERT_TRUE(store.setReminderOutcome(id, ReminderOutcome::Started).ok()) << "before the pain check-in";
    EXPECT_FALSE(store.reminders().value().value(0).sessionId.has_value());
    EXPECT_FALSE(store.setReminderOutcome(id, ReminderOutcome::Started).ok()) << "nothing to add";
    const qint64 session = aSession();
    ASSERT_TRUE(store.setReminderOutcome(id, ReminderOutcome::Started, session).ok());
    const ReminderRecord read = store.reminders().value().value(0);
    EXPECT_EQ(read.outcome, ReminderOutcome::Started);
    EXPECT_EQ(read.sessionId, session);
}

TEST_F(ReminderStoreTest, AnAnswerIsNotRewritten)
{
    const qint64 id = add(shownAt(Morning));
    ASSERT_TRUE(store.setReminderOutcome(id, ReminderOutcome::Snoozed).ok());
    const StoreStatus again = store.setReminderOutcome(id, ReminderOutcome::Skipped);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.errorMessage().contains(temp.path())) << again.errorMessage().toStdString();
    EXPECT_TRUE(again.errorMessage().contains(QStringLiteral("already answered")))
        << again.errorMessage().toStdString();
    EXPECT_FALSE(store.setReminderOutcome(id, ReminderOutcome::Finished).ok()) << "a snoozed reminder started nothing";
    EXPECT_EQ(store.reminders().value().value(0).outcome, ReminderOutcome::Snoozed);
}

TEST_F(ReminderStoreTest, AnUnknownReminderOrSessionIsRefusedAndNothingChanges)
{
    const StoreStatus missing = store.setReminderOutcome(99, ReminderOutcome::Skipped);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.errorMessage().contains(QStringLiteral("no reminder 99")))
        << missing.errorMessage().toStdString();

    const qint64 id = add(shownAt(Morning));
    const StoreStatus noSession = store.setReminderOutcome(id, ReminderOutcome::Started, 42);
    ASSERT_FALSE(noSession.ok());
    EXPECT_TRUE(noSession.errorMessage().contains(QStringLiteral("no session 42")))
        << noSession.errorMessage().toStdString();
    EXPECT_TRUE(store.reminders().value().value(0).isOpen()) << "the failed write was rolled back";

    ReminderRecord tied = shownAt(Morning);
    tied.sessionId = 42;
    EXPECT_FALSE(store.addReminder(tied).ok()) << "the foreign key holds";
    EXPECT_EQ(store.reminders().value().size(), 1);
}

TEST_F(ReminderStoreTest, RemindersAreSelectedByTheTimeTheyWereShownOldestFirst)
{
    add(shownAt(Morning.addDays(1)));
    add(shownAt(Morning));
    add(shownAt(Morning.addDays(2), ReminderReason::Snoozed));
    const QList<ReminderRecord> all = store.reminders().value();
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all[0].shown, Morning);
    EXPECT_EQ(all[2].reason, ReminderReason::Snoozed);
    const QList<ReminderRecord> middle = store.reminders(Morning.addSecs(1), Morning.addDays(2)).value();
    ASSERT_EQ(middle.size(), 1);
    EXPECT_EQ(middle[0].shown, Morning.addDays(1));
}

TEST_F(ReminderStoreTest, RemindersAndAnswersSurviveAReopen)
{
    const qint64 session = aSession();
    const qint64 id = add(shownAt(Morning));
    ASSERT_TRUE(store.setReminderOutcome(id, ReminderOutcome::Started, session).ok());
    add(shownAt(Morning.addSecs(3600)));
    store.close();
    ASSERT_TRUE(store.open().ok());
    const QList<ReminderRecord> all = store.reminders().value();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].outcome, ReminderOutcome::Started);
    EXPECT_EQ(all[0].sessionId, session);
    EXPECT_TRUE(all[1].isOpen());
}

TEST_F(ReminderStoreTest, AClosedStoreSaysSoForRemindersToo)
{
    store.close();
    const auto added = store.addReminder(shownAt(Morning));
    ASSERT_FALSE(added.ok());
    EXPECT_TRUE(added.errorMessage().contains(QStringLiteral("is not open"))) << added.errorMessage().toStdString();
    EXPECT_FALSE(store.setReminderOutcome(1, ReminderOutcome::Ignored).ok());
    EXPECT_FALSE(store.reminders().ok());
}

TEST_F(ReminderStoreTest, AReadOnlyHistoryGivesTheSameMessageAsForSessions)
{
    add(shownAt(Morning));
    store.close();
    QFile::setPermissions(temp.path(), QFile::ReadOwner | QFile::ReadGroup);
    PermissionsEnforced enforced;
    ASSERT_TRUE(enforced.effective());
    const auto report = store.open();
    if (!report.ok()) {
        EXPECT_TRUE(report.errorMessage().contains(temp.path())) << report.errorMessage().toStdString();
        EXPECT_EQ(store.addReminder(shownAt(Morning)).errorMessage(), report.errorMessage());
        return;
    }
    const auto added = store.addReminder(shownAt(Morning));
    ASSERT_FALSE(added.ok());
    EXPECT_TRUE(added.errorMessage().startsWith(QStringLiteral("The history could not be saved to")))
        << added.errorMessage().toStdString();
    EXPECT_TRUE(added.errorMessage().contains(temp.path()));
    EXPECT_EQ(store.reminders().value().size(), 1) << "what was there can still be read";
}
