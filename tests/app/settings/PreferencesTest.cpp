#include "AppTestSupport.h"
#include "VirtualTime.h"

#include "MainWindow.h"
#include "history/PainCheckInDialog.h"
#include "home/ExerciseCard.h"
#include "home/HomeView.h"
#include "home/RoutinePanel.h"
#include "settings/PreferencesDialog.h"
#include "startup/Translations.h"
#include "text/DoseText.h"

#include "limber/CatalogText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>

namespace limber {
namespace {

class PreferencesTest : public test::WidgetTest {
protected:
    void TearDown() override
    {
        // Every test runs in its own process, but leave English behind anyway.
        Translations::apply(QStringLiteral("en"));
        WidgetTest::TearDown();
    }

    static SessionSettings storedSession() { return SessionSettings::load(QSettings()); }
    static SoundSettings storedSound() { return SoundSettings::load(QSettings()); }
};

TEST_F(PreferencesTest, ShowsWhatIsStored)
{
    SessionSettings session;
    session.holdSeconds = 45;
    session.leadInSeconds = 8;
    session.pace = Pace::Faster;
    session.cobraReps = 25;
    session.language = QStringLiteral("fr");
    session.weeklyGoal = 3;
    session.floorView = true;
    SoundSettings sound;
    sound.volume = 30;
    sound.muted = true;
    sound.setCueEnabled(Cue::Rep, false);
    {
        QSettings store;
        session.save(store);
        sound.save(store);
    }
    PainCheckInDialog::setCheckInEnabled(false);

    PreferencesDialog dialog;
    EXPECT_EQ(dialog.holdBox()->value(), 45);
    EXPECT_EQ(dialog.leadInBox()->value(), 8);
    EXPECT_EQ(dialog.cobraRepsBox()->value(), 25);
    EXPECT_EQ(dialog.paceBox()->currentData().toInt(), static_cast<int>(Pace::Faster));
    EXPECT_EQ(dialog.languageBox()->currentData().toString(), QStringLiteral("fr"));
    EXPECT_EQ(dialog.volumeSlider()->value(), 30);
    EXPECT_TRUE(dialog.muteBox()->isChecked());
    EXPECT_FALSE(dialog.volumeSlider()->isEnabled()) << "a muted volume cannot be changed by accident";
    EXPECT_FALSE(dialog.cueBox(Cue::Rep)->isChecked());
    EXPECT_TRUE(dialog.cueBox(Cue::HoldStart)->isChecked());
    EXPECT_FALSE(dialog.painCheckInBox()->isChecked());
    EXPECT_EQ(dialog.weeklyGoalBox()->value(), 3);
    EXPECT_TRUE(dialog.floorViewBox()->isChecked());
    EXPECT_EQ(dialog.holdBox()->suffix(), QStringLiteral(" s"));
}

TEST_F(PreferencesTest, OkSavesEverythingThroughTheSettings)
{
    PreferencesDialog dialog;
    dialog.holdBox()->setValue(50);
    dialog.restBetweenHoldsBox()->setValue(5);
    dialog.restBetweenExercisesBox()->setValue(20);
    dialog.leadInBox()->setValue(12);
    dialog.getReadyBox()->setValue(6);
    dialog.cobraRepsBox()->setValue(28);
    dialog.paceBox()->setCurrentIndex(dialog.paceBox()->findData(static_cast<int>(Pace::Slower)));
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("es")));
    dialog.volumeSlider()->setValue(55);
    dialog.cueBox(Cue::BreatheIn)->setChecked(false);
    dialog.voiceBox()->setChecked(true);
    dialog.painCheckInBox()->setChecked(false);
    dialog.weeklyGoalBox()->setValue(7);
    dialog.floorViewBox()->setChecked(true);
    dialog.accept();

    const SessionSettings session = storedSession();
    EXPECT_EQ(session.weeklyGoal, 7);
    EXPECT_TRUE(session.floorView);
    EXPECT_EQ(session.holdSeconds, 50);
    EXPECT_EQ(session.restBetweenHoldsSeconds, 5);
    EXPECT_EQ(session.restBetweenExercisesSeconds, 20);
    EXPECT_EQ(session.leadInSeconds, 12);
    EXPECT_EQ(session.getReadySeconds, 6);
    EXPECT_EQ(session.cobraReps, 28);
    EXPECT_EQ(session.pace, Pace::Slower);
    EXPECT_EQ(session.language, QStringLiteral("es"));
    EXPECT_TRUE(session.voiceEnabled);
    EXPECT_FALSE(session.painCheckIn);
    EXPECT_FALSE(PainCheckInDialog::isCheckInEnabled()) << "the check-in reads the same switch";
    const SoundSettings sound = storedSound();
    EXPECT_EQ(sound.volume, 55);
    EXPECT_FALSE(sound.isCueEnabled(Cue::BreatheIn));
    EXPECT_TRUE(sound.isCueEnabled(Cue::BreatheOut));
    // What was saved reads back into the same dialog state.
    PreferencesDialog again;
    EXPECT_EQ(again.sessionSettings(), session);
    EXPECT_EQ(again.soundSettings(), sound);
}

