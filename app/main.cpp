#include "CommandLine.h"
#include "Logging.h"
#include "FirstFrameProbe.h"
#include "HistoryRecorder.h"
#include "MainWindow.h"
#include "SingleInstance.h"
#include "SqliteHistoryStore.h"
#include "Translations.h"
#include "audio/CuePlayer.h"
#include "audio/SoundSettings.h"
#include "audio/VoiceGuide.h"
#include "BodyFigure.h"
#include "pose/PoseLibrary.h"

#include "limber/CatalogLoader.h"
#include "limber/Clock.h"
#include "limber/Plan.h"
#include "limber/Settings.h"

#include <QApplication>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>
#include <future>
#include <memory>
#include <utility>

namespace {

QStringList rawArguments(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("limber"));
    QCoreApplication::setApplicationName(QStringLiteral("limber"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIMBER_VERSION));
}

// Chimes and the optional voice. Made once the first window is shown, so that
// loading Multimedia and the speech engine stays off the start-up path.
limber::CuePlayer* startAudio(limber::MainWindow& window, const limber::Catalog& catalog, const limber::Clock& clock)
{
    const QSettings store;
    auto* chimes = new limber::CuePlayer(limber::SoundSettings::load(store), &window);
    chimes->follow(window.engine());
    window.watchSound(*chimes);

    const limber::SessionSettings session = limber::SessionSettings::load(store);
    auto* voice = new limber::VoiceGuide(catalog, &window);
    voice->follow(window.engine(), clock.scale());
    voice->setLanguage(session.language.isEmpty() ? QLocale() : QLocale(session.language));
    voice->setVoiceName(session.voiceName);
    voice->setEnabled(session.voiceEnabled);
    // The voice speaks after the chime of the same moment has rung out.
    QObject::connect(chimes, &limber::CuePlayer::moment, voice, &limber::VoiceGuide::speakMoment);
    return chimes;
}

