// Puts the main window through each state a person sees and saves a picture
// of every one, for the docs and for looking at the app with fresh eyes.
// Time is virtual, so a whole session is "lived through" in a moment.
//
// Usage: limber_screenshots [output-folder] [--dark] [--size WIDTHxHEIGHT]
//   output-folder defaults to docs/screenshots; --dark uses a dark palette,
//   --size another window size (e.g. the minimum, 760x560) to check nothing is cut.
// Run it under a real X server (tools/screenshots.sh uses Xvfb) so fonts render.

#include "MainWindow.h"
#include "exercises/ExerciseEditorDialog.h"
#include "exercises/PoseGallery.h"
#include "home/ExerciseCard.h"
#include "home/ExerciseDetailDialog.h"
#include "home/HomeView.h"
#include "home/RoutinePanel.h"
#include "home/SafetyNote.h"
#include "print/RoutinePrintActions.h"
#include "reminders/CornerPrompt.h"
#include "reminders/CornerPromptPresenter.h"
#include "routines/EntryListModel.h"
#include "routines/RoutineEditor.h"
#include "routines/RoutinesController.h"
#include "routines/StoreLibrary.h"
#include "session/SessionView.h"
#include "session/SummaryView.h"
#include "setaside/HurtMarksPanel.h"
#include "settings/PreferencesDialog.h"
#include "startup/Translations.h"
#include "tray/StretchTray.h"
#include "widgets/NoticeBanner.h"

#include "limber/storage/SqliteHistoryStore.h"

#include "limber/CatalogLoader.h"
#include "limber/Clock.h"
#include "limber/HistoryStats.h"
#include "limber/ReminderScheduler.h"
#include "limber/SessionEngine.h"
#include "limber/SetAsideBook.h"
#include "limber/Timer.h"
#include "limber/routines/RoutineStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QCursor>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPalette>
#include <QPushButton>
#include <QSettings>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>

#include <spdlog/spdlog.h>

namespace {

using limber::SessionEngine;

class Photographer {
public:
    Photographer(limber::MainWindow& window, limber::VirtualClock& clock, QString folder)
        : m_window(window)
        , m_clock(clock)
        , m_folder(std::move(folder))
    {
    }

    // Let layouts, the frame timer and repaints settle before each picture.
    void settle() const
    {
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 150)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }

    void advance(qint64 ms) const
    {
        for (qint64 done = 0; done < ms; done += 100) {
            m_clock.advance(std::min<qint64>(100, ms - done));
            m_window.engine().tick();
        }
    }

    bool shoot(const QString& name) const { return shoot(name, m_window); }

    bool shoot(const QString& name, QWidget& widget) const
    {
        settle();
        const QString path = QDir(m_folder).filePath(name + QStringLiteral(".png"));
        const bool saved = widget.grab().save(path);
        QTextStream(stdout) << (saved ? "saved " : "FAILED ") << path << Qt::endl;
        return saved;
    }

private:
    limber::MainWindow& m_window;
    limber::VirtualClock& m_clock;
    QString m_folder;
};

// A typical dark desktop palette, to check that nothing assumes a light theme.
QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe8, 0xe8, 0xe8);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window.lighter(115));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    palette.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, text.darker(160));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, text.darker(170));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, text.darker(170));
    palette.setColor(QPalette::Disabled, QPalette::Text, text.darker(170));
    return palette;
}

// Three weeks of stretching with reminders answered in every way: two weeks
// at the goal of five, this week under way.
void fillHistory(limber::HistoryStore& store)
{
    using namespace limber;
    const QDate today = QDate::currentDate();
    const QDate monday = startOfWeek(today, Qt::Monday);
    QList<QDate> days;
    for (int week = 2; week >= 1; --week) {
        for (int day : {0, 1, 3, 4, 5})
            days.append(monday.addDays(-7 * week + day));
    }
    for (QDate day = monday; day <= today && days.size() < 13; day = day.addDays(1))
        days.append(day);
    int n = 0;
    for (const QDate& day : days) {
        const QDateTime shown(day, QTime(10, 30));
        ReminderRecord reminder;
        reminder.shown = shown;
        const StoreResult<qint64> reminderId = store.addReminder(reminder);
        if (n % 4 == 3 && reminderId)
            store.setReminderOutcome(reminderId.value(), ReminderOutcome::Snoozed);
        SessionRecord record;
        record.start = shown.addSecs(n % 4 == 3 ? 900 : 20);
        record.regionId = n % 3 == 0 ? QStringLiteral("neck-shoulders") : QStringLiteral("lower-back");
        record.exerciseIds = {QStringLiteral("flexion"), QStringLiteral("lateral-flexion")};
        record.totalSteps = 20;
        record.painBefore = 6 - n / 4;
        const StoreResult<qint64> id = store.beginSession(record);
        if (!id)
            continue;
        SessionProgress done;
        done.at = record.start.addSecs(420);
        done.exercisesCompleted = 2;
        done.resumeExerciseIndex = 2;
        done.stepsCompleted = 20;
        done.activeMs = 360000;
        store.finishSession(id.value(), SessionOutcome::Completed, done);
        store.setPainAfter(id.value(), 4 - n / 5);
        if (reminderId && n % 4 != 3)
            store.setReminderOutcome(reminderId.value(), ReminderOutcome::Finished, id.value());
        if (n % 5 == 2) {
            ReminderRecord skipped;
            skipped.shown = QDateTime(day, QTime(15, 0));
            skipped.reason = ReminderReason::TimeOfDay;
            if (const StoreResult<qint64> skippedId = store.addReminder(skipped))
                store.setReminderOutcome(skippedId.value(), ReminderOutcome::Skipped);
        }
        ++n;
    }
}

