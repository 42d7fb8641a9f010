#include "LogCapture.h"
#include "VirtualTime.h"

#include "audio/Chimes.h"
#include "audio/SoundModule.h"
#include "audio/SpeechEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace limber {
namespace {

// The limber-sound module as the app loads it (audio/SoundModule), from the
// build tree, and what the app gets when it is missing or broken.

TEST(SoundModule, LoadsFromTheBuildTreeAndGivesChimesThatRing)
{
    test::LogCapture log;
    SoundModule module(QStringLiteral(LIMBER_SOUND_MODULE_FILE));
    ASSERT_TRUE(module.isLoaded()) << module.problem().toStdString();
    EXPECT_TRUE(module.problem().isEmpty());
    EXPECT_EQ(log.lines("sound: module ").size(), 1U) << log.text();

    std::unique_ptr<Chimes> chimes = module.createChimes(SoundSettings());
    ASSERT_NE(chimes, nullptr);
    // One copy of every Limber class: the module's objects are the app's Chimes.
    EXPECT_STREQ(chimes->metaObject()->className(), "limber::CuePlayer");
    EXPECT_EQ(qobject_cast<Chimes*>(chimes.get()), chimes.get());
    QSignalSpy played(chimes.get(), &Chimes::played);
    QSignalSpy moments(chimes.get(), &Chimes::moment);
    chimes->onCue(Cue::SessionStart, 0); // rings with or without a sound card (CI has none)
    test::settle();
    ASSERT_EQ(played.size(), 1);
    EXPECT_EQ(played.at(0).at(0).toString(), QStringLiteral("session-start"));
    EXPECT_EQ(moments.size(), 1);
    EXPECT_EQ(chimes->soundAvailable(), chimes->unavailableReason().isEmpty());

    std::unique_ptr<SpeechSystem> speech = module.createSpeechSystem();
    ASSERT_NE(speech, nullptr);
    EXPECT_STREQ(speech->metaObject()->className(), "limber::QtSpeechSystem");
    speech->installedEngines(); // asks Qt's plugin metadata; which engines there are depends on the machine

    // Made from the module, destroyed before it (as LimberApp's members are).
    speech.reset();
    chimes.reset();
}

TEST(SoundModule, AMissingModuleGivesSilentChimesAndNamesTheFile)
{
    test::LogCapture log;
    const QString path = QStringLiteral("/nonexistent/limber/limber-sound.so");
    SoundModule module(path);
    EXPECT_FALSE(module.isLoaded());
    EXPECT_EQ(module.path(), path);
    EXPECT_FALSE(module.problem().isEmpty());
    const std::vector<std::string> warnings = log.lines("cannot load the sound module " + path.toStdString());
    ASSERT_EQ(warnings.size(), 1U) << log.text();
    EXPECT_EQ(warnings.front().rfind("warning sound unavailable: ", 0), 0U) << warnings.front();

    std::unique_ptr<Chimes> chimes = module.createChimes(SoundSettings());
    ASSERT_NE(chimes, nullptr);
    EXPECT_FALSE(chimes->soundAvailable());
    EXPECT_FALSE(chimes->unavailableReason().isEmpty()) << "the window's notice says why it is quiet";
    EXPECT_TRUE(chimes->isReady()) << "a session never waits for chimes that cannot come";
    bool ran = false;
    chimes->whenReady(chimes.get(), [&ran] { ran = true; });
    EXPECT_TRUE(ran);

    // The voice still hears every moment, at once (nothing rings to wait for).
    QSignalSpy played(chimes.get(), &Chimes::played);
    QSignalSpy moments(chimes.get(), &Chimes::moment);
    chimes->onCue(Cue::ExerciseDone, 3);
    chimes->onCue(Cue::Prepare, 4);
    test::settle();
    EXPECT_EQ(played.size(), 0);
    ASSERT_EQ(moments.size(), 1) << "the cues of one tick are one moment";
    EXPECT_EQ(moments.at(0).at(0).value<QList<CueEvent>>().size(), 2);
    EXPECT_EQ(moments.at(0).at(1).toInt(), 0);

    std::unique_ptr<SpeechSystem> speech = module.createSpeechSystem();
    ASSERT_NE(speech, nullptr);
    EXPECT_FALSE(speech->engineInstalled());
    EXPECT_FALSE(speech->hasAudioOutput());
}

TEST(SoundModule, AFileThatIsNotTheModuleIsRefusedWithTheLoadersReason)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("limber-sound.so"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not a shared object\n");
    file.close();
    test::LogCapture log;
    SoundModule module(path);
    EXPECT_FALSE(module.isLoaded());
    EXPECT_FALSE(module.problem().isEmpty());
    EXPECT_EQ(log.lines(module.problem().toStdString()).size(), 1U) << log.text();
    EXPECT_FALSE(module.createChimes(SoundSettings())->soundAvailable());
}

TEST(SoundModule, IsLookedForNextToTheExecutableThenInLimbersLibraryFolder)
{
    const QStringList candidates = SoundModule::candidates();
    ASSERT_EQ(candidates.size(), 2);
    const QString name = QFileInfo(QStringLiteral(LIMBER_SOUND_MODULE_FILE)).fileName();
    const QDir here(QCoreApplication::applicationDirPath());
    EXPECT_EQ(candidates.at(0), here.filePath(name));
    EXPECT_TRUE(candidates.at(1).endsWith(QStringLiteral("/lib/limber/modules/") + name))
        << candidates.at(1).toStdString();
}

} // namespace
} // namespace limber
