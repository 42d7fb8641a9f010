// Feeds arbitrary command lines (one argument per line) to the parser and
// arbitrary --plan/--start targets to the planner.
#include "startup/CommandLine.h"

#include "limber/CatalogLoader.h"
#include "limber/Plan.h"

#include <spdlog/spdlog.h>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const limber::Catalog catalog = [] {
        spdlog::set_level(spdlog::level::off);
        return limber::loadCatalogs(limber::builtInCatalogPath(), QString()).catalog;
    }();

    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QStringList arguments = text.split(QLatin1Char('\n'));
    // --help and --version print and exit by design; that is not a finding.
    for (const QString& argument : arguments) {
        if (argument.startsWith(QLatin1Char('-')) && !argument.startsWith(QStringLiteral("--"))
            && (argument.contains(QLatin1Char('h')) || argument.contains(QLatin1Char('v'))))
            return 0;
        const QString name = argument.section(QLatin1Char('='), 0, 0);
        if (name.startsWith(QStringLiteral("--h")) || name.startsWith(QStringLiteral("--v")))
            return 0;
    }
    arguments.prepend(QStringLiteral("limber"));
    const limber::CommandLine commandLine = limber::CommandLine::parse(arguments);
    if (commandLine.action == limber::CommandLine::Action::Error && commandLine.error.isEmpty())
        std::abort(); // a rejected command line must say why
    if (commandLine.timeScale <= 0.0)
        std::abort();

    const limber::Planner planner(catalog);
    QString error;
    const QStringList ids = planner.resolveTarget(text, &error);
    if (ids.isEmpty() == error.isEmpty())
        std::abort(); // either a routine or a reason, never both or neither
    if (!ids.isEmpty() && planner.plan(ids).isEmpty())
        std::abort();
    return 0;
}
