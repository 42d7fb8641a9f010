#pragma once

#include "limber/Timer.h"

#include <QObject>

namespace limber {

class Clock;
class SessionEngine;

// Gives the engine its sense of time. The engine decides every deadline; this
// class only wakes up when the next one is due and calls tick(). At home, while
// paused and after the end no timer runs at all, so Limber costs nothing idle.
//
// It also paces the animation of the session view: a ~30 fps frame signal that
// runs only while something actually moves (a paced repetition or a breath
// guide), never during a still hold.
class SessionDriver final : public QObject {
    Q_OBJECT

public:
    static constexpr int FrameIntervalMs = 33;

    // `timers` wake it (real ones in the app); `clock` is the engine's.
    SessionDriver(SessionEngine& engine, const Clock& clock, TimerSource& timers = realTimers(),
                  QObject* parent = nullptr);

    bool isTicking() const { return m_tickTimer->isActive(); }
    bool isAnimating() const { return m_frameTimer->isActive(); }
    // Real milliseconds until the next tick, or -1 when none is armed.
    int msUntilTick() const { return m_tickTimer->isActive() ? m_tickTimer->remainingMs() : -1; }

Q_SIGNALS:
    // Repaint whatever animates from the engine's queries (stepProgress() etc.).
    void frame();

private:
    void onTickTimeout();
    void rearm();
    void updateAnimation();
    bool currentStepAnimates() const;

    SessionEngine& m_engine;
    const Clock& m_clock;
    Timer* m_tickTimer;
    Timer* m_frameTimer;
};

} // namespace limber
