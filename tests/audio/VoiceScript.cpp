#include "VoiceScript.h"

#include "text/VoiceLines.h"

#include "limber/Catalog.h"
#include "limber/Clock.h"
#include "limber/CueEvent.h"
#include "limber/Plan.h"
#include "limber/SessionEngine.h"

#include <algorithm>
#include <utility>

namespace limber::test {

namespace {

// A safety net for a plan that never ends; the longest routine has a few hundred steps.
constexpr int MaxTicks = 100000;

void addLine(QStringList& lines, const QString& line)
{
    if (!line.isEmpty() && !lines.contains(line))
        lines.append(line);
}

void addMoment(QStringList& lines, const QList<CueEvent>& moment, const SessionEngine& engine, const Catalog& catalog)
{
    if (moment.isEmpty())
        return;
    const Plan& plan = engine.plan();
    addLine(lines, VoiceLines::forMoment(moment, plan, catalog));
    if (engine.isActive())
        addLine(lines, VoiceLines::forMoment(moment, plan, catalog, engine.stepRemainingMs()));
    for (const CueEvent& event : moment) {
        if (event.stepIndex < 0 || event.stepIndex >= plan.steps.size())
            continue;
        const Step& step = plan.steps[event.stepIndex];
        for (const QString& line : VoiceLines::forCue(event.cue, step, catalog.exercise(step.exerciseId)))
            addLine(lines, line);
    }
}

void walk(QStringList& lines, const Plan& plan, const Catalog& catalog)
{
    VirtualClock clock;
    SessionEngine engine(clock);
    engine.setPlan(plan);
    QList<CueEvent> moment;
    QObject::connect(&engine, &SessionEngine::cue, [&](Cue cue, int stepIndex) { moment.append({cue, stepIndex}); });
    engine.start();
    addMoment(lines, std::exchange(moment, {}), engine, catalog);
    for (int ticks = 0; ticks < MaxTicks && engine.state() != SessionEngine::State::Finished; ++ticks) {
        const qint64 deadline = engine.nextDeadlineMs();
        if (deadline < 0)
            break;
        clock.set(std::max(deadline, clock.nowMs()));
        engine.tick();
        addMoment(lines, std::exchange(moment, {}), engine, catalog);
    }
}

} // namespace

QStringList everyVoiceLine(const Catalog& catalog)
{
    const Planner planner(catalog);
    QList<QStringList> routines;
    QStringList everything;
    for (const Exercise& exercise : catalog.exercises()) {
        routines.append({exercise.id});
        everything.append(exercise.id);
    }
    for (const Region& region : catalog.regions()) {
        QStringList ids;
        for (const Exercise* exercise : catalog.exercisesOf(region.id))
            ids.append(exercise->id);
        routines.append(ids);
    }
    routines.append(everything);
    QStringList lines;
    for (const QStringList& routine : routines)
        walk(lines, planner.plan(routine), catalog);
    return lines;
}

} // namespace limber::test
