#include "AppTestSupport.h"
#include "VirtualTime.h"

#include "MainWindow.h"
#include "reminders/CornerPrompt.h"
#include "reminders/CornerPromptPresenter.h"
#include "reminders/ReminderService.h"
#include "startup/WindowHost.h"
#include "tray/StretchTray.h"
#include "tray/TrayCompanion.h"
#include "widgets/ActionButton.h"

#include "limber/GuidedSession.h"
#include "limber/History.h"
#include "limber/Timer.h"
#include "limber/routines/RoutineStore.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace limber {
namespace {

// A fixed Wednesday morning: "today" and "this week" never depend on when the test runs.
class FixedWallClock final : public WallClock {
public:
    QDateTime now() const override { return QDateTime(QDate(2026, 12, 2), QTime(10, 0)); }
};

class QuietActivity final : public ActivitySource {
public:
    Activity current() const override { return {}; }
};

// The sessions of the history, and nothing else: what the reminders read.
class SessionsOnly final : public HistoryStore {
public:
    QList<SessionRecord> records;

    StoreResult<OpenReport> open() override { return OpenReport {}; }
    bool isOpen() const override { return true; }
    StoreResult<qint64> beginSession(const SessionRecord&) override { return unused(); }
    StoreStatus updateProgress(qint64, const SessionProgress&) override { return unused(); }
    StoreStatus finishSession(qint64, SessionOutcome, const SessionProgress&) override { return unused(); }
    StoreStatus resumeSession(qint64) override { return unused(); }
    StoreStatus setPainBefore(qint64, int) override { return unused(); }
    StoreStatus setPainAfter(qint64, int) override { return unused(); }
    StoreResult<qint64> addPainCheckIn(const PainCheckIn&) override { return unused(); }
    StoreResult<QList<SessionRecord>> sessions(const QDateTime& from, const QDateTime&) const override
    {
        QList<SessionRecord> since;
        for (const SessionRecord& record : records) {
            if (!from.isValid() || record.start >= from)
                since.append(record);
        }
        return since;
    }
    StoreResult<QList<PainCheckIn>> painCheckIns(const QDateTime&, const QDateTime&) const override
    {
        return QList<PainCheckIn>();
    }
    StoreResult<qint64> addReminder(const ReminderRecord&) override { return unused(); }
    StoreStatus setReminderOutcome(qint64, ReminderOutcome, qint64) override { return unused(); }
    StoreResult<QList<ReminderRecord>> reminders(const QDateTime&, const QDateTime&) const override
    {
        return QList<ReminderRecord>();
    }
    StoreResult<std::optional<SessionRecord>> lastInterrupted(std::chrono::seconds, const QDateTime&) const override
    {
        return std::optional<SessionRecord>();
    }
    StoreStatus discardInterrupted(qint64) override { return unused(); }
    StoreResult<qint64> addSetAside(const SetAsideMark&) override { return unused(); }
    StoreStatus removeSetAside(qint64) override { return unused(); }
    StoreStatus liftSetAside(const QString&, const QDateTime&) override { return unused(); }
    StoreResult<QList<SetAsideMark>> setAsideMarks() const override { return QList<SetAsideMark>(); }

private:
    static StoreError unused() { return StoreError {QStringLiteral("not kept in this test")}; }
};

Routine physio()
{
    Routine routine;
    routine.name = QStringLiteral("Physio, week 2");
    DoseOverride longHold;
    longHold.holdSeconds = 45;
    routine.entries = {{QStringLiteral("knee-to-chest"), longHold, {}}, {QStringLiteral("cobra"), {}, {}}};
    routine.frequency = {2, 5};
    return routine;
}

SessionRecord doneAt(const QString& routineId, const QDateTime& start)
{
    SessionRecord record;
    record.start = start;
    record.routineId = routineId;
    record.exerciseIds = {QStringLiteral("knee-to-chest"), QStringLiteral("cobra")};
    record.progress.exercisesCompleted = 2;
    record.outcome = SessionOutcome::Completed;
    return record;
}

// The session and the window a tray companion starts routines in, on their own clock.
struct SessionWindow {
    VirtualClock clock;
    VirtualTimerSource timers {clock};
    GuidedSession session {test::builtinCatalog(), clock, timers};
    WindowHost windows {[this] {
        auto window = std::make_unique<MainWindow>(test::builtinCatalog(), session);
        window->setStopConfirmer([] { return true; });
        return window;
    }};
};

class DueRoutineReminderTest : public test::WidgetTest {
protected:
    void SetUp() override
    {
        WidgetTest::SetUp();
        ASSERT_TRUE(folder.isValid());
        QSettings().setValue(QStringLiteral("reminders/enabled"), true);
        QSettings().setValue(QStringLiteral("session/pain_check_in"), false); // a start goes straight to the session
        routines = std::make_unique<RoutineStore>(folder.path());
        routines->load();
        Routine unsaid;
        unsaid.name = QStringLiteral("Whenever");
        unsaid.entries = {{QStringLiteral("flexion"), {}, {}}};
        routines->save(unsaid); // no "how often": never offered
        routineId = routines->save(physio()).id;
        ASSERT_FALSE(routineId.isEmpty());
    }

    // A reminder now, through the corner prompt (no notification server offscreen).
    std::unique_ptr<ReminderService> service(CornerPromptPresenter& prompt)
    {
        auto reminders = std::make_unique<ReminderService>(test::builtinCatalog(), clock, activity, prompt, timers,
                                                           nullptr, &wall);
        reminders->setRoutines(routines.get(), &history);
        return reminders;
    }

