#include "AppTestSupport.h"
#include "VirtualTime.h"

#include "MainWindow.h"
#include "history/HistoryExport.h"
#include "history/HistoryView.h"
#include "history/MinutesChart.h"
#include "history/PainCheckInDialog.h"
#include "history/PainLevelButton.h"
#include "history/PainTrendChart.h"
#include "home/HomeView.h"
#include "home/WeeklyGoalView.h"

#include "limber/storage/SqliteHistoryStore.h"

#include "limber/Catalog.h"
#include "limber/GuidedSession.h"
#include "limber/HistoryRecorder.h"
#include "limber/HistoryStats.h"
#include "limber/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace limber;

namespace {

class CheckInTest : public ::testing::Test {
protected:
    void SetUp() override { QSettings().remove(QStringLiteral("checkin")); }
};

class ViewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(store.open().ok());
        catalog.addRegion({QStringLiteral("lower-back"), QStringLiteral("Lower back"), {}, {}});
        catalog.addRegion({QStringLiteral("neck"), QStringLiteral("Neck"), {}, {}});
    }

    qint64 addSession(const QDate& day, const QString& region, int before, int after, int done = 2,
                      const QString& routineName = {})
    {
        SessionRecord record;
        record.routineName = routineName;
        record.routineId = routineName.isEmpty() ? QString() : QStringLiteral("my-routine");
        record.start = QDateTime(day, QTime(9, 0));
        record.regionId = region;
        record.exerciseIds = {QStringLiteral("a"), QStringLiteral("b")};
        record.totalSteps = 20;
        record.painBefore = before;
        const qint64 id = store.beginSession(record).value();
        SessionProgress progress;
        progress.at = record.start.addSecs(600);
        progress.exercisesCompleted = done;
        progress.resumeExerciseIndex = done;
        progress.stepsCompleted = done * 10;
        progress.activeMs = 600000;
        EXPECT_TRUE(store.finishSession(id, done == 2 ? SessionOutcome::Completed : SessionOutcome::Stopped, progress));
        PainCheckIn checkIn;
        checkIn.at = progress.at;
        checkIn.regionId = region;
        checkIn.level = after;
        checkIn.sessionId = id;
        checkIn.moment = PainCheckIn::Moment::After;
        EXPECT_TRUE(store.addPainCheckIn(checkIn).ok());
        return id;
    }

    qint64 addReminder(const QDate& day, int hour, std::optional<ReminderOutcome> outcome, qint64 session = 0)
    {
        ReminderRecord reminder;
        reminder.shown = QDateTime(day, QTime(hour, 0));
        const qint64 id = store.addReminder(reminder).value();
        if (outcome) {
            EXPECT_TRUE(store.setReminderOutcome(id, *outcome, session).ok());
        }
        return id;
    }

    QTemporaryDir dir;
    SqliteHistoryStore store {dir.filePath(QStringLiteral("history.sqlite"))};
    Catalog catalog;
    // A Thursday, so that the days before it in a test are in the same week.
    const QDate today = QDate(2024, 3, 14);
};

} // namespace

TEST_F(CheckInTest, OneClickAnswers)
{
    PainCheckInDialog dialog(PainCheckInDialog::Moment::Before, QStringLiteral("Lower back"));
    QSignalSpy chosen(&dialog, &PainCheckInDialog::levelChosen);
    dialog.show();
    QTest::mouseClick(dialog.levelButton(4), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.level(), 4);
    ASSERT_EQ(chosen.size(), 1);
    EXPECT_EQ(chosen[0][0].toInt(), 4);
    EXPECT_TRUE(PainCheckInDialog::isCheckInEnabled());
}

TEST_F(CheckInTest, EveryLevelFromZeroToTenIsThere)
{
    PainCheckInDialog dialog(PainCheckInDialog::Moment::After);
    for (int level = 0; level <= 10; ++level) {
        ASSERT_NE(dialog.levelButton(level), nullptr);
        EXPECT_EQ(dialog.levelButton(level)->level(), level);
    }
    EXPECT_EQ(dialog.levelButton(11), nullptr);
}

