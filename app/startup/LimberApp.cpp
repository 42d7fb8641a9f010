#include "startup/LimberApp.h"

#include "startup/RoutineCommands.h"

#include "MainWindow.h"
#include "audio/Chimes.h"
#include "audio/SoundModule.h"
#include "audio/SoundSettings.h"
#include "audio/SpeechEngine.h"
#include "audio/VoiceGuide.h"
#include "exercises/OwnExerciseActions.h"
#include "home/HomeView.h"
#include "home/RoutinePanel.h"
#include "pictures/PictureChecks.h"
#include "pose/PoseLibrary.h"
#include "print/RoutinePrintActions.h"
#include "reminders/ReminderService.h"
#include "remote/RemoteControl.h"
#include "routines/RoutineFiles.h"
#include "routines/RoutinesController.h"
#include "routines/StoreLibrary.h"
#include "startup/FirstFrameProbe.h"
#include "startup/Logging.h"
#include "startup/SetAsideOnDisk.h"
#include "startup/Translations.h"
#include "tray/StretchTray.h"
#include "tray/TrayCompanion.h"

#include "limber/Plan.h"
#include "limber/ReminderJournal.h"
#include "limber/Settings.h"
#include "limber/Timer.h"

#include <QApplication>
#include <QEvent>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace limber {

namespace {

// Logging and the interface language come before anything that could log or
// show a word; a member initialiser runs this ahead of the catalog.
LoadedCatalog startLoggingAndLoadCatalog(const CommandLine& commandLine)
{
    const QString logFile = setUpLogging(commandLine.verbose);
    spdlog::info("Limber {} starting; log file: {}", LIMBER_VERSION,
                 logFile.isEmpty() ? std::string("none") : logFile.toStdString());
    if (const QString problem = settingsFileProblem(QSettings()); !problem.isEmpty())
        spdlog::warn("{}", problem.toStdString());
    // The interface language, before any window exists.
    Translations::apply(SessionSettings::load(QSettings()).language);
    return loadInstalledCatalogs(&ImagePictureChecker::instance());
}

QLocale voiceLanguage(const SessionSettings& settings)
{
    return settings.language.isEmpty() ? QLocale() : QLocale(settings.language);
}

} // namespace

std::future<void> LimberApp::warmUp()
{
    // A function static, so a first use on the GUI thread simply waits for it.
    // (The body figure, once the biggest job here, is read from numbers the
    // build wrote and no longer needs a thread of its own.)
    return std::async(std::launch::async, [] { PoseLibrary::builtIn(); });
}

LimberApp::LimberApp(const CommandLine& commandLine)
    : m_commandLine(commandLine)
    , m_clock(commandLine.timeScale)
    , m_catalog(startLoggingAndLoadCatalog(commandLine))
    , m_session(m_catalog.catalog, m_clock)
    , m_recorder(m_history, m_session.engine(), m_clock, m_catalog.catalog)
    , m_windows([this] { return std::make_unique<MainWindow>(m_catalog.catalog, m_session); })
{
}

LimberApp::~LimberApp() = default;

