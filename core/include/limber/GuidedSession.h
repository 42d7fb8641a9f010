#pragma once

#include "limber/Plan.h"
#include "limber/SessionDriver.h"
#include "limber/SessionEngine.h"
#include "limber/routines/Routine.h"

#include <QObject>
#include <QStringList>

#include <optional>

namespace limber {

class Catalog;
class Clock;

// The session a person is guided through: the engine, the driver that gives it
// its time, and the rules that shape every session (when a gap in ticks means
// the machine slept, how long the get-ready countdown after a pause lasts).
// The composition root owns one; views start it and observe its engine, and
// never decide timing themselves.
class GuidedSession final : public QObject {
    Q_OBJECT

public:
    // A gap of this many real milliseconds between ticks means the machine
    // slept or froze: the engine then pauses where it was instead of racing
    // through the steps it missed.
    static constexpr double StallAfterRealMs = 10000.0;

    // `timers` drive the session (real ones in the app); `clock` is the engine's.
    GuidedSession(const Catalog& catalog, const Clock& clock, TimerSource& timers = realTimers(),
                  QObject* parent = nullptr);

    SessionEngine& engine() { return m_engine; }
    const SessionEngine& engine() const { return m_engine; }
    const SessionDriver& driver() const { return m_driver; }
    SessionDriver& driver() { return m_driver; }

    // The get-ready countdown after resume (a setting, 3 s by default).
    void setGetReadyMs(qint64 ms) { m_engine.setGetReadyMs(ms); }

    // Plans the exercises and hands the plan to the engine, ready to start.
    // False (and nothing changes) when the plan is empty: unknown ids or none.
    bool prepare(const QStringList& exerciseIds, const PlanOptions& options);
    // A routine of the person's own, with its doses and rests (Planner::plan(Routine)).
    bool prepare(const Routine& routine, const PlanOptions& options);
    // Plans again what the last prepare() planned, routine or exercises ("Again").
    bool prepareAgain();
    // Starts what prepare() planned.
    void start();
    // What the last prepare() planned, for "Again".
    const QStringList& lastExerciseIds() const { return m_lastExerciseIds; }
    const PlanOptions& lastOptions() const { return m_lastOptions; }
    // The routine the last prepare() planned, if it was one.
    const std::optional<Routine>& lastRoutine() const { return m_lastRoutine; }
    // Clock time since the last start(), pauses included: what the summary reports.
    qint64 msSinceStart() const;

private:
    const Catalog& m_catalog;
    const Clock& m_clock;
    SessionEngine m_engine;
    SessionDriver m_driver;
    QStringList m_lastExerciseIds;
    PlanOptions m_lastOptions;
    std::optional<Routine> m_lastRoutine;
    qint64 m_startedAtMs = 0;
};

} // namespace limber
