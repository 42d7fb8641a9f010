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
    m_engine.setPlan(plan);
    return true;
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