    void remindNow(ReminderService& reminders)
    {
        reminders.remindIn(1000);
        test::VirtualTime(clock).firing(timers).advance(1000);
    }

    QTemporaryDir folder;
    std::unique_ptr<RoutineStore> routines;
    QString routineId;
    SessionsOnly history;
    FixedWallClock wall;
    QuietActivity activity;
    VirtualClock clock;
    VirtualTimerSource timers {clock};
};

TEST_F(DueRoutineReminderTest, ADueRoutineIsOfferedByNameBesideTheDeskExerciseAndChoosingItAsksForIt)
{
    CornerPromptPresenter prompt(timers);
    auto reminders = service(prompt);
    QSignalSpy routineAsked(reminders.get(), &ReminderService::routineStartRequested);
    QSignalSpy exerciseAsked(reminders.get(), &ReminderService::startRequested);
    QSignalSpy answered(reminders.get(), &ReminderService::reminderAnswered);
    remindNow(*reminders);
    ASSERT_TRUE(prompt.isShowing());
    CornerPrompt& card = *prompt.prompt();
    EXPECT_TRUE(card.startButton()->isVisible()) << "Start is still the desk exercise";
    ASSERT_TRUE(card.routineButton()->isVisible());
    EXPECT_EQ(card.routineButton()->text(), QStringLiteral("Start “Physio, week 2”"));
    EXPECT_TRUE(card.body().contains(QStringLiteral("Physio, week 2"))) << card.body().toStdString();

    card.routineButton()->click();
    EXPECT_FALSE(prompt.isShowing());
    ASSERT_EQ(routineAsked.size(), 1);
    EXPECT_EQ(routineAsked.first().first().value<Routine>().id, routineId);
    EXPECT_EQ(exerciseAsked.size(), 0);
    ASSERT_EQ(answered.size(), 1);
    EXPECT_EQ(answered.first().first().value<ReminderOutcome>(), ReminderOutcome::Started);
}

TEST_F(DueRoutineReminderTest, WithNoRoutineDueTheReminderIsTheDeskExerciseAlone)
{
    const QDateTime morning = wall.now().addSecs(-2 * 3600);
    history.records = {doneAt(routineId, morning), doneAt(routineId, morning.addSecs(600))}; // 2 of 2 today
    CornerPromptPresenter prompt(timers);
    auto reminders = service(prompt);
    EXPECT_FALSE(reminders->dueRoutine());
    remindNow(*reminders);
    ASSERT_TRUE(prompt.isShowing());
    EXPECT_FALSE(prompt.prompt()->routineButton()->isVisible());
    EXPECT_FALSE(prompt.prompt()->body().contains(QStringLiteral("Physio"))) << prompt.prompt()->body().toStdString();

    history.records.removeLast(); // 1 of 2 today: due again
    EXPECT_TRUE(reminders->dueRoutine());
    reminders->setRoutines(routines.get(), nullptr);
    EXPECT_FALSE(reminders->dueRoutine()) << "without the history nobody knows what is due: nothing offered";
}

TEST_F(DueRoutineReminderTest, ChoosingTheRoutineStartsItsSessionWithItsOwnDoses)
{
    SessionWindow app;
    TrayCompanion tray(test::builtinCatalog(), app.clock, app.windows, app.session, app.timers, false);
    const Routine* routine = routines->routine(routineId);
    ASSERT_NE(routine, nullptr);
    // What the notification's or the corner prompt's routine choice asks for.
    Q_EMIT tray.reminders().routineStartRequested(*routine);
    ASSERT_NE(app.windows.existing(), nullptr) << "the window is built for it";
    EXPECT_TRUE(app.windows.existing()->isVisible());
    ASSERT_TRUE(app.session.engine().isActive());
    EXPECT_EQ(app.session.engine().plan().routineId, routineId);
    EXPECT_EQ(app.session.engine().plan().exerciseIds, physio().exerciseIds()) << "the routine's own exercises";
}

TEST_F(DueRoutineReminderTest, TheTrayMenuOffersTheDueRoutineWhileItIsDueAndItsEntryStartsIt)
{
    SessionWindow app;
    TrayCompanion tray(test::builtinCatalog(), app.clock, app.windows, app.session, app.timers, true);
    auto* entry = tray.tray().menu()->findChild<QAction*>(QStringLiteral("startDueRoutine"));
    ASSERT_NE(entry, nullptr);
    EXPECT_FALSE(entry->isVisible()) << "no routines known yet";

    // The companion's reminders read the real date, so "today" is now.
    const QDateTime now = QDateTime::currentDateTime();
    history.records = {doneAt(routineId, now), doneAt(routineId, now)}; // 2 of 2 today
    tray.reminders().setRoutines(routines.get(), &history);
    tray.refreshDueRoutine();
    EXPECT_FALSE(entry->isVisible()) << "done for today";

    history.records.removeLast(); // 1 of 2: due again, and the menu sees it when it opens
    Q_EMIT tray.tray().menu()->aboutToShow();
    ASSERT_TRUE(entry->isVisible());
    EXPECT_TRUE(entry->text().contains(QStringLiteral("Physio, week 2"))) << entry->text().toStdString();

    entry->trigger();
    ASSERT_NE(app.windows.existing(), nullptr);
    ASSERT_TRUE(app.session.engine().isActive());
    EXPECT_EQ(app.session.engine().plan().routineId, routineId);
}

} // namespace
} // namespace limber
