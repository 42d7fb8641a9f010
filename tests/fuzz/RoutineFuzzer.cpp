// Feeds arbitrary bytes to the routine reader. Whatever it accepts must
// write back to the same routine and plan cleanly against the built-in catalog.
#include "limber/CatalogLoader.h"
#include "limber/Plan.h"
#include "limber/routines/RoutineReader.h"
#include "limber/routines/RoutineWriter.h"

#include <spdlog/spdlog.h>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const limber::Catalog catalog = [] {
        spdlog::set_level(spdlog::level::off);
        return limber::loadCatalogs(limber::builtInCatalogPath(), QString()).catalog;
    }();

    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const limber::RoutineParseResult result = limber::RoutineReader::parse(json, QStringLiteral("fuzz.json"));
    for (const limber::JsonIssue& issue : result.issues) {
        if (issue.file != QStringLiteral("fuzz.json") || issue.message.isEmpty())
            std::abort(); // every finding must name the file and say what is wrong
    }
    if (!result.ok())
        return 0;
    const limber::RoutineParseResult again
        = limber::RoutineReader::parse(limber::RoutineWriter::toBytes(result.routine), QStringLiteral("again.json"));
    if (!again.ok() || !(again.routine == result.routine))
        std::abort(); // what was read must be written back unchanged
    limber::RoutineReader::validate(result.routine, catalog, QStringLiteral("fuzz.json"));
    const limber::Plan plan = limber::Planner(catalog).plan(result.routine);
    qint64 sum = 0;
    for (const limber::Step& step : plan.steps) {
        if (step.durationMs <= 0)
            std::abort();
        sum += step.durationMs;
    }
    if (sum != plan.totalMs)
        std::abort();
    return 0;
}