std::optional<int> LimberApp::start()
{
    if (!m_commandLine.target.isEmpty()) {
        QString error;
        // A region starts what home would tick: not what was set aside because it hurt.
        m_startIds = Planner(m_catalog.catalog).resolveTarget(m_commandLine.target, &error, setAsideOnDisk());
        if (m_startIds.isEmpty()) { // a routine's name, id or file, run with its own doses
            if (const std::optional<FoundRoutine> found
                = findRoutine(m_catalog.catalog, m_commandLine.target, &error)) {
                m_startRoutine = found->routine;
                m_startIds = Planner(m_catalog.catalog).plan(found->routine).exerciseIds;
            }
        }
        if (m_startIds.isEmpty()) {
            QTextStream(stderr) << QStringLiteral("limber: --start: ") << error << Qt::endl;
            return 2;
        }
    }

    // One Limber per user: a second one hands its request to the running one and leaves.
    InstanceRequest request;
    request.startIds = m_startIds;
    if (m_startRoutine) // the running Limber finds it again: a file by its full path, a saved one by id
        request.startRoutine = QFileInfo::exists(m_commandLine.target)
            ? QFileInfo(m_commandLine.target).absoluteFilePath()
            : m_startRoutine->id;
    request.remindInMs = m_commandLine.remindInMs;
    request.importFile = m_commandLine.openFile;
    // A reminder asked for from a script, or a start at log-in, must not pull the window forward.
    request.show = !startsInTray();
    if (m_instance.forwardToRunning(request)) {
        if (request.remindInMs >= 0)
            spdlog::info("Limber is already running; asked it for a reminder in {} s", request.remindInMs / 1000);
        else
            spdlog::info("Limber is already running; asked it to come forward{}",
                         m_startIds.isEmpty() ? std::string() : " and start " + m_commandLine.target.toStdString());
        return 0;
    }
    m_instance.listen();

    if (m_clock.scale() != 1.0)
        spdlog::info("time scale {}: every duration runs {} times faster", m_clock.scale(), m_clock.scale());
    m_session.setGetReadyMs(static_cast<qint64>(SessionSettings::load(QSettings()).getReadySeconds) * 1000);

    // The desktop entry names Limber to notification servers and Wayland compositors.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.limber.Limber"));
    connect(&m_instance, &SingleInstance::requestReceived, this, &LimberApp::onInstanceRequest);
    for (const CatalogIssue& issue : m_catalog.issues)
        m_problems.append(issue.toString());
    // A routine file that cannot be read is named in the same banner and left exactly as it is.
    for (const JsonIssue& issue : m_routines.load())
        m_problems.append(issue.toString());
    m_routineLibrary = std::make_unique<StoreLibrary>(m_routines);
    connect(&m_windows, &WindowHost::built, this, &LimberApp::wireWindow);

    // In case the window is never painted (started minimised, a platform that
    // does not expose it, or in the tray, where it is not even built), the
    // rest must still happen.
    constexpr int UnpaintedStartupMs = 1000;
    QTimer::singleShot(UnpaintedStartupMs, this, &LimberApp::finishStartup);
    if (startsInTray()) {
        // The window waits until something shows it (WindowHost).
        spdlog::info("starting in the tray");
        return std::nullopt;
    }
    MainWindow& window = m_windows.window();
    // What the first frame does not need waits until it is on screen: the
    // database (its driver loads a plugin), then sound and voice. Nothing can
    // start a session before this has run: a --start waits for the chimes, and
    // a request from a second instance is queued behind it.
    auto* probe = new FirstFrameProbe(&window);
    // Queued: after the frame has been painted and flushed, not in its midst.
    connect(probe, &FirstFrameProbe::firstFramePainted, this, &LimberApp::finishStartup, Qt::QueuedConnection);
    window.show();
    return std::nullopt;
}

// The window has just been built (at once, or in the tray when first shown): what it shows and what it asks for.
void LimberApp::wireWindow(MainWindow& window)
{
    connect(&window, &MainWindow::preferencesApplied, this, &LimberApp::applyPreferences);
    connect(&window, &MainWindow::quitRequested, this, &LimberApp::quit);
    const auto addExercises = [this](const QList<Exercise>& exercises) {
        // The views look exercises up by id whenever they show them, so new
        // ones simply appear; home shows where they went.
        for (const Exercise& exercise : exercises)
            m_catalog.catalog.addExercise(exercise);
        if (!exercises.isEmpty())
            showChangedRegion(exercises.constFirst().regionId);
    };
    connect(&window, &MainWindow::exercisesImported, this, addExercises);
    // Edit…, Delete… and Make a Copy to Edit… on an exercise's details (app/exercises).
    // Children of the window: they go with it when it is released to the tray.
    auto* ownActions = new OwnExerciseActions(
        m_catalog.catalog, userCatalogFolder(), [this](const QString& regionId) { showChangedRegion(regionId); },
        &window);
    connect(window.homeView(), &HomeView::detailsOpened, ownActions, &OwnExerciseActions::addButtons);
    window.setRoutineLibrary(m_routineLibrary.get());
    m_routineFiles = new RoutineFiles(m_catalog.catalog, m_routines, *window.routines(), window);
    connect(m_routineFiles, &RoutineFiles::exercisesInstalled, this, addExercises); // a .limber file's own exercises
    new RoutinePrintActions(m_catalog.catalog, *window.routines(), window);
    ownActions->setRoutines(&m_routines);
    if (!m_problems.isEmpty())
        window.setCatalogProblems(m_problems);
    if (!m_startupFinished)
        return; // finishStartup hands it the history, and sound once it is seen
    showHistoryIn(window);
    if (m_chimes) {
        window.watchSound(*m_chimes);
        window.setSpeechSystem(m_speech.get());
    } else {
        window.installEventFilter(this); // sound and voice when it first shows
    }
}

