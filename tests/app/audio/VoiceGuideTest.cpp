#include "AppTestSupport.h"

#include "audio/VoiceGuide.h"

#include "limber/Clock.h"
#include "limber/Plan.h"
#include "limber/SessionEngine.h"

#include <QAudioDevice>
#include <QMediaDevices>

#include <gtest/gtest.h>

namespace limber {
namespace {

// The guide's decisions, not the speech engine's voice: these run anywhere.
class VoiceGuideTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        engine.setPlan(Planner(test::builtinCatalog()).plan({QStringLiteral("knee-to-chest")}));
        guide.follow(engine);
        QObject::connect(&guide, &VoiceGuide::spoken, [this](const QString& sentence) { said.append(sentence); });
    }

    VirtualClock clock;
    SessionEngine engine{clock};
    VoiceGuide guide{test::builtinCatalog()};
    QStringList said;
};

TEST_F(VoiceGuideTest, IsOffUntilSwitchedOn)
{
    EXPECT_FALSE(guide.isEnabled());
    engine.start();
    guide.speakMoment({{Cue::SessionStart, 0}, {Cue::Prepare, 0}}, 0);
    QCoreApplication::processEvents();
    EXPECT_TRUE(said.isEmpty());
}

TEST_F(VoiceGuideTest, AvailabilityAlwaysComesWithAReason)
{
    guide.setEnabled(true);
    EXPECT_EQ(guide.voiceAvailable(), guide.unavailableReason().isEmpty());
    if (QMediaDevices::audioOutputs().isEmpty()) {
        // CI has no sound server: the engine cannot start, and says so.
        EXPECT_FALSE(guide.voiceAvailable());
        engine.start();
        guide.speakMoment({{Cue::SessionStart, 0}, {Cue::Prepare, 0}}, 0);
        QCoreApplication::processEvents();
        EXPECT_TRUE(said.isEmpty()) << "nothing is handed to an engine that cannot speak";
    }
}

TEST_F(VoiceGuideTest, PausingSilencesASentenceNotYetSaid)
{
    guide.setEnabled(true);
    if (!guide.voiceAvailable())
        GTEST_SKIP() << "no speech engine here: " << guide.unavailableReason().toStdString();
    engine.start();
    guide.speakMoment({{Cue::SessionStart, 0}, {Cue::Prepare, 0}}, 200);
    engine.pause();
    QTest::qWait(400);
    EXPECT_TRUE(said.isEmpty());
}

} // namespace
} // namespace limber
