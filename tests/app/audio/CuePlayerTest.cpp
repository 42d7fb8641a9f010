#include "AppTestSupport.h"
#include "VirtualTime.h"

#include "audio/CuePlayer.h"

#include "limber/Clock.h"
#include "limber/Plan.h"
#include "limber/SessionEngine.h"

#include <gtest/gtest.h>

namespace limber {
namespace {

// The player's decisions, observed through its signals: no sound card needed.
class CuePlayerTest : public ::testing::Test {
protected:
    void build(const SoundSettings& settings = {})
    {
        player = std::make_unique<CuePlayer>(settings);
        QObject::connect(player.get(), &CuePlayer::played, [this](const QString& name) { played.append(name); });
        QObject::connect(player.get(), &CuePlayer::moment, [this](const QList<CueEvent>& cues, int delay) {
            moments.append(cues);
            delays.append(delay);
        });
    }

    // A driver ticking every 250 ms, the event loop running after each tick.
    void run(qint64 ms)
    {
        const auto tickAndSettle = [this] {
            engine.tick();
            test::settle();
        };
        test::VirtualTime(clock).steppingEvery(250, tickAndSettle).advance(ms);
    }

    void runSession(const QStringList& ids, qint64 ms)
    {
        engine.setPlan(Planner(test::builtinCatalog()).plan(ids));
        player->follow(engine);
        engine.start();
        test::settle();
        run(ms);
    }

    VirtualClock clock;
    SessionEngine engine {clock};
    std::unique_ptr<CuePlayer> player;
    QStringList played;
    QList<QList<CueEvent>> moments;
    QList<int> delays;
};

TEST_F(CuePlayerTest, CoincidingCuesMakeOneChime)
{
    build();
    player->onCue(Cue::ExerciseDone, 5);
    player->onCue(Cue::Release, 6);
    EXPECT_TRUE(played.isEmpty()) << "the moment is not over until control is back in the event loop";
    test::settle();
    EXPECT_EQ(played, QStringList {QStringLiteral("exercise-done")});
    ASSERT_EQ(moments.size(), 1);
    EXPECT_EQ(moments[0], (QList<CueEvent> {{Cue::ExerciseDone, 5}, {Cue::Release, 6}}));

    player->onCue(Cue::Prepare, 7);
    test::settle();
    EXPECT_EQ(played, (QStringList {QStringLiteral("exercise-done"), QStringLiteral("prepare")}))
        << "a later moment gets its own chime";
}

TEST_F(CuePlayerTest, MutedPlaysNothingButStillReportsTheMoment)
{
    SoundSettings muted;
    muted.muted = true;
    build(muted);
    player->onCue(Cue::HoldStart, 1);
    test::settle();
    EXPECT_TRUE(played.isEmpty());
    ASSERT_EQ(moments.size(), 1) << "the voice still needs to know";
    EXPECT_EQ(delays[0], 0) << "no chime to wait for";

    SoundSettings loud;
    player->setSettings(loud);
    player->onCue(Cue::HoldStart, 1);
    test::settle();
    EXPECT_EQ(played, QStringList {QStringLiteral("hold-start")});
}

TEST_F(CuePlayerTest, DisabledCueKindsStaySilent)
{
    SoundSettings settings;
    settings.setCueEnabled(Cue::HoldEnding, false);
    build(settings);
    player->onCue(Cue::HoldEnding, 1);
    test::settle();
    player->onCue(Cue::Release, 2);
    test::settle();
    EXPECT_EQ(played, QStringList {QStringLiteral("release")});
}

TEST_F(CuePlayerTest, AWholeSessionSoundsEveryTransitionOnce)
{
    build();
    // knee-to-chest: lead-in 5 s, three 30 s holds with 10 s rests: 115 s.
    runSession({QStringLiteral("knee-to-chest")}, 120000);
    const QStringList expected {
        QStringLiteral("session-start"), // with the lead-in's Prepare
        QStringLiteral("hold-start"),    QStringLiteral("hold-ending"), QStringLiteral("hold-ending"),
        QStringLiteral("hold-ending"),   QStringLiteral("release"),     QStringLiteral("hold-start"),
        QStringLiteral("hold-ending"),   QStringLiteral("hold-ending"), QStringLiteral("hold-ending"),
        QStringLiteral("release"),       QStringLiteral("hold-start"),  QStringLiteral("hold-ending"),
        QStringLiteral("hold-ending"),   QStringLiteral("hold-ending"),
        QStringLiteral("session-done"), // with the last ExerciseDone
    };
    EXPECT_EQ(played, expected);
}

TEST_F(CuePlayerTest, NothingSoundsWhilePaused)
{
    build();
    runSession({QStringLiteral("knee-to-chest")}, 6000); // into the first hold
    const qsizetype before = played.size();
    engine.pause();
    test::settle();
    run(50'000);
    EXPECT_EQ(played.size(), before);
    engine.resume();
    run(50'000);
    EXPECT_GT(played.size(), before) << "chimes come back after resuming";
}

TEST_F(CuePlayerTest, VoiceWaitsForTheChimeOnlyWhenOneCanBeHeard)
{
    build();
    for (Sound sound : AllSounds) {
        EXPECT_GT(player->voiceDelayMs(sound), 0);
        EXPECT_LE(player->voiceDelayMs(sound), player->info(sound).lengthMs);
    }
    player->onCue(Cue::HoldStart, 1);
    test::settle();
    ASSERT_EQ(delays.size(), 1);
    if (player->soundAvailable()) {
        EXPECT_EQ(delays[0], player->voiceDelayMs(Sound::HoldStart));
    } else {
        EXPECT_EQ(delays[0], 0) << "with no output nothing is heard, so nothing to wait for";
    }
}

TEST_F(CuePlayerTest, UnavailableSoundExplainsItself)
{
    build();
    EXPECT_EQ(player->soundAvailable(), player->unavailableReason().isEmpty());
}

} // namespace
} // namespace limber
