#include "limber/CatalogLoader.h"
#include "limber/Plan.h"
#include "limber/SessionEngine.h"

#include <QFile>

#include <benchmark/benchmark.h>
#include <spdlog/spdlog.h>

using namespace limber;

namespace {

const QString BuiltIn = QStringLiteral(":/limber/catalog/builtin.json");

QByteArray builtInJson()
{
    QFile file(BuiltIn);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

const Catalog& catalog()
{
    static const Catalog loaded = loadCatalogs(BuiltIn, QString()).catalog;
    return loaded;
}

QStringList allExercises()
{
    QStringList ids;
    for (const Exercise& exercise : catalog().exercises())
        ids.append(exercise.id);
    return ids;
}

void catalogParse(benchmark::State& state)
{
    const QByteArray json = builtInJson();
    for (auto _ : state) {
        CatalogParseResult result = CatalogLoader::parse(json, BuiltIn);
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(state.iterations() * json.size());
}
BENCHMARK(catalogParse);

void planRegion(benchmark::State& state)
{
    const Planner planner(catalog());
    const QStringList ids = planner.resolveTarget(QStringLiteral("lower-back"));
    for (auto _ : state) {
        Plan plan = planner.plan(ids);
        benchmark::DoNotOptimize(plan);
    }
}
BENCHMARK(planRegion);

void planEverything(benchmark::State& state)
{
    const Planner planner(catalog());
    const QStringList ids = allExercises();
    PlanOptions options;
    options.reps[QStringLiteral("cobra")] = 30;
    for (auto _ : state) {
        Plan plan = planner.plan(ids, options);
        benchmark::DoNotOptimize(plan);
    }
}
BENCHMARK(planEverything);

// One tick that lands between deadlines: the common case of the frame timer.
void engineTickIdleBetweenDeadlines(benchmark::State& state)
{
    VirtualClock clock;
    SessionEngine engine(clock);
    engine.setPlan(Planner(catalog()).plan(allExercises()));
    engine.start();
    clock.advance(100);
    for (auto _ : state) {
        engine.tick();
        benchmark::DoNotOptimize(engine.stepRemainingMs());
    }
}
BENCHMARK(engineTickIdleBetweenDeadlines);

// A whole session (every exercise) driven deadline to deadline.
void engineWholeSession(benchmark::State& state)
{
    const Plan plan = Planner(catalog()).plan(allExercises());
    qint64 ticks = 0;
    for (auto _ : state) {
        VirtualClock clock;
        SessionEngine engine(clock);
        engine.setPlan(plan);
        engine.start();
        while (engine.state() == SessionEngine::State::Running) {
            clock.set(engine.nextDeadlineMs());
            engine.tick();
            ++ticks;
        }
    }
    state.counters["ticks_per_session"]
        = benchmark::Counter(static_cast<double>(ticks), benchmark::Counter::kAvgIterations);
    state.counters["tick_rate"] = benchmark::Counter(static_cast<double>(ticks), benchmark::Counter::kIsRate);
}
BENCHMARK(engineWholeSession)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    spdlog::set_level(spdlog::level::warn); // transition lines would dominate the timing
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
