#include "../audio/FakeSpeech.h"
#include "AppTestSupport.h"

#include "settings/PreferencesDialog.h"
#include "startup/Translations.h"

#include <QComboBox>
#include <QLabel>

namespace limber {
namespace {

const QString Speechd = QStringLiteral("speechd");
const QString Flite = QStringLiteral("flite");

// Preferences says which engine and voice speak the chosen interface
// language, and says plainly when none does. A fake machine: speech-dispatcher
// with German and English voices, flite with English only.
class VoicePreferencesTest : public test::WidgetTest {
protected:
    void SetUp() override
    {
        WidgetTest::SetUp();
        machine.engines = {Flite, Speechd};
        machine.offers[Speechd] = {{QLocale(QLocale::English, QLocale::UnitedStates), QLocale(QLocale::German)},
                                   {QStringLiteral("German"), QStringLiteral("German+klatt")},
                                   false};
        machine.offers[Flite] = {{QLocale(QLocale::English, QLocale::UnitedStates)}, {QStringLiteral("kal16")}, false};
    }

    void TearDown() override
    {
        Translations::apply(QStringLiteral("en"));
        WidgetTest::TearDown();
    }

    static void chooseLanguage(PreferencesDialog& dialog, const QString& code)
    {
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(code));
    }

    static QStringList voicesListed(const PreferencesDialog& dialog)
    {
        QStringList names;
        for (int i = 1; i < dialog.voiceNameBox()->count(); ++i) // 0 is "the language's default"
            names.append(dialog.voiceNameBox()->itemData(i).toString());
        return names;
    }

    test::FakeSpeechSystem machine;
};

TEST_F(VoicePreferencesTest, SaysWhichEngineAndVoiceSpeakTheChosenLanguage)
{
    PreferencesDialog dialog(nullptr, &machine);
    chooseLanguage(dialog, QStringLiteral("de"));
    const QString note = dialog.voiceNote()->text();
    EXPECT_TRUE(note.contains(QStringLiteral("speech-dispatcher"))) << note.toStdString();
    EXPECT_TRUE(note.contains(QStringLiteral("Deutsch"))) << note.toStdString();
    EXPECT_EQ(voicesListed(dialog), (QStringList {QStringLiteral("German"), QStringLiteral("German+klatt")}));
}

TEST_F(VoicePreferencesTest, SaysPlainlyWhenNoVoiceSpeaksTheLanguage)
{
    machine.offers[Speechd].startsBroken = true; // speech-dispatcher missing: flite only
    PreferencesDialog dialog(nullptr, &machine);
    chooseLanguage(dialog, QStringLiteral("fr"));
    const QString french = dialog.voiceNote()->text();
    EXPECT_TRUE(french.contains(QStringLiteral("français"))) << french.toStdString();
    EXPECT_TRUE(french.contains(QStringLiteral("espeak-ng"))) << "it says what to install";
    EXPECT_TRUE(voicesListed(dialog).isEmpty()) << "no English voices offered for French";

    chooseLanguage(dialog, QStringLiteral("en"));
    EXPECT_TRUE(dialog.voiceNote()->text().contains(QStringLiteral("Flite")))
        << dialog.voiceNote()->text().toStdString();
    EXPECT_EQ(voicesListed(dialog), QStringList {QStringLiteral("kal16")});
}

TEST_F(VoicePreferencesTest, AVoiceChosenBeforeStaysChosen)
{
    SessionSettings session;
    session.language = QStringLiteral("de");
    session.voiceName = QStringLiteral("German+klatt");
    PreferencesDialog dialog(nullptr, &machine);
    dialog.setValues(session, SoundSettings());
    EXPECT_EQ(dialog.sessionSettings().voiceName, QStringLiteral("German+klatt"));

    chooseLanguage(dialog, QStringLiteral("en"));
    EXPECT_EQ(dialog.sessionSettings().voiceName, QStringLiteral("German+klatt"))
        << "kept, not silently dropped, when the language changes";
}

TEST_F(VoicePreferencesTest, NoSoundOutputOrNoEngineIsSaid)
{
    machine.audioOutput = false;
    const PreferencesDialog silent(nullptr, &machine);
    EXPECT_FALSE(silent.voiceNote()->text().isEmpty());
    EXPECT_TRUE(machine.started.isEmpty()) << "no engine is started for a voice nobody could hear";

    test::FakeSpeechSystem bare;
    bare.uninstall();
    const PreferencesDialog none(nullptr, &bare);
    EXPECT_TRUE(none.voiceNote()->text().contains(QStringLiteral("No speech engine")));
}

} // namespace
} // namespace limber
