// What one animation frame of the session view costs: the engine moves on by
// a frame, the driver asks for a frame, and the window repaints what changed,
// through the offscreen platform's backing store as a real window would.
//
// Reported per frame: process CPU time (the raster engine may hand large fills
// to Qt's GUI thread pool, so the main thread's time alone would flatter it),
// context switches (each hand-off to a pooled thread costs some), and the
// share of one core the session would take at the driver's frame rate
// (core_percent: the whole process, pooled threads included).
//
// The *Steady/*Paced pairs cover a minute of session a second at a time,
// at the old fixed 30 frames a second and as the driver paces frames now
// (when the picture next changes by a pixel), in the same run.
//
//   build/release/tests/limber_frame_benchmarks
#include "SessionStage.h"

#include "limber/CatalogLoader.h"

#include <QApplication>
#include <QStandardPaths>

#include <benchmark/benchmark.h>
#include <spdlog/spdlog.h>

#include <sys/resource.h>
#include <time.h>

using namespace limber;

namespace {

const Catalog& catalog()
{
    static const Catalog loaded = loadCatalogs(builtInCatalogPath(), QString()).catalog;
    return loaded;
}

long contextSwitches()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_nvcsw + usage.ru_nivcsw;
}

double processCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

void runFrames(benchmark::State& state, const QStringList& exerciseIds, qint64 skipMs)
{
    test::SessionStage stage(catalog(), exerciseIds);
    stage.advance(skipMs);
    const bool animates = stage.animates();
    const long switchesBefore = contextSwitches();
    const double cpuBefore = processCpuMs();
    for (auto _ : state)
        stage.frame();
    const double frames = static_cast<double>(state.iterations());
    state.counters["ctx_switches_per_frame"] = static_cast<double>(contextSwitches() - switchesBefore) / frames;
    state.counters["animating"] = animates ? 1 : 0;
    // Frames per second the driver asks for while the step animates.
    state.counters["fps"] = 1000.0 / SessionDriver::FrameIntervalMs;
    // The share of one core this would take at that frame rate, in percent.
    const double cpuMsPerFrame = (processCpuMs() - cpuBefore) / frames;
    state.counters["core_percent"] = 100.0 * cpuMsPerFrame / SessionDriver::FrameIntervalMs;
}

// Each run covers the same minute of the session, frame by frame (more would
// run past its end, where frames cost nothing), so runs compare like for like.
void oneMinuteOfFrames(benchmark::internal::Benchmark* benchmark)
{
    benchmark->Iterations(60'000 / SessionDriver::FrameIntervalMs)
        ->MeasureProcessCPUTime()
        ->UseRealTime()
        ->Unit(benchmark::kMicrosecond);
}

// Shoulder rolls: paced repetitions with the breath guide and a moving figure.
void pacedRepetitionFrame(benchmark::State& state)
{
    runFrames(state, {QStringLiteral("shoulder-rolls")}, 8000);
}
BENCHMARK(pacedRepetitionFrame)->Apply(oneMinuteOfFrames);

// Cat-cow: a larger figure moving on all fours, with the breath guide.
void catCowFrame(benchmark::State& state)
{
    runFrames(state, {QStringLiteral("cat-cow")}, 8000);
}
BENCHMARK(catCowFrame)->Apply(oneMinuteOfFrames);

// A still hold: no frame timer runs, but this is what a frame would cost.
void holdFrame(benchmark::State& state)
{
    runFrames(state, {QStringLiteral("flexion")}, 8000);
}
BENCHMARK(holdFrame)->Apply(oneMinuteOfFrames);

// A second of session per iteration, paced as the app paces it: the driver's
// frame timer, aimed at when the picture next changes by a pixel (Driver),
// or the old steady 30 a second (Steady), for a before/after in one run.
// core_percent is the process CPU per second of session; frames_per_second
// what the pacing asked for.
void runSeconds(benchmark::State& state, const QStringList& exerciseIds, test::SessionStage::Pacing pacing)
{
    test::SessionStage stage(catalog(), exerciseIds, pacing);
    stage.advance(8000);
    int frames = 0;
    QObject::connect(&stage.driver(), &SessionDriver::frame, [&frames] { ++frames; });
    const long switchesBefore = contextSwitches();
    const double cpuBefore = processCpuMs();
    for (auto _ : state)
        stage.advance(1000);
    const double seconds = static_cast<double>(state.iterations());
    state.counters["frames_per_second"] = frames / seconds;
    state.counters["ctx_switches_per_frame"]
        = frames > 0 ? static_cast<double>(contextSwitches() - switchesBefore) / frames : 0.0;
    state.counters["core_percent"] = 100.0 * (processCpuMs() - cpuBefore) / (seconds * 1000.0);
}

void oneMinuteOfSession(benchmark::internal::Benchmark* benchmark)
{
    benchmark->Iterations(60)->MeasureProcessCPUTime()->UseRealTime()->Unit(benchmark::kMillisecond);
}

void shoulderRollsSteady(benchmark::State& state)
{
    runSeconds(state, {QStringLiteral("shoulder-rolls")}, test::SessionStage::Pacing::Steady);
}
BENCHMARK(shoulderRollsSteady)->Apply(oneMinuteOfSession);

void shoulderRollsPaced(benchmark::State& state)
{
    runSeconds(state, {QStringLiteral("shoulder-rolls")}, test::SessionStage::Pacing::Driver);
}
BENCHMARK(shoulderRollsPaced)->Apply(oneMinuteOfSession);

void catCowSteady(benchmark::State& state)
{
    runSeconds(state, {QStringLiteral("cat-cow")}, test::SessionStage::Pacing::Steady);
}
BENCHMARK(catCowSteady)->Apply(oneMinuteOfSession);

void catCowPaced(benchmark::State& state)
{
    runSeconds(state, {QStringLiteral("cat-cow")}, test::SessionStage::Pacing::Driver);
}
BENCHMARK(catCowPaced)->Apply(oneMinuteOfSession);

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The offscreen platform says so at every window size change; it is noise here.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "default.warning=false");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