TEST_F(PreferencesTest, CancelWritesNothing)
{
    PreferencesDialog dialog;
    dialog.holdBox()->setValue(60);
    dialog.reject();
    EXPECT_FALSE(QSettings().contains(QStringLiteral("session/hold_s")));
    EXPECT_EQ(storedSession().holdSeconds, SessionSettings {}.holdSeconds);
}

TEST_F(PreferencesTest, ClampsToTheRangesLoadingAccepts)
{
    PreferencesDialog dialog;
    dialog.holdBox()->setValue(100);
    EXPECT_EQ(dialog.holdBox()->value(), SessionSettings::Hold.max);
    dialog.holdBox()->setValue(3);
    EXPECT_EQ(dialog.holdBox()->value(), SessionSettings::Hold.min);
    dialog.cobraRepsBox()->setValue(50);
    EXPECT_EQ(dialog.cobraRepsBox()->value(), 30);
    dialog.leadInBox()->setValue(0);
    EXPECT_EQ(dialog.leadInBox()->value(), 1);
    dialog.restBetweenExercisesBox()->setValue(500);
    EXPECT_EQ(dialog.restBetweenExercisesBox()->value(), 60);
    dialog.weeklyGoalBox()->setValue(0);
    EXPECT_EQ(dialog.weeklyGoalBox()->value(), SessionSettings::WeeklyGoal.min);
    dialog.weeklyGoalBox()->setValue(40);
    EXPECT_EQ(dialog.weeklyGoalBox()->value(), 21);
    dialog.accept();
    QStringList warnings;
    SessionSettings::load(QSettings(), &warnings);
    EXPECT_TRUE(warnings.isEmpty()) << warnings.join(QLatin1Char('\n')).toStdString();
}

TEST_F(PreferencesTest, OutOfRangeStoredValuesShowTheDefault)
{
    QSettings().setValue(QStringLiteral("session/hold_s"), 500);
    QSettings().setValue(QStringLiteral("session/weekly_goal"), 99);
    PreferencesDialog dialog;
    EXPECT_EQ(dialog.holdBox()->value(), 30);
    EXPECT_EQ(dialog.weeklyGoalBox()->value(), 5);
}

TEST_F(PreferencesTest, RestoreDefaultsPutsEveryControlBack)
{
    PreferencesDialog dialog;
    dialog.holdBox()->setValue(55);
    dialog.leadInBox()->setValue(20);
    dialog.paceBox()->setCurrentIndex(0);
    dialog.volumeSlider()->setValue(10);
    dialog.muteBox()->setChecked(true);
    dialog.cueBox(Cue::Release)->setChecked(false);
    dialog.painCheckInBox()->setChecked(false);
    dialog.weeklyGoalBox()->setValue(12);
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("de")));

    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    ASSERT_NE(buttons, nullptr);
    buttons->button(QDialogButtonBox::RestoreDefaults)->click();

    SessionSettings expected;
    expected.language = QStringLiteral("de"); // a personal choice, kept
    EXPECT_EQ(dialog.sessionSettings(), expected);
    EXPECT_EQ(dialog.soundSettings(), SoundSettings {});
    EXPECT_EQ(dialog.holdBox()->value(), 30);
    EXPECT_EQ(dialog.weeklyGoalBox()->value(), 5);
    EXPECT_TRUE(dialog.volumeSlider()->isEnabled());
    EXPECT_FALSE(QSettings().contains(QStringLiteral("session/hold_s"))) << "nothing is written before OK";
}

TEST_F(PreferencesTest, VoiceChoiceSaysWhyWhenThereIsNoEngine)
{
    // No speech system: the sound module is not loaded (yet, or at all).
    PreferencesDialog dialog;
    EXPECT_GE(dialog.voiceNameBox()->count(), 1) << "the language's default voice is always offered";
    EXPECT_FALSE(dialog.voiceNote()->text().isEmpty());
}