void LimberApp::showHistoryIn(MainWindow& window)
{
    window.setHistory(m_historyOpened ? &m_history : nullptr, &m_recorder, m_historyNotice);
    if (m_historyOpened)
        window.setSetAside(m_setAside);
}

void LimberApp::finishStartup()
{
    if (std::exchange(m_startupFinished, true))
        return;
    // The icon theme's lookup reads every theme's index (about a tenth of the
    // time to the first frame); the window gets its icon a moment after it is up.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.limber.Limber"),
                                                 QIcon(QStringLiteral(":/limber/icons/limber.svg"))));
    const auto opened = m_history.open();
    m_historyOpened = opened.ok();
    m_historyNotice = opened.ok() ? opened.value().notice : opened.errorMessage();
    if (opened.ok())
        m_setAside.setStore(&m_history);
    // In the tray nothing needs sound until the window opens (every session
    // starts in it): the sound module is loaded then, which
    // keeps Limber small while it waits all day.
    if (MainWindow* window = m_windows.existing()) {
        showHistoryIn(*window);
        if (window->isVisible())
            startAudio();
        else
            window->installEventFilter(this);
    }
    if (opened.ok())
        m_journal = std::make_unique<ReminderJournal>(m_history, m_recorder);
    startRemoteControl();
    startTrayCompanion();
    // "limber FILE.limber" (a double click in a file manager): the import's preview, over the window.
    if (!m_commandLine.openFile.isEmpty())
        importFile(m_commandLine.openFile);
    MainWindow* window = m_windows.existing();
    if (!m_chimes || !window)
        return;
    // A session asked for on the command line starts once its chimes are
    // loaded (a few milliseconds), so that even its first moment is heard on time.
    m_chimes->whenReady(window, [this, window] {
        if (m_startRoutine)
            window->startSession(*m_startRoutine);
        else if (!m_startIds.isEmpty())
            window->startSession(m_startIds);
        armTestingAids();
    });
}

bool LimberApp::eventFilter(QObject* watched, QEvent* event)
{
    // The window opens from the tray for the first time: sound and voice now,
    // before any session in it can start.
    if (watched == m_windows.existing() && event->type() == QEvent::Show && !m_chimes) {
        watched->removeEventFilter(this);
        startAudio();
    }
    return QObject::eventFilter(watched, event);
}

bool LimberApp::startsInTray() const
{
    return m_commandLine.tray || m_commandLine.remindInMs >= 0;
}

