#include "CommandLine.h"
#include "Logging.h"
#include "MainWindow.h"

#include "limber/CatalogLoader.h"
#include "limber/Clock.h"
#include "limber/Plan.h"

#include <QApplication>
#include <QTextStream>

#include <spdlog/spdlog.h>

#include <cstdio>
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
    const bool textOnly = limber::CommandLine::isTextOnly(rawArguments(argc, argv));
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
    }

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

    const limber::SteadyClock clock(commandLine.timeScale);
    if (commandLine.timeScale != 1.0)
        spdlog::info("time scale {}: every duration runs {} times faster", commandLine.timeScale,
                     commandLine.timeScale);
    limber::MainWindow window(loaded.catalog, clock);
    if (!problems.isEmpty())
        window.setCatalogProblems(problems);
    window.show();
    if (!startIds.isEmpty())
        window.startSession(startIds);
    return QCoreApplication::exec();
}
