#include "StorageTestSupport.h"

#include "TestCatalog.h"
#include "VirtualTime.h"

#include "limber/Clock.h"
#include "limber/HistoryRecorder.h"
#include "limber/ReminderJournal.h"
#include "limber/SessionEngine.h"
#include "limber/storage/SqliteHistoryStore.h"

#include <gtest/gtest.h>

namespace limber {
namespace {

// Reminders and their answers, written to a real history file as LimberApp
// writes them: shown, answered, tied to the session they started.
class ReminderJournalTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(temp.dir.isValid());
        ASSERT_TRUE(store.open().ok());
        engine.setPlan(Planner(catalog).plan({QStringLiteral("rolls")}));
        engine.setGetReadyMs(0);
    }

    QList<ReminderRecord> kept() const { return store.reminders().value(); }
    void runSessionToEnd()
    {
        engine.start();
        test::VirtualTime(clock).ticking(engine).advance(engine.plan().totalMs + 1000);
    }

    test::TempHistory temp;
    SqliteHistoryStore store {temp.path()};
    Catalog catalog = test::smallCatalog();
    VirtualClock clock;
    SessionEngine engine {clock};
    HistoryRecorder recorder {store, engine, clock, catalog};
    ReminderJournal journal {store, recorder};
};

TEST_F(ReminderJournalTest, AStartedReminderEndsFinishedWithItsSession)
{
    journal.shown(ReminderReason::ActiveUse);
    ASSERT_TRUE(journal.openReminder().has_value());
    ASSERT_EQ(kept().size(), 1);
    EXPECT_TRUE(kept().constFirst().isOpen());
    journal.answered(ReminderOutcome::Started);
    runSessionToEnd();
    ASSERT_EQ(kept().size(), 1);
    const ReminderRecord record = kept().constFirst();
    EXPECT_EQ(record.reason, ReminderReason::ActiveUse);
    EXPECT_EQ(record.outcome, ReminderOutcome::Finished);
    EXPECT_EQ(record.sessionId, recorder.sessionId());
}

TEST_F(ReminderJournalTest, SnoozedSkippedAndUnansweredAreKeptAsSuch)
{
    journal.shown(ReminderReason::TimeOfDay);
    journal.answered(ReminderOutcome::Snoozed);
    journal.shown(ReminderReason::Snoozed);
    journal.answered(ReminderOutcome::Skipped);
    journal.shown(ReminderReason::OneOff);
    journal.shown(ReminderReason::ActiveUse); // the one before was never answered
    const QList<ReminderRecord> all = kept();
    ASSERT_EQ(all.size(), 4);
    QList<std::optional<ReminderOutcome>> outcomes;
    for (const ReminderRecord& record : all)
        outcomes.append(record.outcome);
    EXPECT_EQ(outcomes.count(ReminderOutcome::Snoozed), 1);
    EXPECT_EQ(outcomes.count(ReminderOutcome::Skipped), 1);
    EXPECT_EQ(outcomes.count(ReminderOutcome::Ignored), 1);
    EXPECT_EQ(outcomes.count(std::nullopt), 1) << "the newest is still open";
}

TEST_F(ReminderJournalTest, ASessionStartedAnotherWayIsNotTiedToAReminder)
{
    journal.shown(ReminderReason::ActiveUse);
    journal.answered(ReminderOutcome::Skipped);
    runSessionToEnd();
    EXPECT_EQ(kept().constFirst().outcome, ReminderOutcome::Skipped);
    EXPECT_FALSE(kept().constFirst().sessionId.has_value());
}

} // namespace
} // namespace limber
