#include "AppTestSupport.h"
#include "FakeSpeech.h"
#include "VirtualTime.h"

#include "audio/VoiceGuide.h"

#include "limber/Clock.h"
#include "limber/Plan.h"
#include "limber/SessionEngine.h"
#include "limber/Timer.h"

#include <gtest/gtest.h>

namespace limber {
namespace {

using Failure = SpeechEngine::Failure;

const QList<CueEvent> LeadIn {{Cue::SessionStart, 0}, {Cue::Prepare, 0}};
const QList<CueEvent> FirstHold {{Cue::HoldStart, 1}};

// The guide's decisions, not the speech engine's voice: a fake engine and
// virtual time, so these run anywhere, with or without sound.
class VoiceGuideTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        engine.setPlan(Planner(test::builtinCatalog()).plan({QStringLiteral("knee-to-chest")}));
        guide.follow(engine);
        QObject::connect(&guide, &VoiceGuide::spoken, [this](const QString& sentence) { said.append(sentence); });
        time.ticking(engine).firing(timers);
    }

    // Switched on, with the session under way.
    void startSpeaking()
    {
        guide.setEnabled(true);
        ASSERT_TRUE(guide.voiceAvailable()) << guide.unavailableReason().toStdString();
        ASSERT_NE(speech.engine, nullptr);
        engine.start();
    }

    VirtualClock clock;
    VirtualTimerSource timers {clock};
    test::VirtualTime time {clock};
    SessionEngine engine {clock};
    test::FakeSpeechSystem speech;
    VoiceGuide guide {test::builtinCatalog(), speech, timers};
    QStringList said;
};

TEST_F(VoiceGuideTest, IsOffUntilSwitchedOn)
{
    EXPECT_FALSE(guide.isEnabled());
    engine.start();
    guide.speakMoment(LeadIn, 0);
    time.advance(0);
    EXPECT_TRUE(said.isEmpty());
    EXPECT_EQ(speech.engine, nullptr) << "no engine is started for a voice nobody asked for";
}

TEST_F(VoiceGuideTest, AvailabilityAlwaysComesWithAReason)
{
    // No sound output, as on CI: the engine is not even started, and the guide says why.
    speech.audioOutput = false;
    guide.setEnabled(true);
    EXPECT_EQ(guide.voiceAvailable(), guide.unavailableReason().isEmpty());
    EXPECT_FALSE(guide.voiceAvailable());
    engine.start();
    guide.speakMoment(LeadIn, 0);
    time.advance(0);
    EXPECT_TRUE(said.isEmpty()) << "nothing is handed to an engine that cannot speak";

    speech.setAudioOutput(true);
    EXPECT_TRUE(guide.voiceAvailable()) << "a sound output plugged in brings the voice back";
    EXPECT_EQ(guide.voiceAvailable(), guide.unavailableReason().isEmpty());
}

TEST_F(VoiceGuideTest, NoEngineInstalledIsKnownAtOnce)
{
    test::FakeSpeechSystem none;
    none.uninstall();
    const VoiceGuide unvoiced(test::builtinCatalog(), none, timers);
    EXPECT_FALSE(unvoiced.voiceAvailable());
    EXPECT_FALSE(unvoiced.unavailableReason().isEmpty());
}

TEST_F(VoiceGuideTest, SpeaksOnceTheChimeHasRungOut)
{
    startSpeaking();
    guide.speakMoment(LeadIn, 200);
    time.advance(199);
    EXPECT_TRUE(said.isEmpty()) << "the chime is still ringing";
    time.advance(1);
    ASSERT_EQ(said.size(), 1);
    EXPECT_FALSE(said[0].isEmpty());
    EXPECT_EQ(speech.engine->sentences, said);
}

TEST_F(VoiceGuideTest, PausingSilencesASentenceNotYetSaid)
{
    startSpeaking();
    guide.speakMoment(LeadIn, 200);
    engine.pause();
    time.advance(400);
    EXPECT_TRUE(said.isEmpty());
    EXPECT_TRUE(speech.engine->sentences.isEmpty());
}

TEST_F(VoiceGuideTest, StoppingCutsOffTheSentenceBeingSaid)
{
    startSpeaking();
    guide.speakMoment(LeadIn, 0);
    time.advance(0);
    ASSERT_EQ(speech.engine->state(), SpeechEngine::State::Speaking);
    engine.stop();
    EXPECT_EQ(speech.engine->stops, 1);
    EXPECT_EQ(speech.engine->state(), SpeechEngine::State::Ready);
}

TEST_F(VoiceGuideTest, TheNewestMomentReplacesASentenceNotYetFinished)
{
    startSpeaking();
    guide.speakMoment(LeadIn, 200);
    time.advance(100);
    guide.speakMoment(FirstHold, 200);
    time.advance(400);
    ASSERT_EQ(said.size(), 1) << "the lead-in was never said";
    EXPECT_TRUE(said[0].startsWith(QStringLiteral("Hold"))) << said[0].toStdString();

    guide.speakMoment(LeadIn, 0);
    time.advance(0);
    EXPECT_EQ(speech.engine->stops, 1) << "the sentence still being said is cut off for the newer one";
    EXPECT_EQ(speech.engine->sentences.size(), 2);
}

