#include "import/WorkraveImportCommand.h"
#include "pictures/PictureChecks.h"
#include "print/HandoutCommand.h"
#include "startup/CommandLine.h"
#include "startup/LimberApp.h"
#include "startup/RemindersCommand.h"
#include "startup/RoutineCommands.h"
#include "startup/SetAsideOnDisk.h"
#include "style/DeferredIconStyle.h"

#include "limber/CatalogLoader.h"
#include "limber/Plan.h"

#include <QApplication>
#include <QTextStream>

#include <spdlog/spdlog.h>

#include <future>
#include <memory>

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

} // namespace

int main(int argc, char** argv)
{
    // Text-only actions (--plan, --list, ...) must work with no display, so
    // they get a QCoreApplication; only a real run creates the GUI one.
    const QStringList arguments = rawArguments(argc, argv);
    const bool textOnly = limber::CommandLine::isTextOnly(arguments);
    // A handout paints but shows nothing: Qt's offscreen platform has the
    // fonts and needs no display, so --pdf works over ssh, in cron and in CI
    // (and never aborts on a DISPLAY whose server has gone).
    const bool printOnly = !textOnly && limber::CommandLine::isPrintOnly(arguments);
    if (printOnly && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // In the tray the window may not open for hours: its artwork can wait.
    const bool inTray
        = arguments.contains(QStringLiteral("--tray")) || arguments.contains(QStringLiteral("--remind-in"));
    std::future<void> warmUp;
    if (!textOnly && !printOnly && !inTray)
        warmUp = limber::LimberApp::warmUp();
    std::unique_ptr<QCoreApplication> app;
    if (textOnly)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else if (printOnly)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else {
        app = std::make_unique<QApplication>(argc, argv);
        // The platform's style, less the menu bar's image plugins before the first frame.
        QApplication::setStyle(new limber::DeferredIconStyle(QApplication::style()->name()));
    }
    describeApplication();

    const limber::CommandLine commandLine = limber::CommandLine::parse(QCoreApplication::arguments());
    if (commandLine.action == limber::CommandLine::Action::Error) {
        QTextStream(stderr) << QStringLiteral("limber: ") << commandLine.error << QLatin1Char('\n')
                            << QStringLiteral("Try 'limber --help'.") << Qt::endl;
        return 2;
    }

    if (textOnly) {
        // The command line's output stays English for scripts.
        spdlog::set_level(commandLine.verbose ? spdlog::level::debug : spdlog::level::warn);
        QTextStream out(stdout);
        QTextStream err(stderr);
        if (commandLine.action == limber::CommandLine::Action::Reminders)
            return limber::runRemindersCommand(commandLine, out, err);
        // --plan for a region follows home: what was set aside because it hurt is left out.
        const limber::SetAside setAside
            = commandLine.action == limber::CommandLine::Action::Plan ? limber::setAsideOnDisk() : limber::SetAside();
        const limber::PictureChecker* pictures = &limber::ImagePictureChecker::instance();
        const limber::LoadedCatalog loaded = limber::loadInstalledCatalogs(pictures);
        if (commandLine.action == limber::CommandLine::Action::ImportWorkrave)
            return limber::runWorkraveImportCommand(commandLine, loaded.catalog, out, err);
        return limber::runTextAction(commandLine, loaded, out, err, setAside, pictures);
    }

    if (commandLine.action == limber::CommandLine::Action::Pdf) {
        spdlog::set_level(commandLine.verbose ? spdlog::level::debug : spdlog::level::warn);
        QTextStream out(stdout);
        QTextStream err(stderr);
        limber::HandoutCommand::Request request {commandLine.target, commandLine.pdfFile, commandLine.pageSize,
                                                 commandLine.language, std::nullopt};
        limber::Catalog catalog = limber::loadInstalledCatalogs(&limber::ImagePictureChecker::instance()).catalog;
        // As for --plan: a region or exercise ids first, then a routine's name, id or file.
        if (limber::Planner(catalog).resolveTarget(commandLine.target).isEmpty()) {
            QString error;
            if (std::optional<limber::FoundRoutine> found = limber::findRoutine(catalog, commandLine.target, &error)) {
                request.routine = found->routine;
                catalog = found->catalog;
            } else if (!error.isEmpty()) {
                err << QStringLiteral("limber: --pdf: ") << error << Qt::endl;
                return 1;
            }
        }
        return limber::HandoutCommand::run(catalog, request, out, err);
    }

    limber::LimberApp limber(commandLine);
    if (const std::optional<int> exitCode = limber.start())
        return *exitCode;
    return QCoreApplication::exec();
}
