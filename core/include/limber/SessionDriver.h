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
// It also paces the animation of the session view: a frame signal that runs
// only while something actually moves (a paced repetition or a breath guide),
// never during a still hold. Each frame comes when the picture next changes
// by a pixel: while handling frame(), the views' owner says when that is
// (requestFrameAt), and the driver aims its one frame timer there, at most
// 30 times a second and at least once a second. Nobody asking means the
// steady 30 a second of old. Every frame time is worked out from the clock
// and the step's progress, never by adding intervals, so frames do not drift.
class SessionDriver final : public QObject {
    Q_OBJECT

public:
    // The fastest pace, and the pace when no view says when it next changes.
    static constexpr int FrameIntervalMs = 33;
    // The slowest pace while something animates: a view that misjudged when
    // it changes is wrong for a second at most.
    static constexpr int MaxFrameIntervalMs = 1000;

    // `timers` wake it (real ones in the app); `clock` is the engine's.
    SessionDriver(SessionEngine& engine, const Clock& clock, TimerSource& timers = realTimers(),
                  QObject* parent = nullptr);

    bool isTicking() const { return m_tickTimer->isActive(); }
    bool isAnimating() const { return m_frameTimer->isActive(); }
    // Real milliseconds until the next tick, or -1 when none is armed.
    int msUntilTick() const { return m_tickTimer->isActive() ? m_tickTimer->remainingMs() : -1; }
    // Clock time of the next frame, or -1 when none is due.
    qint64 nextFrameMs() const { return m_frameTimer->isActive() ? m_nextFrameMs : -1; }

    // The picture next changes (by a pixel, or a visible fade step) at clock
    // time `clockMs`: the frame after this one comes then, or as close to it
    // as the pace allows. Called while handling frame(); the earliest of the
    // calls counts. A call outside a frame can only bring the next one forward.
    void requestFrameAt(qint64 clockMs);
    // The clock time at which the current step reaches `progress` (0..1 of
    // it, as SessionEngine::stepProgress() counts), rounded up to a whole ms;
    // -1 when no step runs.
    qint64 clockMsAtStepProgress(double progress) const;

Q_SIGNALS:
    // Repaint whatever animates from the engine's queries (stepProgress() etc.).
    void frame();

private:
    void onTickTimeout();
    void rearm();
    void updateAnimation();
    bool currentStepAnimates() const;
    // frame(), then the frame timer aimed at what was asked for during it.
    void emitFrame();
    void aimFrameTimer(qint64 dueMs);

    SessionEngine& m_engine;
    const Clock& m_clock;
    Timer* m_tickTimer;
    Timer* m_frameTimer;
    qint64 m_nextFrameMs = -1; // clock time the frame timer is aimed at
    qint64 m_lastFrameMs = -1; // clock time of the last frame
    qint64 m_requestedMs = -1; // earliest frame asked for during this frame
    bool m_inFrame = false;
};

} // namespace limber
