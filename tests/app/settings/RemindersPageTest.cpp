#include "settings/RemindersPage.h"

#include "desktop/Autostart.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimeEdit>

#include <gtest/gtest.h>

namespace limber {
namespace {

TEST(RemindersPageTest, ShowsAndReturnsEverySetting)
{
    RemindersPage page;
    ReminderSettings settings;
    settings.enabled = true;
    settings.mode = ReminderSettings::Mode::TimesOfDay;
    settings.activeMinutes = 75;
    settings.times = {QTime(9, 45), QTime(14, 0)};
    settings.workingDays = {2, 4};
    settings.workStart = QTime(8, 0);
    settings.workEnd = QTime(16, 30);
    settings.breakMinutes = 8;
    settings.chime = false;
    page.setValues(settings, true);
    EXPECT_EQ(page.timesEdit()->text(), QStringLiteral("09:45 14:00"));
    EXPECT_TRUE(page.dayBox(2)->isChecked());
    EXPECT_FALSE(page.dayBox(1)->isChecked());
    EXPECT_TRUE(page.startAtLogin());
    EXPECT_EQ(page.values(), settings);
    EXPECT_TRUE(page.problem().isEmpty());
}

TEST(RemindersPageTest, ControlsFollowTheSwitchAndTheMode)
{
    RemindersPage page;
    page.setValues(ReminderSettings(), false);
    EXPECT_FALSE(page.activeMinutesBox()->isEnabled()) << "off: nothing to set";
    page.enabledBox()->setChecked(true);
    EXPECT_TRUE(page.activeMinutesBox()->isEnabled());
    EXPECT_FALSE(page.timesEdit()->isEnabled());
    page.timesOfDayButton()->setChecked(true);
    EXPECT_FALSE(page.activeMinutesBox()->isEnabled());
    EXPECT_TRUE(page.timesEdit()->isEnabled());
    EXPECT_EQ(page.values().mode, ReminderSettings::Mode::TimesOfDay);
}

TEST(RemindersPageTest, SaysWhatToFixInsteadOfSavingNonsense)
{
    RemindersPage page;
    ReminderSettings settings;
    settings.enabled = true;
    settings.mode = ReminderSettings::Mode::TimesOfDay;
    page.setValues(settings, false);
    page.timesEdit()->setText(QStringLiteral("ten thirty"));
    EXPECT_FALSE(page.problem().isEmpty());
    EXPECT_EQ(page.values().times, ReminderSettings().times) << "an unreadable list keeps the defaults";
    page.timesEdit()->setText(QStringLiteral("7:05 12:00"));
    EXPECT_TRUE(page.problem().isEmpty());
    EXPECT_EQ(page.values().times, (QList<QTime> {QTime(7, 5), QTime(12, 0)}));
    page.workEndEdit()->setTime(QTime(8, 0));
    page.workStartEdit()->setTime(QTime(9, 0));
    EXPECT_FALSE(page.problem().isEmpty()) << "hours that end before they start";
}

TEST(RemindersPageTest, ShowsWhatTheDesktopCannotDo)
{
    RemindersPage page;
    EXPECT_TRUE(page.notes()->isHidden());
    page.setNotes({QStringLiteral("Natural breaks cannot be seen here.")});
    EXPECT_FALSE(page.notes()->isHidden());
    EXPECT_TRUE(page.notes()->text().contains(QStringLiteral("Natural breaks")));
}

// Start at log-in writes an XDG Autostart entry that desktop-file-validate accepts, and removes it.
TEST(AutostartTest, WritesAValidEntryThatStartsInTheTrayAndRemovesIt)
{
    QTemporaryDir config;
    const Autostart autostart(config.path());
    EXPECT_EQ(autostart.entryPath(), config.filePath(QStringLiteral("autostart/limber.desktop")));
    EXPECT_FALSE(autostart.isEnabled());
    const QString written = autostart.setEnabled(true, QStringLiteral("/usr/bin/limber"));
    ASSERT_TRUE(written.isEmpty()) << written.toStdString();
    EXPECT_TRUE(autostart.isEnabled());
    QFile entry(autostart.entryPath());
    ASSERT_TRUE(entry.open(QIODevice::ReadOnly));
    EXPECT_TRUE(entry.readAll().contains("Exec=/usr/bin/limber --tray\n"));
    entry.close();

    // The real validator (desktop-file-utils, installed by scripts/setup.sh --test).
    QProcess validate;
    validate.start(QStringLiteral("desktop-file-validate"), {autostart.entryPath()});
    ASSERT_TRUE(validate.waitForStarted(5000)) << "desktop-file-validate is missing";
    ASSERT_TRUE(validate.waitForFinished(10000));
    EXPECT_EQ(validate.exitCode(), 0) << validate.readAllStandardOutput().toStdString();

    EXPECT_TRUE(autostart.setEnabled(false).isEmpty());
    EXPECT_FALSE(autostart.isEnabled());
    EXPECT_FALSE(QFile::exists(autostart.entryPath()));
}

TEST(AutostartTest, HiddenMeansOff)
{
    QTemporaryDir config;
    const Autostart autostart(config.path());
    ASSERT_TRUE(autostart.setEnabled(true).isEmpty());
    QSettings entry(autostart.entryPath(), QSettings::IniFormat);
    entry.setValue(QStringLiteral("Desktop Entry/Hidden"), true);
    entry.sync();
    EXPECT_FALSE(autostart.isEnabled());
}

TEST(AutostartTest, AFolderThatCannotBeWrittenIsNamed)
{
    QTemporaryDir config;
    // A file where the autostart folder should be: nothing can be created there.
    QFile blocker(config.filePath(QStringLiteral("autostart")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString failed = Autostart(config.path()).setEnabled(true);
    EXPECT_TRUE(failed.contains(config.filePath(QStringLiteral("autostart")))) << failed.toStdString();
}

} // namespace
} // namespace limber
