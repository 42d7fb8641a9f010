#include "tray/StretchTray.h"

#include "AppTestSupport.h"

#include "limber/ReminderScheduler.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace limber {
namespace {

class FixedWallClock final : public WallClock {
public:
    QDateTime now() const override { return QDateTime(QDate(2026, 11, 30), QTime(9, 0)); }
};

class QuietActivity final : public ActivitySource {
public:
    Activity current() const override { return {}; }
};

class StretchTrayTest : public ::testing::Test {
protected:
    StretchTrayTest()
    {
        ReminderSettings settings;
        settings.enabled = true;
        scheduler.setSettings(settings);
    }

    QAction* action(const QString& objectName) const { return tray.menu()->findChild<QAction*>(objectName); }
    QMenu* submenu(const QString& objectName) const { return tray.menu()->findChild<QMenu*>(objectName); }
    QAction* actionTitled(const QString& text) const
    {
        for (QAction* candidate : tray.menu()->actions()) {
            if (candidate->text() == text)
                return candidate;
        }
        return nullptr;
    }

    VirtualClock clock;
    FixedWallClock wall;
    QuietActivity activity;
    ReminderScheduler scheduler {clock, wall, activity};
    StretchTray tray {test::builtinCatalog(), scheduler};
};

TEST_F(StretchTrayTest, TheMenuNamesTheSessionAndTheNextReminder)
{
    tray.setSuggestion(QStringLiteral("Shoulder rolls · 2 min"));
    EXPECT_EQ(action(QStringLiteral("startSuggested"))->text(), QStringLiteral("Start: Shoulder rolls · 2 min"));
    const QAction* next = action(QStringLiteral("nextReminder"));
    EXPECT_FALSE(next->isEnabled()) << "information, not a command";
    EXPECT_TRUE(next->text().startsWith(QStringLiteral("Next reminder"))) << next->text().toStdString();
    EXPECT_EQ(submenu(QStringLiteral("regionsMenu"))->actions().size(), 3) << "one entry per region";
    EXPECT_NE(actionTitled(QStringLiteral("Open Limber")), nullptr);
    EXPECT_NE(actionTitled(QStringLiteral("Preferences…")), nullptr);
    EXPECT_NE(actionTitled(QStringLiteral("Quit")), nullptr);
}

TEST_F(StretchTrayTest, EveryEntryDoesWhatItSays)
{
    QSignalSpy start(&tray, &StretchTray::startSuggestedRequested);
    QSignalSpy region(&tray, &StretchTray::startRegionRequested);
    QSignalSpy open(&tray, &StretchTray::openRequested);
    QSignalSpy quit(&tray, &StretchTray::quitRequested);
    action(QStringLiteral("startSuggested"))->trigger();
    submenu(QStringLiteral("regionsMenu"))->actions().at(2)->trigger();
    actionTitled(QStringLiteral("Open Limber"))->trigger();
    actionTitled(QStringLiteral("Quit"))->trigger();
    EXPECT_EQ(start.size(), 1);
    ASSERT_EQ(region.size(), 1);
    EXPECT_EQ(region.at(0).at(0).toString(), QStringLiteral("lower-back"));
    EXPECT_EQ(open.size(), 1);
    EXPECT_EQ(quit.size(), 1);

    submenu(QStringLiteral("snoozeMenu"))->actions().at(1)->trigger(); // 10 minutes
    EXPECT_EQ(scheduler.nextReminder(), wall.now().addSecs(10 * 60));
}

TEST_F(StretchTrayTest, PausingShowsInTheIconAndTheMenu)
{
    const QImage active = tray.currentIcon().pixmap(32, 32).toImage();
    submenu(QStringLiteral("pauseMenu"))->actions().at(2)->trigger(); // until I resume them
    EXPECT_TRUE(scheduler.isPaused());
    EXPECT_NE(tray.currentIcon().pixmap(32, 32).toImage(), active) << "the icon says paused";
    EXPECT_EQ(action(QStringLiteral("nextReminder"))->text(), QStringLiteral("Reminders paused until you resume them"));
    QAction* resume = action(QStringLiteral("resumeReminders"));
    EXPECT_TRUE(resume->isVisible());
    EXPECT_FALSE(submenu(QStringLiteral("pauseMenu"))->menuAction()->isVisible());
    resume->trigger();
    EXPECT_FALSE(scheduler.isPaused());
    EXPECT_EQ(tray.currentIcon().pixmap(32, 32).toImage(), active);
}

TEST_F(StretchTrayTest, OffSaysSo)
{
    scheduler.setSettings(ReminderSettings());
    EXPECT_EQ(action(QStringLiteral("nextReminder"))->text(), QStringLiteral("Reminders are off"));
}

} // namespace
} // namespace limber