class PreferencesWindowTest : public PreferencesTest {
protected:
    void SetUp() override
    {
        PreferencesTest::SetUp();
        window = std::make_unique<MainWindow>(test::builtinCatalog(), session);
        window->setStopConfirmer([] { return true; });
        test::showActive(*window);
    }
    void TearDown() override
    {
        window.reset();
        PreferencesTest::TearDown();
    }

    QMenu* fileMenu() const { return window->menuBar()->actions().constFirst()->menu(); }

    QAction* preferencesAction() const { return window->findChild<QAction*>(QStringLiteral("preferencesAction")); }

    static bool hasLabel(QWidget& root, const QString& text)
    {
        const QList<QLabel*> labels = root.findChildren<QLabel*>();
        return std::any_of(labels.begin(), labels.end(), [&](const QLabel* label) { return label->text() == text; });
    }

    VirtualClock clock;
    VirtualTimerSource timers {clock}; // the driver's, still: the tests tick the engine themselves
    GuidedSession session {test::builtinCatalog(), clock, timers};
    std::unique_ptr<MainWindow> window;
};

TEST_F(PreferencesWindowTest, FileMenuOffersPreferencesBeforeQuit)
{
    QAction* preferences = preferencesAction();
    ASSERT_NE(preferences, nullptr);
    EXPECT_EQ(preferences->text(), QStringLiteral("&Preferences…"));
    EXPECT_EQ(preferences->menuRole(), QAction::PreferencesRole);
    EXPECT_FALSE(preferences->shortcut().isEmpty());
    if (!QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()) {
        EXPECT_EQ(preferences->shortcut(), QKeySequence(QKeySequence::Preferences));
    }
    const QList<QAction*> actions = fileMenu()->actions();
    ASSERT_FALSE(actions.isEmpty());
    EXPECT_LT(actions.indexOf(preferences), actions.size() - 1);
    EXPECT_EQ(actions.constLast()->menuRole(), QAction::QuitRole);
}

TEST_F(PreferencesWindowTest, AcceptedPreferencesUpdateTheStartButtonAtOnce)
{
    window->homeView()->selectRegion(QStringLiteral("neck-shoulders"));
    RoutinePanel* routine = window->homeView()->routinePanel();
    const qint64 before = routine->plannedTotalMs();
    const QString beforeText = routine->startButton()->text();

    preferencesAction()->trigger();
    auto* dialog = window->findChild<PreferencesDialog*>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->isVisible());
    dialog->holdBox()->setValue(60);
    dialog->accept();

    EXPECT_GT(routine->plannedTotalMs(), before);
    EXPECT_NE(routine->startButton()->text(), beforeText);
    EXPECT_EQ(routine->planOptions().holdMs, 60000);
}

TEST_F(PreferencesWindowTest, SwitchingToGermanRetranslatesWithoutRestart)
{
    window->homeView()->selectRegion(QStringLiteral("lower-back"));
    const QStringList chosen = window->homeView()->routinePanel()->chosenExerciseIds();
    ASSERT_TRUE(hasLabel(*window, QStringLiteral("Where does it hurt?")));

    const QLocale used = Translations::apply(QStringLiteral("de"));
    EXPECT_EQ(used.language(), QLocale::German);
    test::settle();

    EXPECT_EQ(fileMenu()->title(), QStringLiteral("&Datei"));
    ASSERT_NE(preferencesAction(), nullptr);
    EXPECT_EQ(preferencesAction()->text(), QStringLiteral("&Einstellungen…"));
    EXPECT_TRUE(hasLabel(*window, QStringLiteral("Wo tut es weh?")));
    EXPECT_FALSE(hasLabel(*window, QStringLiteral("Where does it hurt?")));
    // The catalog's own words follow, and the person's choice on home is kept.
    RoutinePanel* routine = window->homeView()->routinePanel();
    EXPECT_EQ(routine->regionId(), QStringLiteral("lower-back"));
    EXPECT_EQ(routine->chosenExerciseIds(), chosen);
    EXPECT_TRUE(hasLabel(*window, QStringLiteral("Unterer Rücken")));
    ASSERT_FALSE(routine->cards().isEmpty());
    EXPECT_EQ(routine->cards().constFirst()->includeBox()->text(), QStringLiteral("Knie zur Brust"));
    EXPECT_TRUE(routine->startButton()->text().startsWith(QStringLiteral("Start · ")));

    Translations::apply(QStringLiteral("en"));
    test::settle();
    EXPECT_EQ(fileMenu()->title(), QStringLiteral("&File"));
    EXPECT_TRUE(hasLabel(*window, QStringLiteral("Where does it hurt?")));
}

