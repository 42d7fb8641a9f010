#include "audio/SoundSettings.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace limber {
namespace {

class SoundSettingsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(folder.isValid());
        store = std::make_unique<QSettings>(folder.filePath(QStringLiteral("limber.ini")), QSettings::IniFormat);
    }

    QTemporaryDir folder;
    std::unique_ptr<QSettings> store;
};

TEST_F(SoundSettingsTest, AnEmptyStoreGivesTheDefaults)
{
    QStringList warnings;
    const SoundSettings settings = SoundSettings::load(*store, &warnings);
    EXPECT_EQ(settings, SoundSettings());
    EXPECT_EQ(settings.volume, SoundSettings::DefaultVolume);
    EXPECT_FALSE(settings.muted);
    for (Cue cue : AllCues)
        EXPECT_TRUE(settings.isCueEnabled(cue)) << toString(cue).toStdString();
    EXPECT_TRUE(warnings.isEmpty());
}

TEST_F(SoundSettingsTest, WhatIsSavedLoadsBackUnderGroupSound)
{
    SoundSettings settings;
    settings.volume = 35;
    settings.muted = true;
    settings.setCueEnabled(Cue::HoldEnding, false);
    settings.setCueEnabled(Cue::Rep, false);
    settings.save(*store);
    store->sync();

    EXPECT_EQ(store->value(QStringLiteral("sound/volume")).toInt(), 35);
    EXPECT_EQ(store->value(QStringLiteral("sound/cues/hold-ending")).toBool(), false);

    QSettings reopened(store->fileName(), QSettings::IniFormat);
    QStringList warnings;
    const SoundSettings loaded = SoundSettings::load(reopened, &warnings);
    EXPECT_EQ(loaded, settings);
    EXPECT_FALSE(loaded.isCueEnabled(Cue::HoldEnding));
    EXPECT_TRUE(loaded.isCueEnabled(Cue::HoldStart));
    EXPECT_TRUE(warnings.isEmpty());
}

TEST_F(SoundSettingsTest, OutOfRangeOrCorruptValuesFallBackToDefaultsWithAWarning)
{
    store->setValue(QStringLiteral("sound/volume"), 180);
    store->setValue(QStringLiteral("sound/muted"), QStringLiteral("perhaps"));
    store->setValue(QStringLiteral("sound/cues/release"), QStringLiteral("loud"));
    QStringList warnings;
    const SoundSettings settings = SoundSettings::load(*store, &warnings);
    EXPECT_EQ(settings.volume, SoundSettings::DefaultVolume);
    EXPECT_FALSE(settings.muted);
    EXPECT_TRUE(settings.isCueEnabled(Cue::Release));
    ASSERT_EQ(warnings.size(), 3);
    EXPECT_TRUE(warnings[0].contains(QStringLiteral("sound/volume"))) << warnings[0].toStdString();
    EXPECT_TRUE(warnings[0].contains(QStringLiteral("180 is outside 0..100"))) << warnings[0].toStdString();

    store->setValue(QStringLiteral("sound/volume"), -1);
    EXPECT_EQ(SoundSettings::load(*store).volume, SoundSettings::DefaultVolume);
    store->setValue(QStringLiteral("sound/volume"), QStringLiteral("quiet"));
    EXPECT_EQ(SoundSettings::load(*store).volume, SoundSettings::DefaultVolume);
    store->setValue(QStringLiteral("sound/volume"), 0);
    EXPECT_EQ(SoundSettings::load(*store).volume, 0) << "the ends of the range are valid";
    store->setValue(QStringLiteral("sound/volume"), 100);
    EXPECT_EQ(SoundSettings::load(*store).volume, 100);
}

TEST_F(SoundSettingsTest, SilentMeansMutedOrTurnedRightDown)
{
    SoundSettings settings;
    EXPECT_FALSE(settings.isSilent());
    settings.volume = 0;
    EXPECT_TRUE(settings.isSilent());
    settings.volume = 1;
    settings.muted = true;
    EXPECT_TRUE(settings.isSilent());
}

} // namespace
} // namespace limber
