// What the window costs before its first frame, and what waits until a page
// is first shown (widgets/LazyPage). Each iteration builds the window, shows
// it on the offscreen platform and paints it, as LimberApp's start does;
// the session benchmark times the first start of a session in a fresh window
// (its page and summary are built then).
//
//   build/release/tests/limber_startup_benchmarks
#include "MainWindow.h"
#include "home/BodyFigure.h"
#include "home/BodyFigureBaked.h"
#include "home/BodyFigureDesign.h"
#include "pose/PoseLibrary.h"
#include "tray/ResidentCode.h"
#include "widgets/WrappedLabel.h"

#include "limber/CatalogLoader.h"
#include "limber/Clock.h"
#include "limber/GuidedSession.h"

#include <QApplication>
#include <QLabel>
#include <QStandardPaths>

#include <benchmark/benchmark.h>
#include <spdlog/spdlog.h>

using namespace limber;

namespace {

const Catalog& catalog()
{
    static const Catalog loaded = loadCatalogs(builtInCatalogPath(), QString()).catalog;
    return loaded;
}

void paintNow(QWidget& window)
{
    window.show();
    QCoreApplication::sendPostedEvents();
    window.repaint();
}

// The body figure's parts as every start built them before (cutting the
// areas out of the outline) and as it builds them now (from the numbers the
// build wrote): the ratio is what baking saves.
void bodyFigureDesigned(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(bodyfigure::design());
}
BENCHMARK(bodyFigureDesigned)->Unit(benchmark::kMillisecond);

void bodyFigureBaked(benchmark::State& state)
{
    for (auto _ : state) {
        for (const bodyfigure::BakedPath& part : bodyfigure::bakedParts)
            benchmark::DoNotOptimize(bodyfigure::toPath(part));
    }
}
BENCHMARK(bodyFigureBaked)->Unit(benchmark::kMillisecond);

// A wrapped label's size questions as a first layout asks them (both hints,
// then a few widths), for home's longest words: QLabel shapes the text for
// each, WrappedLabel once. The label is new each time, as at a start.
template <class Label>
void wrappedLabelQuestions(benchmark::State& state)
{
    const QString words = QStringLiteral(
        "These gentle stretches are for everyday aches. They can't tell you what is causing your pain: if it "
        "lasts, keeps coming back or is severe, please have a doctor or chiropractor look at it. Move slowly, "
        "and stop any exercise that makes the pain sharper.");
    for (auto _ : state) {
        Label label(words);
        label.setWordWrap(true);
        benchmark::DoNotOptimize(label.sizeHint());
        benchmark::DoNotOptimize(label.minimumSizeHint());
        for (const int width : {420, 640, 800})
            benchmark::DoNotOptimize(label.heightForWidth(width));
    }
}
BENCHMARK_TEMPLATE(wrappedLabelQuestions, QLabel)->Unit(benchmark::kMicrosecond);
BENCHMARK_TEMPLATE(wrappedLabelQuestions, WrappedLabel)->Unit(benchmark::kMicrosecond);

// The resident-code snapshot the window host takes just before the window is
// built (tray/ResidentCode): /proc/self/maps, then the pagemap of each range.
void residentCodeSnapshot(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(ResidentCode::now().size());
}
BENCHMARK(residentCodeSnapshot)->Unit(benchmark::kMicrosecond);

// Home's first frame: the window with home only, shown and painted.
void firstFrame(benchmark::State& state)
{
    SteadyClock clock;
    GuidedSession session(catalog(), clock);
    BodyFigure::instance(); // read from baked numbers; its first use is bodyFigureBaked's
    for (auto _ : state) {
        MainWindow window(catalog(), session);
        paintNow(window);
        benchmark::DoNotOptimize(window.currentView());
    }
}
BENCHMARK(firstFrame)->Unit(benchmark::kMillisecond);

// The first session in a window: its page and summary are built now, not before home's frame.
void firstSessionStart(benchmark::State& state)
{
    SteadyClock clock;
    GuidedSession session(catalog(), clock);
    BodyFigure::instance();
    PoseLibrary::builtIn();
    for (auto _ : state) {
        state.PauseTiming();
        auto window = std::make_unique<MainWindow>(catalog(), session);
        paintNow(*window);
        state.ResumeTiming();
        window->startSession({QStringLiteral("pelvic-tilt")});
        window->repaint();
        state.PauseTiming();
        session.engine().stop();
        window.reset();
        state.ResumeTiming();
    }
}
BENCHMARK(firstSessionStart)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "default.warning=false");
    QStandardPaths::setTestModeEnabled(true); // the person's own settings and catalog stay out of it
    QApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