TEST_F(CheckInTest, ADigitKeyAnswersToo)
{
    PainCheckInDialog dialog(PainCheckInDialog::Moment::After);
    dialog.show();
    QTest::keyClick(&dialog, Qt::Key_7);
    EXPECT_EQ(dialog.level(), 7);
}

TEST_F(CheckInTest, SkippingLeavesNoLevel)
{
    PainCheckInDialog dialog(PainCheckInDialog::Moment::After);
    QSignalSpy skipped(&dialog, &PainCheckInDialog::skipped);
    dialog.show();
    dialog.reject();
    EXPECT_FALSE(dialog.level().has_value());
    EXPECT_EQ(skipped.size(), 1);
    EXPECT_TRUE(PainCheckInDialog::isCheckInEnabled());
}

TEST_F(CheckInTest, DontAskAgainIsRemembered)
{
    {
        PainCheckInDialog dialog(PainCheckInDialog::Moment::Before);
        dialog.dontAskAgainBox()->setChecked(true);
        dialog.reject();
    }
    EXPECT_FALSE(PainCheckInDialog::isCheckInEnabled());
    EXPECT_FALSE(SessionSettings::load(QSettings()).painCheckIn) << "one switch with Preferences";
    EXPECT_FALSE(PainCheckInDialog::ask(PainCheckInDialog::Moment::Before, {}, nullptr).has_value());
    PainCheckInDialog::setCheckInEnabled(true);
    EXPECT_TRUE(PainCheckInDialog::isCheckInEnabled());
}

TEST(HistoryExportTest, TheDefaultNameCarriesTheDate)
{
    EXPECT_EQ(HistoryExport::defaultFileName(QDate(2024, 3, 4)), QStringLiteral("limber-history-2024-03-04.csv"));
}

TEST_F(ViewTest, ExportWritesTheFileOrSaysWhy)
{
    addSession(today, QStringLiteral("lower-back"), 6, 4);
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    EXPECT_TRUE(HistoryExport::exportTo(store, path).isEmpty());
    EXPECT_TRUE(QFile::exists(path));
    const QString bad = dir.filePath(QStringLiteral("no/such/folder/out.csv"));
    EXPECT_TRUE(HistoryExport::exportTo(store, bad).contains(bad));
}

TEST_F(ViewTest, ShowsTheStreakTheWeeksAndTheSessionsByDay)
{
    addSession(today.addDays(-2), QStringLiteral("lower-back"), 7, 5);
    addSession(today.addDays(-1), QStringLiteral("lower-back"), 6, 4);
    addSession(today, QStringLiteral("neck"), 5, 3);
    addSession(today, QStringLiteral("lower-back"), 5, 5, 1, QStringLiteral("Evenings"));

    HistoryView view(store, catalog);
    view.setWeeklyGoal(3);
    view.refresh(today);
    EXPECT_TRUE(view.problem().isEmpty()) << view.problem().toStdString();
    EXPECT_EQ(view.streak(), 1) << "four sessions this week reach a goal of three";
    EXPECT_EQ(view.thisWeek().done, 4);
    view.setWeeklyGoal(5);
    view.refresh(today);
    EXPECT_EQ(view.streak(), 0) << "four of five: this week is not there yet";
    ASSERT_EQ(view.minutesChart()->weeks().size(), HistoryView::ChartWeeks);
    EXPECT_GT(view.minutesChart()->weeks().last().minutes, 0.0);

    QTreeWidget* list = view.sessionList();
    ASSERT_EQ(list->topLevelItemCount(), 3 + 4) << "three day headings and four sessions";
    EXPECT_EQ(list->topLevelItem(0)->text(0), HistoryView::tr("Today"));
    const QTreeWidgetItem* latest = list->topLevelItem(1);
    EXPECT_EQ(latest->text(1), QStringLiteral("Lower back"));
    EXPECT_EQ(latest->text(2), QStringLiteral("Evenings")) << "the routine it ran";
    EXPECT_EQ(latest->text(3), HistoryView::tr("%1 of %2").arg(1).arg(2));
    EXPECT_EQ(latest->text(5), HistoryView::tr("Stopped early"));
    EXPECT_EQ(latest->text(6), QStringLiteral("5 → 5"));
    EXPECT_TRUE(list->topLevelItem(2)->text(2).isEmpty()) << "the neck's exercises were no routine";

    EXPECT_EQ(view.regionChooser()->count(), 2);
    EXPECT_FALSE(view.painChart()->points().isEmpty());
    view.resize(900, 700);
    EXPECT_FALSE(view.grab().isNull());
}

