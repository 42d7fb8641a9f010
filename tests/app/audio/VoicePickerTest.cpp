#include "FakeSpeech.h"

#include "audio/VoicePicker.h"

#include <gtest/gtest.h>

namespace limber {
namespace {

const QString Speechd = QStringLiteral("speechd");
const QString Flite = QStringLiteral("flite");
const QLocale English(QLocale::English, QLocale::UnitedStates);
const QLocale German(QLocale::German, QLocale::Germany);
const QLocale Spanish(QLocale::Spanish, QLocale::Spain);
const QLocale French(QLocale::French, QLocale::France);

// A Debian desktop as Limber's package sets it up: speech-dispatcher with
// espeak-ng (four languages) and Qt's flite plugin (American English).
class VoicePickerTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        machine.engines = {Flite, Speechd}; // Qt lists plugins in no particular order
        machine.offers[Speechd] = {{English, German, Spanish, French}, {QStringLiteral("German")}, false};
        machine.offers[Flite] = {{English}, {QStringLiteral("kal16")}, false};
    }

    test::FakeSpeechSystem machine;
};

TEST(VoicePickerOrder, SpeechDispatcherFirstThenFliteThenTheRest)
{
    EXPECT_EQ(VoicePicker::preferenceOrder({QStringLiteral("other"), Flite, Speechd}),
              (QStringList {Speechd, Flite, QStringLiteral("other")}));
    EXPECT_EQ(VoicePicker::preferenceOrder({Flite}), QStringList {Flite}) << "only what is installed";
    EXPECT_TRUE(VoicePicker::preferenceOrder({}).isEmpty());
}

TEST(VoicePickerLocale, SameCountryFirstThenAnyCountryOfTheLanguage)
{
    const QLocale british(QLocale::English, QLocale::UnitedKingdom);
    const QLocale austrian(QLocale::German, QLocale::Austria);
    EXPECT_EQ(VoicePicker::localeFor({English, british}, british), british);
    EXPECT_EQ(VoicePicker::localeFor({English, German}, austrian), German);
    EXPECT_EQ(VoicePicker::localeFor({German, English}, QLocale::c()), English) << "C means English";
    EXPECT_FALSE(VoicePicker::localeFor({English, German}, French).has_value());
    EXPECT_FALSE(VoicePicker::localeFor({}, English).has_value());
}

TEST_F(VoicePickerTest, EveryInterfaceLanguageIsSpokenBySpeechDispatcher)
{
    for (const QLocale& language : {English, German, Spanish, French}) {
        const VoiceChoice choice = VoicePicker::pick(machine, language);
        ASSERT_NE(choice.engine, nullptr) << language.name().toStdString();
        EXPECT_EQ(choice.engine->engineName(), Speechd);
        EXPECT_EQ(choice.engine->locale(), language);
        EXPECT_TRUE(choice.reason.isEmpty());
    }
    EXPECT_FALSE(machine.started.contains(Flite)) << "flite is not even started when speech-dispatcher speaks";
}

TEST_F(VoicePickerTest, WithoutSpeechDispatcherFliteSpeaksEnglishOnly)
{
    machine.offers[Speechd].startsBroken = true; // plugin installed, speech-dispatcher is not
    const VoiceChoice english = VoicePicker::pick(machine, English);
    ASSERT_NE(english.engine, nullptr);
    EXPECT_EQ(english.engine->engineName(), Flite);
    EXPECT_EQ(machine.started, (QStringList {Speechd, Flite}));

    const VoiceChoice german = VoicePicker::pick(machine, German);
    EXPECT_EQ(german.engine, nullptr) << "German read by an English voice would be gibberish";
    EXPECT_TRUE(german.reason.contains(QStringLiteral("Deutsch"))) << german.reason.toStdString();
    EXPECT_TRUE(german.reason.contains(QStringLiteral("espeak-ng"))) << "the reason says what to install";
    EXPECT_NE(german.logReason.find("speechd could not start (cannot connect)"), std::string::npos) << german.logReason;
}

TEST_F(VoicePickerTest, ALanguageSpeechDispatcherLacksFallsBackToTheNextEngine)
{
    machine.offers[Speechd].locales = {German};
    const VoiceChoice english = VoicePicker::pick(machine, English);
    ASSERT_NE(english.engine, nullptr);
    EXPECT_EQ(english.engine->engineName(), Flite);
    EXPECT_EQ(VoicePicker::pick(machine, French).engine, nullptr);
}

TEST_F(VoicePickerTest, NoEngineOrABrokenOneSaysWhy)
{
    test::FakeSpeechSystem bare;
    bare.uninstall();
    const VoiceChoice none = VoicePicker::pick(bare, English);
    EXPECT_EQ(none.engine, nullptr);
    EXPECT_FALSE(none.reason.isEmpty());
    EXPECT_TRUE(bare.started.isEmpty());

    test::FakeSpeechSystem broken;
    broken.startsBroken = true;
    const VoiceChoice failed = VoicePicker::pick(broken, English);
    EXPECT_EQ(failed.engine, nullptr);
    EXPECT_TRUE(failed.reason.contains(QStringLiteral("cannot connect"))) << failed.reason.toStdString();
}

TEST_F(VoicePickerTest, PreferencesCanSayWhichEngineAndVoiceSpeak)
{
    const VoiceChoice choice = VoicePicker::pick(machine, German);
    ASSERT_NE(choice.engine, nullptr);
    const QString said = VoicePicker::describe(*choice.engine);
    EXPECT_TRUE(said.contains(QStringLiteral("speech-dispatcher"))) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("German"))) << "the voice's name";
    EXPECT_TRUE(said.contains(QStringLiteral("Deutsch"))) << "the language, in its own words";
}

} // namespace
} // namespace limber