// A few routines as a person might keep them: one from a physiotherapist with
// its own holds and notes, one for the desk, one for the evening.
void fillRoutines(limber::RoutineStore& store)
{
    using limber::DoseOverride;
    using limber::Routine;
    DoseOverride twenty;
    twenty.holdSeconds = 20;
    Routine physio;
    physio.name = QStringLiteral("Physio, week 2");
    physio.notes = QStringLiteral("From Dr Berg: slowly into each stretch, never into pain. Stop if it tingles.");
    physio.frequency.timesPerDay = 2;
    physio.entries = {{QStringLiteral("flexion"), twenty, {}},
                      {QStringLiteral("lateral-flexion"), twenty, QStringLiteral("Shoulders stay down")},
                      {QStringLiteral("knee-to-chest"), twenty, {}},
                      {QStringLiteral("piriformis"), twenty, QStringLiteral("Stop if it tingles")}};
    store.save(physio);
    Routine desk;
    desk.name = QStringLiteral("At the desk");
    desk.entries = {{QStringLiteral("shoulder-rolls"), {}, {}}, {QStringLiteral("flexion"), {}, {}}};
    desk.frequency = {3, 5};
    store.save(desk);
    Routine evening;
    evening.name = QStringLiteral("Evening unwind");
    evening.entries = {{QStringLiteral("cat-cow"), {}, {}},
                       {QStringLiteral("childs-pose"), {}, {}},
                       {QStringLiteral("knee-to-chest"), {}, {}}};
    evening.frequency.timesPerDay = 1;
    store.save(evening);
}

} // namespace

