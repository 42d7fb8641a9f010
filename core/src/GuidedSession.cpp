#include "limber/GuidedSession.h"

#include "limber/Clock.h"

namespace limber {

GuidedSession::GuidedSession(const Catalog& catalog, const Clock& clock, TimerSource& timers, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_clock(clock)
    , m_engine(clock)
    , m_driver(m_engine, clock, timers)
{
    // The threshold is in clock time, which --time-scale runs faster than real time.
    m_engine.setStallThresholdMs(static_cast<qint64>(StallAfterRealMs * clock.scale()));
}

bool GuidedSession::prepare(const QStringList& exerciseIds, const PlanOptions& options)
{
    const Plan plan = Planner(m_catalog).plan(exerciseIds, options);
    if (plan.isEmpty())
        return false;
    m_lastExerciseIds = exerciseIds;
    m_lastOptions = options;
    m_lastRoutine.reset();
    m_engine.setPlan(plan);
    return true;
}

bool GuidedSession::prepare(const Routine& routine, const PlanOptions& options)
{
    const Plan plan = Planner(m_catalog).plan(routine, options);
    if (plan.isEmpty())
        return false;
    m_lastExerciseIds = plan.exerciseIds;
    m_lastOptions = options;
    m_lastRoutine = routine;
    m_engine.setPlan(plan);
    return true;
}

bool GuidedSession::prepareAgain()
{
    // Copies: prepare() replaces what they refer to.
    const PlanOptions options = m_lastOptions;
    if (const std::optional<Routine> routine = m_lastRoutine)
        return prepare(*routine, options);
    const QStringList ids = m_lastExerciseIds;
    return prepare(ids, options);
}

void GuidedSession::start()
{
    m_startedAtMs = m_clock.nowMs();
    m_engine.start();
}

qint64 GuidedSession::msSinceStart() const
{
    return m_clock.nowMs() - m_startedAtMs;
}

} // namespace limber