TEST_F(VoiceGuideTest, ALostSentenceIsNotALostVoice)
{
    startSpeaking();
    guide.speakMoment(LeadIn, 0);
    time.advance(0);
    speech.engine->finish();
    for (int i = 0; i < 5; ++i)
        speech.engine->fail(Failure::Playback, QStringLiteral("Audio streaming error."));
    EXPECT_TRUE(guide.voiceAvailable()) << "the engine has managed a sentence before";
}

TEST_F(VoiceGuideTest, AnEngineThatNeverSpeaksIsGivenUpWithAReason)
{
    startSpeaking();
    QList<bool> availability;
    QObject::connect(&guide, &VoiceGuide::availabilityChanged, [&](bool available) { availability.append(available); });
    for (int i = 0; i < 3; ++i)
        speech.engine->fail(Failure::Playback, QStringLiteral("Audio streaming error."));
    EXPECT_FALSE(guide.voiceAvailable());
    EXPECT_TRUE(guide.unavailableReason().contains(QStringLiteral("Audio streaming error.")));
    EXPECT_EQ(availability, QList<bool> {false});
}

TEST_F(VoiceGuideTest, AnEngineErrorSilencesTheVoiceWithAReason)
{
    startSpeaking();
    guide.speakMoment(LeadIn, 200);
    speech.engine->fail(Failure::Configuration, QStringLiteral("no audio"));
    time.advance(400);
    EXPECT_FALSE(guide.voiceAvailable());
    EXPECT_TRUE(guide.unavailableReason().contains(QStringLiteral("no audio")));
    EXPECT_TRUE(said.isEmpty());
}

TEST_F(VoiceGuideTest, AnEngineThatCannotStartSaysWhy)
{
    speech.startsBroken = true;
    guide.setEnabled(true);
    EXPECT_FALSE(guide.voiceAvailable());
    EXPECT_FALSE(guide.unavailableReason().isEmpty());
}

TEST_F(VoiceGuideTest, SpeaksTheInterfaceLanguageWithTheChosenVoice)
{
    guide.setLanguage(QLocale(QLocale::German, QLocale::Austria));
    guide.setVoiceName(QStringLiteral("awb"));
    startSpeaking();
    EXPECT_EQ(speech.engine->locale().language(), QLocale::German) << "any country, when not the same one";
    EXPECT_EQ(speech.engine->voice(), QStringLiteral("awb"));

    guide.setVoiceName(QStringLiteral("nobody"));
    EXPECT_EQ(speech.engine->voice(), QStringLiteral("kal")) << "an unknown name: the language's default voice";
    EXPECT_TRUE(guide.voiceAvailable());
}

TEST_F(VoiceGuideTest, NoVoiceForTheLanguageMeansNoVoice)
{
    guide.setLanguage(QLocale(QLocale::French, QLocale::France));
    guide.setEnabled(true);
    EXPECT_FALSE(guide.voiceAvailable()) << "French read by an English voice would be gibberish";
    EXPECT_FALSE(guide.unavailableReason().isEmpty());

    guide.setLanguage(QLocale(QLocale::English, QLocale::UnitedKingdom));
    EXPECT_TRUE(guide.voiceAvailable());
    EXPECT_EQ(speech.engine->locale(), QLocale(QLocale::English, QLocale::UnitedStates));
}

TEST_F(VoiceGuideTest, ANewLanguageIsSpokenByTheEngineThatHasIt)
{
    // speech-dispatcher cannot start here; flite speaks English only.
    speech.engines = {QStringLiteral("speechd"), QStringLiteral("flite")};
    speech.offers[QStringLiteral("speechd")].startsBroken = true;
    speech.offers[QStringLiteral("flite")]
        = {{QLocale(QLocale::English, QLocale::UnitedStates)}, {QStringLiteral("kal16")}, false};
    QList<bool> availability;
    QObject::connect(&guide, &VoiceGuide::availabilityChanged, [&](bool available) { availability.append(available); });
    guide.setLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
    startSpeaking();
    EXPECT_EQ(speech.engine->engineName(), QStringLiteral("flite"));

    guide.setLanguage(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_FALSE(guide.voiceAvailable());
    EXPECT_TRUE(guide.unavailableReason().contains(QStringLiteral("Deutsch")))
        << guide.unavailableReason().toStdString();
    guide.speakMoment(LeadIn, 0);
    time.advance(0);
    EXPECT_TRUE(said.isEmpty()) << "no English voice reading German";

    speech.offers[QStringLiteral("speechd")]
        = {{QLocale(QLocale::German, QLocale::Germany)}, {QStringLiteral("German")}, false};
    guide.setLanguage(QLocale(QLocale::German, QLocale::Switzerland));
    ASSERT_TRUE(guide.voiceAvailable()) << guide.unavailableReason().toStdString();
    EXPECT_EQ(speech.engine->engineName(), QStringLiteral("speechd"));
    EXPECT_EQ(availability, (QList<bool> {false, true}));
    guide.speakMoment(LeadIn, 0);
    time.advance(0);
    EXPECT_EQ(said.size(), 1);
}

} // namespace
} // namespace limber