namespace limber {
// Nothing idle, locked or in fullscreen: the tray shows the next reminder as planned.
class TestActivity final : public ActivitySource {
public:
    Activity current() const override { return {}; }
};
} // namespace limber

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("limber-screenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("limber-screenshots"));
    // A fresh settings store: the pictures show what a first-time user sees.
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    spdlog::set_level(spdlog::level::warn);
    limber::Translations::apply(QStringLiteral("en")); // as the app: English with its plural forms

    QCommandLineParser parser;
    const QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("Use a dark palette."));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size, e.g. 760x560."),
                                  QStringLiteral("WIDTHxHEIGHT"));
    parser.addOptions({dark, size});
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("Where to save the pictures."));
    parser.process(app);
    const QString folder = parser.positionalArguments().value(0, QStringLiteral("docs/screenshots"));
    QDir().mkpath(folder);
    if (parser.isSet(dark)) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }
    QSize windowSize = limber::MainWindow::DefaultSize;
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(QLatin1Char('x'));
        if (parts.size() == 2)
            windowSize = QSize(parts[0].toInt(), parts[1].toInt());
    }

    const limber::LoadedCatalog loaded = limber::loadCatalogs(limber::builtInCatalogPath(), QString());
    limber::VirtualClock clock;
    limber::GuidedSession session(loaded.catalog, clock);
    limber::MainWindow window(loaded.catalog, session);
    window.setStopConfirmer([] { return true; });
    limber::RoutineStore routines(settingsDir.filePath(QStringLiteral("routines")));
    routines.load();
    limber::StoreLibrary library(routines);
    window.setRoutineLibrary(&library);
    // The editor's Print… and the File menu's routine handouts, as LimberApp adds them.
    new limber::RoutinePrintActions(loaded.catalog, *window.routines(), window);
    window.resize(windowSize);
    window.show();
    // Park the pointer on the empty end of the menu bar, so no hover effect
    // shows up where a person's mouse would not be.
    QCursor::setPos(window.mapToGlobal(QPoint(window.width() - 4, 4)));
    Photographer camera(window, clock, folder);
    bool ok = true;

    ok &= camera.shoot(QStringLiteral("home"));

    limber::SafetyNote::acknowledge();
    window.homeView()->reminder()->hide();
    fillRoutines(routines);
    window.routines()->refresh();
    ok &= camera.shoot(QStringLiteral("routines"));
    // The editor, with the physiotherapist's routine open and its third exercise chosen.
    limber::RoutineEditor& editor = *window.routines()->editor();
    window.routines()->editRoutine(routines.routines().first().id);
    editor.entryList()->setCurrentIndex(editor.entryModel()->index(3, 0));
    ok &= camera.shoot(QStringLiteral("routine-editor"));
    editor.requestClose();

    window.homeView()->selectRegion(QStringLiteral("lower-back"));
    ok &= camera.shoot(QStringLiteral("region"));

    window.homeView()->routinePanel()->cards().last()->detailsButton()->click();
    if (auto* details = window.homeView()->routinePanel()->findChild<limber::ExerciseDetailDialog*>()) {
        ok &= camera.shoot(QStringLiteral("details"), *details);
        details->close();
    }

    window.startSession({QStringLiteral("flexion"), QStringLiteral("lateral-flexion")});
    camera.advance(5000 + 12'000); // twelve seconds into the first hold
    ok &= camera.shoot(QStringLiteral("hold"));

    window.engine().pause();
    ok &= camera.shoot(QStringLiteral("paused"));
    window.engine().resume();
    camera.advance(1000);
    ok &= camera.shoot(QStringLiteral("getready"));
    window.engine().stop();

    // The floor view at the two usual screen sizes, as full screen gives them
    // (set here: Xvfb has no window manager to do it), light and dark.
    window.startSession({QStringLiteral("knee-to-chest")});
    camera.advance(5000 + 9'000);
    window.sessionView()->setFloorView(true);
    for (const QSize floorSize : {QSize(1920, 1080), QSize(1280, 800)}) {
        window.resize(floorSize);
        ok &= camera.shoot(QStringLiteral("floor-%1x%2").arg(floorSize.width()).arg(floorSize.height()));
    }
    const QPalette before = window.palette();
    window.setPalette(darkPalette());
    ok &= camera.shoot(QStringLiteral("floor-dark-1280x800"));
    window.setPalette(before);
    window.sessionView()->setFloorView(false);
    window.engine().stop();
    window.resize(windowSize);

    window.startSession({QStringLiteral("shoulder-rolls")});
    camera.advance(5000 + 1500); // halfway through the first in-breath
    ok &= camera.shoot(QStringLiteral("breath"));

    window.engine().stop();
    window.startSession({QStringLiteral("pelvic-tilt"), QStringLiteral("knee-to-chest")});
    camera.advance(window.engine().plan().totalMs + 1000);
    ok &= camera.shoot(QStringLiteral("summary"));

    // A history of three weeks in a temporary file: home's weekly goal and the History view.
    limber::SqliteHistoryStore history(settingsDir.filePath(QStringLiteral("history.sqlite")));
    limber::SetAsideBook setAside; // outlives the views that are given it
    if (history.open().ok()) {
        fillHistory(history);
        window.setHistory(&history, nullptr, QString());
        window.showHome();
        ok &= camera.shoot(QStringLiteral("home-week"));
        window.showHistory();
        ok &= camera.shoot(QStringLiteral("history"));

        // "This one hurt": marked on the summary, then its card on home.
        setAside.setStore(&history);
        window.setSetAside(setAside);
        window.startSession({QStringLiteral("knee-to-chest"), QStringLiteral("pelvic-tilt")});
        camera.advance(window.engine().plan().totalMs + 1000);
        if (QPushButton* mark = window.summaryView()->hurtMarks()->markButton(QStringLiteral("knee-to-chest")))
            mark->click();
        ok &= camera.shoot(QStringLiteral("summary-hurt"));
        window.showHome();
        window.homeView()->selectRegion(QStringLiteral("lower-back"));
        camera.settle();
        for (limber::ExerciseCard* card : window.homeView()->routinePanel()->cards()) {
            if (card->exerciseId() == QStringLiteral("knee-to-chest"))
                ok &= camera.shoot(QStringLiteral("card-set-aside"), *card);
        }
        setAside.suggestAgain(QStringLiteral("knee-to-chest"));
        camera.settle();
    }

    // Settings and languages: the dialog's tabs, then home in German, where
    // the longer words are the ones to check for cut-off text.
    window.showHome();
    window.findChild<QAction*>(QStringLiteral("preferencesAction"))->trigger();
    if (auto* preferences = window.findChild<limber::PreferencesDialog*>()) {
        ok &= camera.shoot(QStringLiteral("preferences"), *preferences);
        auto* tabs = preferences->findChild<QTabWidget*>();
        tabs->setCurrentIndex(1);
        ok &= camera.shoot(QStringLiteral("preferences-sound"), *preferences);
        tabs->setCurrentIndex(2);
        ok &= camera.shoot(QStringLiteral("preferences-reminders"), *preferences);
        tabs->setCurrentIndex(3);
        ok &= camera.shoot(QStringLiteral("preferences-general"), *preferences);
        preferences->reject();
    }
    // Reminders: the tray's menu, and Limber's own prompt where no notification service runs.
    {
        limber::VirtualTimerSource timers(clock);
        limber::TestActivity activity;
        limber::SystemWallClock wall;
        limber::ReminderScheduler scheduler(clock, wall, activity);
        limber::ReminderSettings on;
        on.enabled = true;
        scheduler.setSettings(on);
        limber::StretchTray tray(loaded.catalog, scheduler);
        tray.setSuggestion(QStringLiteral("Shoulder rolls · 2 min"));
        tray.setDueRoutine(QStringLiteral("Physio, week 2"));
        tray.menu()->popup(window.mapToGlobal(QPoint(window.width() / 2, 80)));
        camera.settle();
        ok &= camera.shoot(QStringLiteral("tray-menu"), *tray.menu());
        tray.menu()->hide();

        limber::CornerPromptPresenter prompt(timers);
        prompt.show({QStringLiteral("Time for a stretch"),
                     QStringLiteral("Flexion stretch · 2 min, right where you sit or stand."), false});
        camera.settle();
        ok &= camera.shoot(QStringLiteral("reminder-prompt"), *prompt.prompt());
        prompt.withdraw();
    }

    // Your own exercises: the editor, filled in as a person would, a figure picked.
    {
        limber::ExerciseEditorDialog exerciseEditor(loaded.catalog, settingsDir.filePath(QStringLiteral("catalog")));
        const auto field = [&exerciseEditor](const QString& name) {
            for (QLineEdit* edit : exerciseEditor.findChildren<QLineEdit*>()) {
                if (edit->accessibleName() == name)
                    return edit;
            }
            return static_cast<QLineEdit*>(nullptr);
        };
        field(QStringLiteral("Name"))->setText(QStringLiteral("Doorway chest stretch"));
        field(QStringLiteral("Targets"))->setText(QStringLiteral("chest, front of the shoulders"));
        field(QStringLiteral("Starting position"))
            ->setText(QStringLiteral("Stand in a doorway, forearms on the frame."));
        for (QCheckBox* place : exerciseEditor.findChildren<QCheckBox*>()) {
            if (place->text() == QStringLiteral("Standing"))
                place->setChecked(true);
        }
        auto* steps = exerciseEditor.findChild<QListWidget*>();
        steps->item(0)->setText(QStringLiteral("Step forward with one foot."));
        steps->addItem(QStringLiteral("Lean gently until you feel the chest open."));
        steps->addItem(QStringLiteral("Keep the shoulders low and breathe slowly."));
        exerciseEditor.gallery()->setCurrentPose(exerciseEditor.gallery()->poseIds().value(3));
        exerciseEditor.show();
        ok &= camera.shoot(QStringLiteral("exercise-exerciseEditor"), exerciseEditor);
    }

    limber::Translations::apply(QStringLiteral("de"));
    ok &= camera.shoot(QStringLiteral("region-de"));
    window.findChild<QAction*>(QStringLiteral("preferencesAction"))->trigger();
    if (auto* preferences = window.findChild<limber::PreferencesDialog*>()) {
        ok &= camera.shoot(QStringLiteral("preferences-de"), *preferences);
        preferences->reject();
    }
    // The corner prompt at its widest: German, with the due routine as a second choice.
    {
        limber::VirtualTimerSource timers(clock);
        limber::CornerPromptPresenter prompt(timers);
        const auto reminder
            = [](const char* text) { return QCoreApplication::translate("limber::ReminderService", text); };
        prompt.show({reminder("Time for a stretch"),
                     reminder("%1, right where you sit or stand.").arg(QStringLiteral("Flexion stretch · 2 min")),
                     false,
                     reminder("Start “%1”").arg(QStringLiteral("Physiotherapie nach der Bandscheiben-OP, Woche 2"))});
        camera.settle();
        ok &= camera.shoot(QStringLiteral("reminder-prompt-routine-de"), *prompt.prompt());
        prompt.withdraw();
    }
    limber::Translations::apply(QStringLiteral("en"));

    return ok ? 0 : 1;
}