// Reminders and the tray icon: D-Bus and the panel are not needed for the first frame.
void LimberApp::startTrayCompanion()
{
    m_companion = std::make_unique<TrayCompanion>(m_catalog.catalog, m_clock, m_windows, m_session, realTimers(),
                                                  startsInTray());
    connect(m_companion.get(), &TrayCompanion::quitRequested, this, &LimberApp::quit);
    ReminderService& reminders = m_companion->reminders();
    reminders.setRecentRegion(recentRegion());
    reminders.setSetAside(&m_setAside);
    reminders.setRoutines(&m_routines, m_historyOpened ? &m_history : nullptr); // a routine due today is offered too
    m_companion->refreshDueRoutine();
    m_companion->tray().setSuggestion(reminders.suggestionTitle());
    connect(&m_setAside, &SetAsideBook::changed, m_companion.get(),
            [this] { m_companion->tray().setSuggestion(m_companion->reminders().suggestionTitle()); });
    if (m_journal) {
        connect(&reminders, &ReminderService::reminderShown, m_journal.get(),
                [this](ReminderReason reason) { m_journal->shown(reason); });
        connect(&reminders, &ReminderService::reminderAnswered, m_journal.get(), &ReminderJournal::answered);
    }
    // Reminders prefer the region the person last stretched for.
    connect(&m_recorder, &HistoryRecorder::sessionEnded, this,
            [this] { m_companion->reminders().setRecentRegion(recentRegion()); });
    // A reminder that asks for a chime the notification server cannot ring gets Limber's own.
    connect(&reminders, &ReminderService::chimeWanted, this, [this] {
        if (!m_chimes)
            startAudio();
        m_chimes->whenReady(this, [this] { m_chimes->playReminder(); });
    });
    if (m_commandLine.remindInMs >= 0)
        m_companion->remindIn(m_commandLine.remindInMs);
    if (!m_windows.existing()) { // the window's banners would name them; in the tray, say so from the icon
        QStringList problems = m_problems;
        if (!m_historyNotice.isEmpty())
            problems.append(m_historyNotice); // a damaged history kept aside, or one that cannot be opened
        m_companion->tellFileProblems(problems);
    }
    for (const InstanceRequest& request : std::exchange(m_pendingRequests, {}))
        onInstanceRequest(request);
}

// The session as a media player (keys, headset, phone) and the screen kept on while it runs.
void LimberApp::startRemoteControl()
{
    // Raise builds the window if the tray has not yet; Play only resumes a paused session, which needs none.
    m_remote = std::make_unique<RemoteControl>(m_session, m_catalog.catalog, [this] { m_windows.showWindow(); });
    // Every session runs in the window, so a stop from the remote always finds one.
    connect(m_remote.get(), &RemoteControl::stoppedByRemote, this, [this](int fromExerciseIndex) {
        if (MainWindow* window = m_windows.existing())
            window->showStoppedSummary(fromExerciseIndex);
    });
}

QString LimberApp::recentRegion() const
{
    if (!m_history.isOpen())
        return {};
    const auto sessions = m_history.sessions(QDateTime::currentDateTimeUtc().addDays(-30));
    if (!sessions.ok() || sessions.value().isEmpty())
        return {};
    return sessions.value().constLast().regionId;
}

std::optional<Routine> LimberApp::forwardedRoutine(const QString& reference) const
{
    if (reference.isEmpty())
        return std::nullopt;
    QString error;
    if (const std::optional<FoundRoutine> found = findRoutine(m_catalog.catalog, reference, &error))
        return found->routine;
    spdlog::warn("second instance: routine {}: {}; starting its exercises as the catalog doses them",
                 reference.toStdString(), error.toStdString());
    return std::nullopt;
}

void LimberApp::onInstanceRequest(const InstanceRequest& request)
{
    // Requests that come before the tray companion exists wait for it; the
    // window's own part is queued behind start-up the same way.
    if (!m_companion) {
        m_pendingRequests.append(request);
        return;
    }
    if (request.reloadReminders) {
        spdlog::info("second instance: reminder settings changed");
        m_companion->reloadSettings();
    }
    if (request.remindInMs >= 0) {
        spdlog::info("second instance: a reminder in {} s", request.remindInMs / 1000);
        m_companion->remindIn(request.remindInMs);
    }
    if (request.show)
        m_windows.window().comeForward(request.startIds, forwardedRoutine(request.startRoutine));
    if (!request.importFile.isEmpty())
        importFile(request.importFile);
}

void LimberApp::importFile(const QString& path)
{
    m_windows.window(); // the import's preview opens over it; building it makes m_routineFiles
    m_routineFiles->importFile(path);
}

