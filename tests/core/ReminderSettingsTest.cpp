#include "limber/ReminderSettings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

namespace limber {
namespace {

class ReminderSettingsTest : public ::testing::Test {
protected:
    void SetUp() override { spdlog::set_level(spdlog::level::off); }

    QString writeIni(const QByteArray& text)
    {
        const QString path = m_dir.filePath(QStringLiteral("limber.conf"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
        return path;
    }

    QTemporaryDir m_dir;
};

TEST_F(ReminderSettingsTest, OffByDefaultEveryFiftyMinutesOnWeekdaysNineToSix)
{
    const QSettings store(m_dir.filePath(QStringLiteral("none.conf")), QSettings::IniFormat);
    QStringList warnings;
    const ReminderSettings settings = ReminderSettings::load(store, &warnings);
    EXPECT_TRUE(warnings.isEmpty());
    EXPECT_FALSE(settings.enabled);
    EXPECT_EQ(settings.mode, ReminderSettings::Mode::ActiveUse);
    EXPECT_EQ(settings.activeMinutes, 50);
    EXPECT_EQ(settings.workingDays, (QList<int> {1, 2, 3, 4, 5}));
    EXPECT_EQ(settings.workStart, QTime(9, 0));
    EXPECT_EQ(settings.workEnd, QTime(18, 0));
    EXPECT_EQ(settings.breakMinutes, 5);
    EXPECT_EQ(settings.times, (QList<QTime> {QTime(10, 30), QTime(15, 0)}));
}

TEST_F(ReminderSettingsTest, SavedValuesComeBack)
{
    const QString path = m_dir.filePath(QStringLiteral("limber.conf"));
    ReminderSettings saved;
    saved.enabled = true;
    saved.mode = ReminderSettings::Mode::TimesOfDay;
    saved.activeMinutes = 90;
    saved.times = {QTime(8, 15), QTime(12, 0), QTime(16, 45)};
    saved.workingDays = {1, 3, 6};
    saved.workStart = QTime(7, 30);
    saved.workEnd = QTime(20, 0);
    saved.breakMinutes = 10;
    saved.chime = false;
    {
        QSettings store(path, QSettings::IniFormat);
        saved.save(store);
    }
    const QSettings store(path, QSettings::IniFormat);
    QStringList warnings;
    EXPECT_EQ(ReminderSettings::load(store, &warnings), saved);
    EXPECT_TRUE(warnings.isEmpty()) << warnings.join(QLatin1Char('\n')).toStdString();
}

TEST_F(ReminderSettingsTest, CorruptValuesFallBackWithAWarningNamingFileAndKey)
{
    const QString path = writeIni("[reminders]\n"
                                  "enabled=perhaps\n"
                                  "mode=whenever\n"
                                  "active_minutes=2\n"
                                  "times=10:30 25:00\n"
                                  "working_days=1 2 9\n"
                                  "work_start=18:00\n"
                                  "work_end=09:00\n"
                                  "break_minutes=15\n");
    const QSettings store(path, QSettings::IniFormat);
    QStringList warnings;
    const ReminderSettings settings = ReminderSettings::load(store, &warnings);
    const ReminderSettings defaults;
    EXPECT_EQ(settings.enabled, defaults.enabled) << "a corrupt switch never turns reminders on";
    EXPECT_EQ(settings.mode, defaults.mode);
    EXPECT_EQ(settings.activeMinutes, defaults.activeMinutes);
    EXPECT_EQ(settings.times, defaults.times);
    EXPECT_EQ(settings.workingDays, defaults.workingDays);
    EXPECT_EQ(settings.workStart, defaults.workStart);
    EXPECT_EQ(settings.workEnd, defaults.workEnd);
    EXPECT_EQ(settings.breakMinutes, 15) << "good values survive next to bad ones";
    EXPECT_EQ(warnings.size(), 6) << warnings.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(warnings.filter(path).size() == warnings.size()) << "every message names the file";
    EXPECT_EQ(warnings.filter(QStringLiteral("reminders/times")).size(), 1);
    EXPECT_EQ(warnings.filter(QStringLiteral("working hours end before they start")).size(), 1);
}

} // namespace
} // namespace limber