// --quit-at-end and --pause-at: let a script run a session unattended (tests/audio).
void armTestingAids(limber::SessionEngine& engine, const limber::CommandLine& commandLine,
                    const limber::Clock& clock)
{
    if (commandLine.quitAtEnd) {
        QObject::connect(&engine, &limber::SessionEngine::finished, qApp, [] {
            constexpr int RingOutMs = 3000; // the last chime is heard to its end
            QTimer::singleShot(RingOutMs, qApp, &QCoreApplication::quit);
        });
    }
    if (commandLine.pauseAtMs >= 0 && engine.isActive()) {
        const qint64 clockMs = std::max<qint64>(0, commandLine.pauseAtMs - engine.sessionElapsedMs());
        const auto realMs = static_cast<int>(static_cast<double>(clockMs) / clock.scale());
        const qint64 pauseForMs = commandLine.pauseForMs;
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

} // namespace

int main(int argc, char** argv)
{
    // Text-only actions (--plan, --list, ...) must work with no display, so
    // they get a QCoreApplication; only a real run creates the GUI one.
    const bool textOnly = limber::CommandLine::isTextOnly(rawArguments(argc, argv));
    // The home figure's regions (path boolean operations) and the pose
    // artwork (a JSON parse) take several milliseconds and need no GUI: build
    // them on a second core while Qt connects to the display. Both are
    // function statics, so a first use on this thread simply waits for them.
    std::future<void> warmUp;
    if (!textOnly) {
        warmUp = std::async(std::launch::async, [] {
            limber::BodyFigure::instance();
            limber::PoseLibrary::builtIn();
        });
    }
    std::unique_ptr<QCoreApplication> app;
    if (textOnly)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    describeApplication();

    QTextStream out(stdout);
    QTextStream err(stderr);
    const limber::CommandLine commandLine = limber::CommandLine::parse(QCoreApplication::arguments());
    if (commandLine.action == limber::CommandLine::Action::Error) {
        err << QStringLiteral("limber: ") << commandLine.error << QLatin1Char('\n')
            << QStringLiteral("Try 'limber --help'.") << Qt::endl;
        return 2;
    }

    if (textOnly) {
        spdlog::set_level(commandLine.verbose ? spdlog::level::debug : spdlog::level::warn);
    } else {
        const QString logFile = limber::setUpLogging(commandLine.verbose);
        spdlog::info("Limber {} starting; log file: {}", LIMBER_VERSION,
                     logFile.isEmpty() ? std::string("none") : logFile.toStdString());
        if (const QString problem = limber::settingsFileProblem(QSettings()); !problem.isEmpty())
            spdlog::warn("{}", problem.toStdString());
    }

    // The interface language, before any window exists; the command line's output stays English for scripts.
    if (!textOnly)
        limber::Translations::apply(limber::SessionSettings::load(QSettings()).language);
    const limber::LoadedCatalog loaded = limber::loadCatalogs(QStringLiteral(":/limber/catalog/builtin.json"),
                                                              limber::userCatalogFolder());
    QStringList problems;
    for (const limber::CatalogIssue& issue : loaded.issues) {
        problems.append(issue.toString());
        if (issue.severity == limber::CatalogIssue::Severity::Error)
            spdlog::error("catalog: {}", issue.toString().toStdString());
        else
            spdlog::warn("catalog: {}", issue.toString().toStdString());
    }

    switch (commandLine.action) {
    case limber::CommandLine::Action::List:
        return limber::printCatalog(loaded.catalog, out);
    case limber::CommandLine::Action::Plan:
        return limber::printPlan(loaded.catalog, commandLine.target, commandLine.json, out, err);
    case limber::CommandLine::Action::Validate:
        return limber::validateCatalogFile(loaded.catalog, commandLine.validateFile, out, err);
    case limber::CommandLine::Action::Gui:
    case limber::CommandLine::Action::Error:
    case limber::CommandLine::Action::Done:
        break;
    }

    QStringList startIds;
    if (!commandLine.target.isEmpty()) {
        QString error;
        startIds = limber::Planner(loaded.catalog).resolveTarget(commandLine.target, &error);
        if (startIds.isEmpty()) {
            err << QStringLiteral("limber: --start: ") << error << Qt::endl;
            return 2;
        }
    }

    // One Limber per user: a second one hands its request to the running one and leaves.
    limber::SingleInstance instance;
    if (instance.forwardToRunning(startIds)) {
        spdlog::info("Limber is already running; asked it to come forward{}",
                     startIds.isEmpty() ? std::string() : " and start " + commandLine.target.toStdString());
        return 0;
    }
    instance.listen();

    const limber::SteadyClock clock(commandLine.timeScale);
    if (commandLine.timeScale != 1.0)
        spdlog::info("time scale {}: every duration runs {} times faster", commandLine.timeScale,
                     commandLine.timeScale);
    // Declaration order matters: the store outlives the window (and its
    // engine), and the recorder, made after the window, goes before both.
    limber::SqliteHistoryStore history;
    limber::MainWindow window(loaded.catalog, clock);
    limber::HistoryRecorder recorder(history, window.engine(), clock, loaded.catalog);
    QObject::connect(&instance, &limber::SingleInstance::activationRequested, &window,
                     [&window](const QStringList& ids) { limber::bringForward(window, ids); });
    if (!problems.isEmpty())
        window.setCatalogProblems(problems);

    // What the first frame does not need waits until it is on screen: the
    // database (its driver loads a plugin), then sound and voice. Nothing can
    // start a session before this has run: a --start waits for the chimes, and
    // a request from a second instance is queued behind it.
    bool finished = false;
    const auto finishStartup = [&] {
        if (std::exchange(finished, true))
            return;
        const auto opened = history.open();
        if (!opened.ok())
            window.setHistory(nullptr, &recorder, opened.errorMessage());
        else
            window.setHistory(&history, &recorder, opened.value().notice);
        limber::CuePlayer* chimes = startAudio(window, loaded.catalog, clock);
        // A session asked for on the command line starts once its chimes are
        // loaded (a few milliseconds), so that even its first moment is heard on time.
        chimes->whenReady(&window, [&window, &clock, &commandLine, startIds] {
            if (!startIds.isEmpty())
                window.startSession(startIds);
            armTestingAids(window.engine(), commandLine, clock);
        });
    };
    auto* probe = new limber::FirstFrameProbe(&window);
    // Queued: after the frame has been painted and flushed, not in its midst.
    QObject::connect(probe, &limber::FirstFrameProbe::firstFramePainted, &window, finishStartup,
                     Qt::QueuedConnection);
    // In case the window is never painted (started minimised, a platform that
    // does not expose it), the rest must still happen.
    constexpr int UnpaintedStartupMs = 1000;
    QTimer::singleShot(UnpaintedStartupMs, &window, finishStartup);
    window.show();
    return QCoreApplication::exec();
}
