#include "limber/CatalogLoader.h"
#include "limber/SessionEngine.h"

#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

#include <random>

using namespace limber;
using State = SessionEngine::State;

namespace {

// Builds a random routine with random options from the built-in catalog.
struct RandomRoutine {
    QStringList ids;
    PlanOptions options;
};

RandomRoutine randomRoutine(const Catalog& catalog, std::mt19937& random)
{
    RandomRoutine routine;
    const QList<Exercise>& all = catalog.exercises();
    const int count = 1 + static_cast<int>(random() % 3);
    for (int i = 0; i < count; ++i)
        routine.ids.append(all[static_cast<int>(random() % all.size())].id);
    routine.options.leadInMs = 1000 + static_cast<int>(random() % 10) * 1000;
    routine.options.restBetweenHoldsMs = static_cast<int>(random() % 11) * 1000;
    routine.options.restBetweenExercisesMs = static_cast<int>(random() % 16) * 1000;
    routine.options.holdMs = 15000 + static_cast<int>(random() % 46) * 1000;
    routine.options.pace = static_cast<Pace>(random() % 3);
    routine.options.reps[QStringLiteral("cobra")] = 20 + static_cast<int>(random() % 11);
    return routine;
}

} // namespace

// 10,000 sessions in virtual time with random routines and random commands
// at random moments. Half only pause and resume, so their exact timing can be
// checked; the other half also skip back and forth.
TEST(SoakTest, TenThousandRandomSessionsKeepEveryInvariant)
{
    spdlog::set_level(spdlog::level::warn);
    const LoadedCatalog loaded = loadCatalogs(builtInCatalogPath(), QString());
    ASSERT_FALSE(loaded.catalog.isEmpty());
    const Planner planner(loaded.catalog);

    std::mt19937 random(20261124);
    VirtualClock clock;
    qint64 totalTicks = 0;
    int finishedSessions = 0;

    for (int session = 0; session < 10'000; ++session) {
        const RandomRoutine routine = randomRoutine(loaded.catalog, random);
        const Plan plan = planner.plan(routine.ids, routine.options);
        ASSERT_FALSE(plan.isEmpty());
        const bool onlyPauses = session % 2 == 0;

        SessionEngine engine(clock);
        engine.setPlan(plan);
        engine.setGetReadyMs(static_cast<qint64>(random() % 4) * 1000);

        int lastIndex = -1;
        bool inTick = false;
        bool orderBroken = false;
        QObject::connect(&engine, &SessionEngine::stepChanged, [&](int index) {
            if (inTick && index != lastIndex + 1)
                orderBroken = true;
            lastIndex = index;
        });
        int sessionDone = 0;
        QObject::connect(&engine, &SessionEngine::cue, [&](Cue cue, int) {
            if (cue == Cue::SessionDone)
                ++sessionDone;
        });

        const qint64 start = clock.nowMs();
        qint64 pausedTotal = 0; // paused + get-ready time, which must never count
        qint64 pausedAt = -1;
        engine.start();
        while (engine.state() != State::Finished && engine.state() != State::Idle) {
            const int roll = static_cast<int>(random() % 100);
            if (roll < 3) {
                if (engine.state() == State::Running) {
                    engine.pause();
                    if (engine.state() == State::Paused)
                        pausedAt = clock.nowMs();
                } else if (engine.state() == State::Paused) {
                    engine.resume();
                    pausedTotal += clock.nowMs() + engine.getReadyMs() - pausedAt;
                }
            } else if (!onlyPauses && roll < 6) {
                switch (random() % 4) {
                case 0:
                    engine.next();
                    break;
                case 1:
                    engine.previous();
                    break;
                case 2:
                    engine.nextExercise();
                    break;
                default:
                    if (random() % 50 == 0)
                        engine.stop();
                    break;
                }
            } else {
                // Like the app's timer: mostly to the deadline, a little late; sometimes early.
                const qint64 deadline = engine.nextDeadlineMs();
                if (deadline < 0)
                    clock.advance(static_cast<qint64>(random() % 60'000)); // paused: time passes
                else if (random() % 5 == 0)
                    clock.set(std::max(clock.nowMs(), deadline - 1 - static_cast<qint64>(random() % 500)));
                else
                    clock.set(deadline + static_cast<qint64>(random() % 30));
                inTick = true;
                engine.tick();
                inTick = false;
                ++totalTicks;
            }

            ASSERT_FALSE(orderBroken) << "session " << session;
            ASSERT_GE(engine.stepRemainingMs(), 0);
            ASSERT_GE(engine.sessionRemainingMs(), 0);
            ASSERT_LE(engine.sessionElapsedMs(), plan.totalMs);
            if (onlyPauses && engine.state() == State::Running) {
                ASSERT_EQ(engine.sessionElapsedMs(), clock.nowMs() - start - pausedTotal)
                    << "session " << session << ": time drifted";
            }
        }
        if (engine.state() == State::Finished) {
            ++finishedSessions;
            ASSERT_EQ(sessionDone, 1);
            ASSERT_EQ(engine.sessionRemainingMs(), 0);
            if (onlyPauses) {
                ASSERT_EQ(engine.completedExercises(), plan.exerciseIds.size());
            }
        }
    }
    EXPECT_GT(finishedSessions, 9'000);
    std::printf("soak: 10000 sessions, %d finished, %lld ticks\n", finishedSessions,
                static_cast<long long>(totalTicks));
}
