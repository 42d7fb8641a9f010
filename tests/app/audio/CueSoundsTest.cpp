#include "audio/CueSounds.h"
#include "audio/CuePlayer.h"
#include "audio/WavInfo.h"

#include <QFile>
#include <QSet>

#include <gtest/gtest.h>

namespace limber {
namespace {

WavInfo inspectResource(Sound sound)
{
    QFile file(soundResource(sound));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << soundResource(sound).toStdString();
    return WavInfo::inspect(file.readAll());
}

TEST(CueSounds, EveryCueHasASoundOfItsOwn)
{
    // AllCues must list the whole enum: SessionDone is its last value.
    ASSERT_EQ(AllCues.size(), indexOf(Cue::SessionDone) + 1);
    QSet<QString> names;
    for (std::size_t i = 0; i < AllCues.size(); ++i) {
        const Cue cue = static_cast<Cue>(i);
        EXPECT_EQ(AllCues[i], cue);
        const QString name = soundName(soundFor(cue));
        EXPECT_FALSE(name.isEmpty()) << toString(cue).toStdString();
        names.insert(name);
    }
    EXPECT_EQ(names.size(), static_cast<qsizetype>(AllCues.size())) << "each cue kind is recognisable by ear";
    EXPECT_EQ(soundName(soundFor(Cue::BreatheIn)), QStringLiteral("breathe-in"));
    EXPECT_EQ(soundName(soundFor(Cue::HoldEnding)), QStringLiteral("hold-ending"));
}

TEST(CueSounds, EverySoundIsEmbeddedAsPcmWavQSoundEffectCanPlay)
{
    for (Sound sound : AllSounds) {
        SCOPED_TRACE(soundName(sound).toStdString());
        const WavInfo wav = inspectResource(sound);
        ASSERT_TRUE(wav.valid);
        EXPECT_EQ(wav.sampleRate, 44100);
        EXPECT_EQ(wav.channels, 1);
        EXPECT_EQ(wav.bitsPerSample, 16);
        EXPECT_GT(wav.settledMs, 0);
        EXPECT_LE(wav.settledMs, wav.lengthMs);
        EXPECT_EQ(soundSource(sound).toString(), QStringLiteral("qrc") + soundResource(sound));
    }
}

TEST(CueSounds, SoundsAreShortEnoughForTheStepsTheyMark)
{
    // Hold-ending ticks come once a second and a quick pace makes a 1.6 s phase.
    EXPECT_LE(inspectResource(Sound::HoldEnding).lengthMs, 300);
    EXPECT_LE(inspectResource(Sound::Rep).lengthMs, 300);
    for (Sound sound : {Sound::BreatheIn, Sound::BreatheOut})
        EXPECT_LE(inspectResource(sound).lengthMs, 1200) << soundName(sound).toStdString();
    for (Sound sound : AllSounds) {
        if (sound != Sound::SessionDone) { // nothing follows the last one
            EXPECT_LE(inspectResource(sound).lengthMs, 1700) << soundName(sound).toStdString();
        }
    }
}

TEST(CueSounds, TheMostImportantOfCoincidingCuesSounds)
{
    // End of a hold that ends an exercise: done, then rest (then prepare with no rest).
    EXPECT_EQ(mostImportant({Cue::ExerciseDone, Cue::Release, Cue::Prepare}), Cue::ExerciseDone);
    EXPECT_EQ(mostImportant({Cue::SessionStart, Cue::Prepare}), Cue::SessionStart);
    EXPECT_EQ(mostImportant({Cue::ExerciseDone, Cue::SessionDone}), Cue::SessionDone);
    // A late tick can bunch the last countdown tick with the release.
    EXPECT_EQ(mostImportant({Cue::HoldEnding, Cue::Release}), Cue::Release);
    EXPECT_EQ(mostImportant({Cue::Rep, Cue::HoldStart}), Cue::HoldStart);
    EXPECT_EQ(mostImportant({Cue::HoldEnding}), Cue::HoldEnding);
    EXPECT_EQ(mostImportant({}), std::nullopt);
}

TEST(CueSounds, OnlyBreathingInAndOutShareAPriority)
{
    for (Cue a : AllCues) {
        for (Cue b : AllCues) {
            if (a == b)
                continue;
            const bool breathPair
                = (a == Cue::BreatheIn && b == Cue::BreatheOut) || (a == Cue::BreatheOut && b == Cue::BreatheIn);
            if (!breathPair) {
                EXPECT_NE(priority(a), priority(b)) << toString(a).toStdString() << " vs " << toString(b).toStdString();
            }
        }
    }
    EXPECT_EQ(mostImportant({Cue::BreatheOut, Cue::BreatheIn}), Cue::BreatheOut) << "ties keep the first";
}

TEST(CueSounds, ChimeChoiceHonoursMuteVolumeAndDisabledKinds)
{
    const QList<CueEvent> moment {{Cue::ExerciseDone, 2}, {Cue::Release, 3}};
    SoundSettings settings;
    EXPECT_EQ(CuePlayer::chimeFor(moment, settings), Cue::ExerciseDone);

    settings.setCueEnabled(Cue::ExerciseDone, false);
    EXPECT_EQ(CuePlayer::chimeFor(moment, settings), Cue::Release) << "the next most important still sounds";
    settings.setCueEnabled(Cue::Release, false);
    EXPECT_EQ(CuePlayer::chimeFor(moment, settings), std::nullopt);

    SoundSettings muted;
    muted.muted = true;
    EXPECT_EQ(CuePlayer::chimeFor(moment, muted), std::nullopt);
    SoundSettings silent;
    silent.volume = 0;
    EXPECT_EQ(CuePlayer::chimeFor(moment, silent), std::nullopt);
}

TEST(CueSounds, VolumeFollowsTheEarNotTheAmplifier)
{
    EXPECT_FLOAT_EQ(CuePlayer::linearGain(0), 0.0f);
    EXPECT_FLOAT_EQ(CuePlayer::linearGain(100), 1.0f);
    EXPECT_LT(CuePlayer::linearGain(50), 0.5f) << "half way on the slider sounds half as loud";
    float previous = -1.0f;
    for (int volume = 0; volume <= 100; volume += 10) {
        EXPECT_GT(CuePlayer::linearGain(volume), previous);
        previous = CuePlayer::linearGain(volume);
    }
    EXPECT_FLOAT_EQ(CuePlayer::linearGain(250), 1.0f);
    EXPECT_FLOAT_EQ(CuePlayer::linearGain(-5), 0.0f);
}

TEST(WavInfo, RejectsWhatIsNotSixteenBitPcm)
{
    EXPECT_FALSE(WavInfo::inspect(QByteArray()).valid);
    EXPECT_FALSE(WavInfo::inspect(QByteArrayLiteral("RIFF\x04\x00\x00\x00WAVE")).valid);
    EXPECT_FALSE(WavInfo::inspect(QByteArray(64, 'x')).valid);

    QFile file(soundResource(Sound::Rep));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray eightBit = file.readAll();
    eightBit[34] = 8; // bits per sample in the fmt chunk of a plain 44-byte header
    EXPECT_FALSE(WavInfo::inspect(eightBit).valid);
}

} // namespace
} // namespace limber
