#include "limber/Settings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

using namespace limber;

namespace {

class SettingsTest : public ::testing::Test {
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

} // namespace

TEST_F(SettingsTest, AMissingFileGivesTheDefaults)
{
    const QSettings store(m_dir.filePath(QStringLiteral("none.conf")), QSettings::IniFormat);
    QStringList warnings;
    EXPECT_EQ(SessionSettings::load(store, &warnings), SessionSettings());
    EXPECT_TRUE(warnings.isEmpty());
}

TEST_F(SettingsTest, SavedValuesComeBack)
{
    const QString path = m_dir.filePath(QStringLiteral("round.conf"));
    SessionSettings settings;
    settings.leadInSeconds = 8;
    settings.restBetweenHoldsSeconds = 0;
    settings.holdSeconds = 45;
    settings.pace = Pace::Slower;
    settings.cobraReps = 27;
    settings.getReadySeconds = 0;
    settings.painCheckIn = false;
    settings.language = QStringLiteral("de");
    settings.voiceEnabled = true;
    settings.weeklyGoal = 3;
    settings.floorView = true;
    {
        QSettings store(path, QSettings::IniFormat);
        settings.save(store);
    }
    const QSettings store(path, QSettings::IniFormat);
    QStringList warnings;
    EXPECT_EQ(SessionSettings::load(store, &warnings), settings);
    EXPECT_TRUE(warnings.isEmpty()) << warnings.join(QLatin1Char('\n')).toStdString();
}

TEST_F(SettingsTest, PainCheckInIsOneSwitchAndTheOldKeyIsStillHonoured)
{
    // Written by a version before 0.2, which kept the switch apart.
    const QString path = writeIni("[checkin]\nenabled=false\n");
    {
        const QSettings store(path, QSettings::IniFormat);
        EXPECT_FALSE(SessionSettings::loadPainCheckIn(store)) << "the old key is read while the new one is absent";
        EXPECT_FALSE(SessionSettings::load(store).painCheckIn);
    }
    {
        QSettings store(path, QSettings::IniFormat);
        SessionSettings::savePainCheckIn(store, true);
        EXPECT_FALSE(store.contains(QStringLiteral("checkin/enabled"))) << "saving retires the old key";
        EXPECT_TRUE(store.value(QStringLiteral("session/pain_check_in")).toBool());
    }
    {
        QSettings store(path, QSettings::IniFormat);
        SessionSettings settings = SessionSettings::load(store);
        settings.painCheckIn = false;
        settings.save(store);
        EXPECT_FALSE(SessionSettings::loadPainCheckIn(store)) << "Preferences and the check-in share the switch";
    }
}

TEST_F(SettingsTest, OutOfRangeAndCorruptValuesFallBackWithAWarning)
{
    const QString path = writeIni("[session]\n"
                                  "lead_in_s=-4\n"
                                  "hold_s=3600\n"
                                  "rest_between_holds_s=ten\n"
                                  "pace=sprint\n"
                                  "cobra_reps=1000000000000\n"
                                  "get_ready_s=2\n"
                                  "pain_check_in=maybe\n");
    const QSettings store(path, QSettings::IniFormat);
    QStringList warnings;
    const SessionSettings settings = SessionSettings::load(store, &warnings);
    const SessionSettings defaults;
    EXPECT_EQ(settings.leadInSeconds, defaults.leadInSeconds);
    EXPECT_EQ(settings.holdSeconds, defaults.holdSeconds);
    EXPECT_EQ(settings.restBetweenHoldsSeconds, defaults.restBetweenHoldsSeconds);
    EXPECT_EQ(settings.pace, Pace::Normal);
    EXPECT_EQ(settings.cobraReps, defaults.cobraReps);
    EXPECT_EQ(settings.getReadySeconds, 2) << "good values survive next to bad ones";
    EXPECT_TRUE(settings.painCheckIn);
    ASSERT_EQ(warnings.size(), 6);
    EXPECT_TRUE(warnings[0].contains(path)) << "the message names the file";
    EXPECT_TRUE(warnings[0].contains(QStringLiteral("session/lead_in_s")));
    EXPECT_EQ(warnings.filter(QStringLiteral("\"sprint\" is not slower, normal or faster")).size(), 1);
    EXPECT_EQ(warnings.filter(QStringLiteral("session/hold_s: 3600 is outside 15..60")).size(), 1)
        << warnings.join(QLatin1Char('\n')).toStdString();
}

TEST_F(SettingsTest, TheWeeklyGoalIsFiveUnlessSetAndStaysWithinOneToTwentyOne)
{
    EXPECT_EQ(SessionSettings().weeklyGoal, 5);
    // A file of its own for each value: QSettings caches a file it has read by name.
    int files = 0;
    const auto storeWith = [&](const char* value) {
        const QString path = m_dir.filePath(QStringLiteral("goal-%1.conf").arg(++files));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("[session]\nweekly_goal=") + value + "\n");
        return path;
    };
    for (const auto& [text, expected] : {std::pair {"1", 1}, std::pair {"21", 21}, std::pair {"7", 7}}) {
        const QSettings store(storeWith(text), QSettings::IniFormat);
        QStringList warnings;
        EXPECT_EQ(SessionSettings::load(store, &warnings).weeklyGoal, expected) << text;
        EXPECT_TRUE(warnings.isEmpty()) << text;
    }
    for (const char* bad : {"0", "22", "-5", "lots", "5.5"}) {
        const QSettings store(storeWith(bad), QSettings::IniFormat);
        QStringList warnings;
        EXPECT_EQ(SessionSettings::load(store, &warnings).weeklyGoal, 5) << bad;
        ASSERT_EQ(warnings.size(), 1) << bad;
        EXPECT_TRUE(warnings[0].contains(QStringLiteral("session/weekly_goal"))) << warnings[0].toStdString();
    }
}