TEST_F(ViewTest, EachDaySaysHowItsRemindersWereAnswered)
{
    const qint64 morning = addSession(today, QStringLiteral("lower-back"), 6, 4);
    addReminder(today, 8, ReminderOutcome::Finished, morning);
    addReminder(today, 11, ReminderOutcome::Snoozed);
    addReminder(today.addDays(-1), 10, ReminderOutcome::Skipped);
    addReminder(today.addDays(-1), 15, ReminderOutcome::Ignored);

    HistoryView view(store, catalog);
    view.refresh(today);
    EXPECT_TRUE(view.problem().isEmpty()) << view.problem().toStdString();
    QTreeWidget* list = view.sessionList();
    ASSERT_EQ(list->topLevelItemCount(), 3) << "today's heading and session, and yesterday's heading";
    EXPECT_EQ(list->topLevelItem(0)->text(0), QStringLiteral("Today · 2 reminders: 1 done, 1 snoozed"));
    EXPECT_EQ(list->topLevelItem(1)->data(0, Qt::UserRole).toLongLong(), morning);
    EXPECT_EQ(list->topLevelItem(2)->text(0), QStringLiteral("Yesterday · 2 reminders: 1 skipped, 1 unanswered"))
        << "a day with reminders and no session is listed too";
}

TEST(ReminderSummaryTest, NamesEachAnswerThatHappened)
{
    ReminderAnswers answers;
    EXPECT_TRUE(HistoryView::reminderSummary(answers).isEmpty());
    ReminderRecord reminder;
    reminder.outcome = ReminderOutcome::Started;
    answers.add(reminder);
    EXPECT_EQ(HistoryView::reminderSummary(answers), QStringLiteral("1 reminder: 1 started"));
    reminder.outcome = std::nullopt;
    answers.add(reminder);
    reminder.outcome = ReminderOutcome::Snoozed;
    answers.add(reminder);
    EXPECT_EQ(HistoryView::reminderSummary(answers), QStringLiteral("3 reminders: 1 started, 1 snoozed, 1 still open"));
}

TEST_F(ViewTest, ExportIncludesTheReminders)
{
    const qint64 session = addSession(today, QStringLiteral("lower-back"), 6, 4);
    addReminder(today, 8, ReminderOutcome::Started, session);
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    ASSERT_TRUE(HistoryExport::exportTo(store, path).isEmpty());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines[1].contains(QStringLiteral(",reminder,"))) << lines[1].toStdString();
    EXPECT_TRUE(lines[1].endsWith(QStringLiteral(",%1,,").arg(session))) << lines[1].toStdString();
    EXPECT_TRUE(lines[2].contains(QStringLiteral(",session,"))) << lines[2].toStdString();
}

TEST_F(ViewTest, ChoosingARegionShowsItsTrend)
{
    addSession(today.addDays(-1), QStringLiteral("lower-back"), 7, 5);
    addSession(today, QStringLiteral("neck"), 5, 3);
    HistoryView view(store, catalog);
    view.refresh(today);
    QComboBox* regions = view.regionChooser();
    regions->setCurrentIndex(regions->findData(QStringLiteral("lower-back")));
    ASSERT_EQ(view.painChart()->points().size(), 1);
    EXPECT_EQ(view.painChart()->points()[0].before, 7.0);
    EXPECT_EQ(view.painChart()->points()[0].after, 5.0);
}