TEST_F(PreferencesTest, GermanPluralsFollowTheCount)
{
    Translations::apply(QStringLiteral("de"));
    HoldDose once;
    once.holdMs = 30000;
    once.sets = 1;
    once.perSide = false;
    HoldDose thrice = once;
    thrice.sets = 3;
    EXPECT_EQ(DoseText::describeHold(thrice, 30000), QStringLiteral("30 s halten · 3-mal"));
    RepetitionDose one;
    one.reps = one.minReps = one.maxReps = 1;
    EXPECT_EQ(DoseText::describeRepetitions(one), QStringLiteral("Einmal, langsam"));
    RepetitionDose ten;
    ten.reps = ten.minReps = ten.maxReps = 10;
    EXPECT_EQ(DoseText::describeRepetitions(ten), QStringLiteral("10-mal, langsam"));
    EXPECT_EQ(QCoreApplication::translate("limber::SummaryView", "You did %n exercises in %1.", "", 1),
              QStringLiteral("Du hast 1 Übung in %1 gemacht."));
    EXPECT_EQ(QCoreApplication::translate("limber::SummaryView", "You did %n exercises in %1.", "", 4),
              QStringLiteral("Du hast 4 Übungen in %1 gemacht."));
    EXPECT_EQ(QCoreApplication::translate("limber::VoiceLines", "Hold for %n seconds.", "", 1),
              QStringLiteral("Halte 1 Sekunde."));
    EXPECT_EQ(QCoreApplication::translate("limber::VoiceLines", "Hold for %n seconds.", "", 20),
              QStringLiteral("Halte 20 Sekunden."));
}

TEST_F(PreferencesTest, EnglishCountsInTheSingularAndThePlural)
{
    // English has no translation but its plural forms: never "1 exercises" or "5 minute(s)".
    for (const QString& code : {QStringLiteral("en"), QStringLiteral("it")}) { // it: not shipped, English instead
        Translations::apply(code);
        EXPECT_EQ(Translations::current().language(), QLocale::English) << code.toStdString();
        EXPECT_EQ(QCoreApplication::translate("limber::VoiceLines", "Hold for %n seconds.", "", 1),
                  QStringLiteral("Hold for 1 second."));
        EXPECT_EQ(QCoreApplication::translate("limber::VoiceLines", "Hold for %n seconds.", "", 20),
                  QStringLiteral("Hold for 20 seconds."));
        EXPECT_EQ(QCoreApplication::translate("limber::StretchTray", "%n minute(s)", "", 1),
                  QStringLiteral("1 minute"));
        EXPECT_EQ(QCoreApplication::translate("limber::StretchTray", "%n minute(s)", "", 5),
                  QStringLiteral("5 minutes"));
        // Everything else stays the source text.
        EXPECT_EQ(QCoreApplication::translate("limber::StretchTray", "Quit"), QStringLiteral("Quit"));
    }
}

TEST_F(PreferencesTest, EveryShippedLanguageTranslatesTheCatalog)
{
    for (const QString& code : {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr")}) {
        Translations::apply(code);
        EXPECT_TRUE(Translations::hasCatalog(QLocale(code))) << code.toStdString();
        for (const char* text : catalogSourceTexts()) {
            const QString english = QString::fromUtf8(text);
            // "Piriformis" and "Cobra" may stay as they are; the sentences may not.
            if (english.contains(QLatin1Char(' '))) {
                EXPECT_NE(catalogText(english), english) << code.toStdString() << ": " << text;
            }
        }
    }
    Translations::apply(QStringLiteral("en"));
    EXPECT_EQ(catalogText(QStringLiteral("Lower back")), QStringLiteral("Lower back"));
}

TEST_F(PreferencesTest, OffersSystemAndEachLanguageInItsOwnWords)
{
    QStringList names;
    for (const Translations::Language& language : Translations::languages())
        names.append(language.nativeName);
    EXPECT_EQ(names.mid(1),
              (QStringList {QStringLiteral("English"), QStringLiteral("Deutsch"), QStringLiteral("Español"),
                            QStringLiteral("Français")}));
    EXPECT_TRUE(Translations::languages().constFirst().code.isEmpty());
}

} // namespace
} // namespace limber
