// Feeds arbitrary bytes to the catalog loader. Whatever it accepts must also
// plan and run cleanly, so a valid-but-strange catalog cannot crash a session.
#include "limber/CatalogLoader.h"
#include "limber/SessionEngine.h"

#include <spdlog/spdlog.h>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const bool quiet = [] {
        spdlog::set_level(spdlog::level::off);
        return true;
    }();
    (void)quiet;

    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const limber::CatalogParseResult result = limber::CatalogLoader::parse(json, QStringLiteral("fuzz.json"));
    for (const limber::CatalogIssue& issue : result.issues) {
        if (issue.file != QStringLiteral("fuzz.json") || issue.message.isEmpty())
            std::abort(); // every finding must name the file and say what is wrong
    }
    if (!result.ok())
        return 0;

    QStringList ids;
    for (const limber::Exercise& exercise : result.catalog.exercises())
        ids.append(exercise.id);
    const limber::Plan plan = limber::Planner(result.catalog).plan(ids.mid(0, 5));
    qint64 sum = 0;
    for (const limber::Step& step : plan.steps) {
        if (step.durationMs <= 0)
            std::abort();
        sum += step.durationMs;
    }
    if (sum != plan.totalMs)
        std::abort();

    limber::VirtualClock clock;
    limber::SessionEngine engine(clock);
    engine.setPlan(plan);
    engine.start();
    int ticks = 0;
    while (engine.state() == limber::SessionEngine::State::Running && ticks++ < 100'000) {
        clock.set(engine.nextDeadlineMs());
        engine.tick();
    }
    if (!plan.isEmpty() && engine.state() != limber::SessionEngine::State::Finished)
        std::abort();
    return 0;
}
