#pragma once

#include "limber/Clock.h"
#include "limber/SessionEngine.h"
#include "limber/Timer.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>

#include <functional>
#include <utility>

namespace limber::test {

// Lets what waits in the event loop happen now: posted events (update
// requests become paints, LanguageChange, queued signals), deferred deletes
// and zero-time timers. A few rounds, since each can post the next.
inline void settle()
{
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }
}

// The one way tests move virtual time. advance() walks the clock forward,
// stopping at each moment something is due, in order: a deadline the engine
// asks for (it ticks there, as SessionDriver would make it), a virtual timer's
// timeout (it fires there), and with steppingEvery() every so many
// milliseconds (the engine ticks and the step's action runs, like a frame
// timer or a driver ticking at a steady rate). The engine ticks at the end too.
//
//     VirtualTime time(clock);
//     time.ticking(engine).firing(timers).steppingEvery(250, settle);
//     time.advance(5000);
class VirtualTime final {
public:
    explicit VirtualTime(VirtualClock& clock)
        : m_clock(clock)
    {
    }

    VirtualTime& ticking(SessionEngine& engine)
    {
        m_engine = &engine;
        return *this;
    }

    VirtualTime& firing(VirtualTimerSource& timers)
    {
        m_timers = &timers;
        return *this;
    }

    VirtualTime& steppingEvery(qint64 stepMs, std::function<void()> atEachStep = {})
    {
        m_stepMs = stepMs;
        m_atEachStep = std::move(atEachStep);
        return *this;
    }

    void advance(qint64 ms) { advanceTo(m_clock.nowMs() + ms); }

    void advanceTo(qint64 clockMs)
    {
        // What was already due happens before time moves.
        if (m_timers)
            m_timers->fireDue();
        if (m_engine && m_engine->nextDeadlineMs() >= 0 && m_engine->nextDeadlineMs() <= m_clock.nowMs())
            m_engine->tick();
        qint64 nextStep = m_stepMs > 0 ? m_clock.nowMs() + m_stepMs : -1;
        for (;;) {
            const qint64 now = m_clock.nowMs();
            qint64 stop = std::max(clockMs, now);
            const auto consider = [&](qint64 dueMs) {
                if (dueMs > now && dueMs < stop)
                    stop = dueMs;
            };
            if (m_engine)
                consider(m_engine->nextDeadlineMs());
            if (m_timers)
                consider(m_timers->nextDueMs());
            consider(nextStep);
            m_clock.set(stop);
            if (m_timers)
                m_timers->fireDue();
            if (m_engine)
                m_engine->tick();
            if (stop == nextStep) {
                if (m_atEachStep)
                    m_atEachStep();
                nextStep += m_stepMs;
            }
            if (stop >= clockMs)
                return;
        }
    }

private:
    VirtualClock& m_clock;
    SessionEngine* m_engine = nullptr;
    VirtualTimerSource* m_timers = nullptr;
    qint64 m_stepMs = 0;
    std::function<void()> m_atEachStep;
};

} // namespace limber::test