void LimberApp::showChangedRegion(const QString& regionId)
{
    // The views look exercises up by id whenever they show them; the cards
    // of the region are built again so new ones appear and deleted ones go.
    MainWindow* window = m_windows.existing();
    if (!window)
        return;
    window->homeView()->selectRegion(regionId);
    window->homeView()->routinePanel()->showRegion(regionId);
    window->homeView()->routinePanel()->refresh();
    if (window->routines())
        window->routines()->catalogChanged(); // the routines' lengths, the editor's picker and plan
}

void LimberApp::quit()
{
    // The last progress of a session is saved by the recorder on aboutToQuit.
    spdlog::info("quitting");
    QCoreApplication::quit();
}

// Chimes and the optional voice. Made once the first window is shown, so that
// loading the sound module (QtMultimedia, PulseAudio, the speech engines)
// stays off the start-up path. Without the module both are silent and the
// window says so.
void LimberApp::startAudio()
{
    const QSettings store;
    m_sound = std::make_unique<SoundModule>();
    m_chimes = m_sound->createChimes(SoundSettings::load(store));
    m_chimes->follow(m_session.engine());
    m_speech = m_sound->createSpeechSystem();
    if (MainWindow* window = m_windows.existing()) {
        window->watchSound(*m_chimes);
        window->setSpeechSystem(m_speech.get());
    }

    const SessionSettings session = SessionSettings::load(store);
    m_voice = std::make_unique<VoiceGuide>(m_catalog.catalog, *m_speech, realTimers());
    m_voice->follow(m_session.engine(), m_clock.scale());
    m_voice->setLanguage(voiceLanguage(session));
    m_voice->setVoiceName(session.voiceName);
    m_voice->setEnabled(session.voiceEnabled);
    // The voice speaks after the chime of the same moment has rung out.
    connect(m_chimes.get(), &Chimes::moment, m_voice.get(), &VoiceGuide::speakMoment);
}

void LimberApp::applyPreferences()
{
    // New settings reach the session's rules, the chimes and the voice at once,
    // mid-session too; plan settings apply from the next session.
    const QSettings store;
    const SessionSettings session = SessionSettings::load(store);
    // The get-ready pause after resume (3 s by default, long enough to find the position again).
    m_session.setGetReadyMs(static_cast<qint64>(session.getReadySeconds) * 1000);
    if (m_chimes)
        m_chimes->setSettings(SoundSettings::load(store));
    if (m_companion)
        m_companion->reloadSettings();
    if (m_voice) {
        m_voice->setLanguage(voiceLanguage(session));
        m_voice->setVoiceName(session.voiceName);
        m_voice->setEnabled(session.voiceEnabled);
    }
}

// --quit-at-end and --pause-at: let a script run a session unattended (tests/audio).
void LimberApp::armTestingAids()
{
    SessionEngine& engine = m_session.engine();
    if (m_commandLine.quitAtEnd) {
        connect(&engine, &SessionEngine::finished, qApp, [] {
            constexpr int RingOutMs = 3000; // the last chime is heard to its end
            QTimer::singleShot(RingOutMs, qApp, &QCoreApplication::quit);
        });
    }
    if (m_commandLine.pauseAtMs >= 0 && engine.isActive()) {
        const qint64 clockMs = std::max<qint64>(0, m_commandLine.pauseAtMs - engine.sessionElapsedMs());
        const auto realMs = static_cast<int>(static_cast<double>(clockMs) / m_clock.scale());
        const qint64 pauseForMs = m_commandLine.pauseForMs;
        QTimer::singleShot(realMs, Qt::PreciseTimer, &engine, [&engine, pauseForMs] {
            engine.pause();
            spdlog::info("testing aid: paused at session_ms={} for {} ms", engine.sessionElapsedMs(), pauseForMs);
            QTimer::singleShot(static_cast<int>(pauseForMs), Qt::PreciseTimer, &engine, [&engine] {
                spdlog::info("testing aid: resuming");
                engine.resume();
            });
        });
    }
}

} // namespace limber
