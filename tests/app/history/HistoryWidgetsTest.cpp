#include "history/HistoryExport.h"
#include "history/HistoryView.h"
#include "history/MinutesChart.h"
#include "history/PainCheckInDialog.h"
#include "history/PainLevelButton.h"
#include "history/PainTrendChart.h"

#include "limber/storage/SqliteHistoryStore.h"

#include "limber/Catalog.h"
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

    qint64 addSession(const QDate& day, const QString& region, int before, int after, int done = 2)
    {
        SessionRecord record;
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

    QTemporaryDir dir;
    SqliteHistoryStore store {dir.filePath(QStringLiteral("history.sqlite"))};
    Catalog catalog;
    const QDate today = QDate::currentDate();
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
    addSession(today, QStringLiteral("lower-back"), 5, 5, 1);

    HistoryView view(store, catalog);
    view.refresh(today);
    EXPECT_TRUE(view.problem().isEmpty()) << view.problem().toStdString();
    EXPECT_EQ(view.streak(), 3);
    ASSERT_EQ(view.minutesChart()->weeks().size(), HistoryView::ChartWeeks);
    EXPECT_GT(view.minutesChart()->weeks().last().minutes, 0.0);

    QTreeWidget* list = view.sessionList();
    ASSERT_EQ(list->topLevelItemCount(), 3 + 4) << "three day headings and four sessions";
    EXPECT_EQ(list->topLevelItem(0)->text(0), HistoryView::tr("Today"));
    const QTreeWidgetItem* latest = list->topLevelItem(1);
    EXPECT_EQ(latest->text(1), QStringLiteral("Lower back"));
    EXPECT_EQ(latest->text(2), HistoryView::tr("%1 of %2").arg(1).arg(2));
    EXPECT_EQ(latest->text(4), HistoryView::tr("Stopped early"));
    EXPECT_EQ(latest->text(5), QStringLiteral("5 → 5"));

    EXPECT_EQ(view.regionChooser()->count(), 2);
    EXPECT_FALSE(view.painChart()->points().isEmpty());
    view.resize(900, 700);
    EXPECT_FALSE(view.grab().isNull());
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