TEST_F(SettingsTest, TheFloorViewIsOffUnlessSetAndANonsenseValueSaysSo)
{
    EXPECT_FALSE(SessionSettings().floorView) << "a first session shows the whole session view";
    {
        const QSettings store(writeIni("[session]\nfloor_view=true\n"), QSettings::IniFormat);
        QStringList warnings;
        EXPECT_TRUE(SessionSettings::load(store, &warnings).floorView);
        EXPECT_TRUE(warnings.isEmpty());
    }
    // A file of its own: QSettings caches a file it has read by name.
    const QString path = m_dir.filePath(QStringLiteral("floor.conf"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("[session]\nfloor_view=sometimes\nweekly_goal=4\n");
    }
    const QSettings store(path, QSettings::IniFormat);
    QStringList warnings;
    const SessionSettings settings = SessionSettings::load(store, &warnings);
    EXPECT_FALSE(settings.floorView);
    EXPECT_EQ(settings.weeklyGoal, 4) << "the other settings are kept";
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings[0].contains(path)) << "the message names the file";
    EXPECT_TRUE(warnings[0].contains(QStringLiteral("session/floor_view"))) << warnings[0].toStdString();
}

TEST_F(SettingsTest, AGarbageFileStillLoadsDefaults)
{
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.append(static_cast<char>((i * 7919) % 256));
    const QSettings store(writeIni(garbage), QSettings::IniFormat);
    EXPECT_EQ(SessionSettings::load(store), SessionSettings());
}

TEST_F(SettingsTest, PlanOptionsFollowTheSettings)
{
    SessionSettings settings;
    settings.leadInSeconds = 7;
    settings.restBetweenHoldsSeconds = 6;
    settings.restBetweenExercisesSeconds = 12;
    settings.holdSeconds = 40;
    settings.pace = Pace::Faster;
    settings.cobraReps = 25;
    const PlanOptions options = settings.planOptions();
    EXPECT_EQ(options.leadInMs, 7000);
    EXPECT_EQ(options.restBetweenHoldsMs, 6000);
    EXPECT_EQ(options.restBetweenExercisesMs, 12000);
    EXPECT_EQ(options.holdMs, 40000);
    EXPECT_EQ(options.pace, Pace::Faster);
    EXPECT_EQ(options.reps.value(QStringLiteral("cobra")), 25);
}
