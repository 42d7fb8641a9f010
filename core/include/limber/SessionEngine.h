#pragma once

#include "limber/Clock.h"
#include "limber/Plan.h"

#include <QObject>

namespace limber {

// Walks a Plan in time. All timing decisions live here; the front end only
// calls tick() when nextDeadlineMs() is reached and reacts to the signals.
//
// Time model: the session has an origin on the clock such that
// "session time" = now - origin. Every deadline is origin + a planned offset,
// so late or bunched ticks never stretch the session. Pausing shifts the
// origin by exactly the paused time; skipping moves it to the new step's start.
class SessionEngine final : public QObject {
    Q_OBJECT

public:
    enum class State { Idle, Running, Paused, GetReady, Finished };
    Q_ENUM(State)

    explicit SessionEngine(const Clock& clock, QObject* parent = nullptr);

    void setPlan(const Plan& plan);
    const Plan& plan() const { return m_plan; }

    // Countdown after resume before the step continues; 0 resumes at once.
    void setGetReadyMs(qint64 ms) { m_getReadyMs = ms; }
    qint64 getReadyMs() const { return m_getReadyMs; }

    // A gap between ticks longer than this means the machine slept or froze:
    // the engine pauses where it was instead of racing through missed steps.
    // 0 (the default) disables the check.
    void setStallThresholdMs(qint64 ms) { m_stallThresholdMs = ms; }

    State state() const { return m_state; }
    bool isActive() const
    {
        return m_state == State::Running || m_state == State::Paused || m_state == State::GetReady;
    }
    int currentIndex() const { return m_index; }
    const Step* currentStep() const;
    const Step* stepAt(int index) const;

    qint64 sessionElapsedMs() const; // planned time covered so far (paused time excluded)
    qint64 sessionRemainingMs() const;
    qint64 stepElapsedMs() const;
    qint64 stepRemainingMs() const;
    double stepProgress() const;        // 0..1 through the current step
    qint64 getReadyRemainingMs() const; // while in GetReady
    int completedExercises() const { return m_completedExercises; }

    // Clock time of the next event the engine wants a tick for; -1 if none.
    qint64 nextDeadlineMs() const;

public Q_SLOTS:
    void start();
    void pause();
    void resume();
    void togglePause();
    void next();
    void nextExercise();
    void previous();
    void stop();
    void tick();

Q_SIGNALS:
    void stateChanged(limber::SessionEngine::State state);
    void stepChanged(int index);
    // The session's position moved by a skip (next, previous, next exercise),
    // not by time passing: after stepChanged, at the new step's start.
    void jumped(int index);
    void cue(limber::Cue cue, int stepIndex);
    void stepSecondsLeftChanged(int seconds); // whole seconds left in the step, rounded up
    void getReadySecondsLeftChanged(int seconds);
    void stalled(qint64 gapMs);
    void finished();
    void stopped();

private:
    qint64 sessionNow() const; // session time at the clock's now, honouring pause
    void setState(State state);
    void enterStep(int index, qint64 scheduledSessionMs, bool naturally);
    void jumpTo(int index);
    void finish(qint64 scheduledSessionMs);
    void emitHoldEndingCuesUpTo(qint64 sessionMs);
    void emitSecondsLeft();
    int holdEndingMarks() const;       // how many HoldEnding cues the current step gets
    qint64 nextHoldEndingMark() const; // session time of the next HoldEnding cue, or -1
    void logTransition(int index, qint64 scheduledSessionMs) const;

    const Clock& m_clock;
    Plan m_plan;
    State m_state = State::Idle;
    int m_index = -1;
    qint64 m_origin = 0; // clock time at which session time was 0
    qint64 m_sessionStartClock = 0;
    qint64 m_frozenSessionMs = 0; // session time while paused / getting ready
    qint64 m_getReadyEnd = 0;     // clock time the get-ready countdown ends
    qint64 m_getReadyMs = 3000;
    qint64 m_stallThresholdMs = 0;
    int m_holdEndingSeconds = 3;
    qint64 m_lastTickClock = 0;
    int m_holdEndingMarksDone = 0;
    int m_lastSecondsLeft = -1;
    int m_lastGetReadySecondsLeft = -1;
    int m_completedExercises = 0;
};

} // namespace limber