TEST_F(ViewTest, AnUnreadableHistoryIsSaidNotHidden)
{
    store.close();
    HistoryView view(store, catalog);
    view.refresh(today);
    EXPECT_FALSE(view.problem().isEmpty());
    EXPECT_EQ(view.sessionList()->topLevelItemCount(), 0);
    view.resize(800, 600);
    EXPECT_FALSE(view.grab().isNull());
}

TEST(ChartTest, EmptyChartsPaint)
{
    MinutesChart minutes;
    minutes.resize(400, 200);
    EXPECT_FALSE(minutes.grab().isNull());
    PainTrendChart pain;
    pain.setTrend({}, QDate(2024, 1, 1), QDate(2024, 2, 1));
    pain.resize(400, 200);
    EXPECT_FALSE(pain.grab().isNull());
}

namespace {

// MainWindow counts this week's sessions from the store for home, and again
// after each session the recorder writes.
class WeeklyGoalWindowTest : public limber::test::WidgetTest {
protected:
    void SetUp() override
    {
        WidgetTest::SetUp();
        ASSERT_TRUE(store.open().ok());
    }

    void addFinishedSessionThisWeek(int minutesIn)
    {
        SessionRecord record;
        record.start = startOfWeek(QDate::currentDate(), Qt::Monday).startOfDay().addSecs(minutesIn * 60);
        record.regionId = QStringLiteral("lower-back");
        record.exerciseIds = {QStringLiteral("pelvic-tilt")};
        record.totalSteps = 5;
        const qint64 id = store.beginSession(record).value();
        SessionProgress progress;
        progress.at = record.start.addSecs(60);
        progress.exercisesCompleted = 1;
        progress.resumeExerciseIndex = 1;
        progress.stepsCompleted = 5;
        progress.activeMs = 60000;
        ASSERT_TRUE(store.finishSession(id, SessionOutcome::Completed, progress).ok());
    }

    QTemporaryDir dir;
    SqliteHistoryStore store {dir.filePath(QStringLiteral("history.sqlite"))};
    VirtualClock clock;
    VirtualTimerSource timers {clock};
    GuidedSession session {limber::test::builtinCatalog(), clock, timers};
    HistoryRecorder recorder {store, session.engine(), clock, limber::test::builtinCatalog()};
};

} // namespace

TEST_F(WeeklyGoalWindowTest, HomeCountsThisWeekFromTheStoreAndAgainAfterASession)
{
    addFinishedSessionThisWeek(1);
    addFinishedSessionThisWeek(2);
    QSettings().setValue(QStringLiteral("session/weekly_goal"), 3);
    MainWindow window(limber::test::builtinCatalog(), session);
    window.setStopConfirmer([] { return true; });
    WeeklyGoalView* goal = window.homeView()->weeklyGoal();
    EXPECT_TRUE(goal->isHidden()) << "no history yet, nothing to count";

    window.setHistory(&store, &recorder, QString());
    EXPECT_FALSE(goal->isHidden());
    EXPECT_EQ(goal->text(), QStringLiteral("2 of 3 sessions this week"));
    EXPECT_EQ(window.historyView()->weeklyGoal(), 3) << "History measures the streak against the same goal";

    window.startSession({QStringLiteral("pelvic-tilt")});
    ASSERT_TRUE(window.engine().isActive());
    limber::test::VirtualTime time(clock);
    time.ticking(window.engine()).firing(timers);
    time.advance(window.engine().plan().totalMs + 1000);
    limber::test::settle();
    ASSERT_EQ(store.sessions().value().size(), 3);
    EXPECT_EQ(goal->text(), QStringLiteral("Weekly goal reached: 3 sessions this week"));
}

TEST_F(WeeklyGoalWindowTest, AHistoryThatCannotBeReadHidesTheGoalInsteadOfShowingZero)
{
    addFinishedSessionThisWeek(1);
    MainWindow window(limber::test::builtinCatalog(), session);
    store.close();
    window.setHistory(&store, &recorder, QString());
    EXPECT_TRUE(window.homeView()->weeklyGoal()->isHidden());
}
