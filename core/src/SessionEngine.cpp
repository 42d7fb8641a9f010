#include "limber/SessionEngine.h"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace limber {

namespace {

// Holds shorter than this get no closing ticks: a 5 s cobra hold with three
// ticks would be all ticks.
constexpr qint64 MinHoldForEndingCuesMs = 6000;
// "Previous" restarts the current step once it has run this long, like a media player.
constexpr qint64 PreviousRestartsAfterMs = 2000;

int secondsLeft(qint64 ms)
{
    return ms <= 0 ? 0 : static_cast<int>((ms + 999) / 1000);
}

// Clock time at which a countdown that ends at `end` next changes its whole-second display.
qint64 nextSecondBoundary(qint64 now, qint64 end)
{
    const qint64 left = end - now;
    if (left <= 0)
        return end;
    const qint64 shownAfter = (static_cast<qint64>(secondsLeft(left)) - 1) * 1000;
    return end - shownAfter;
}

const char* stateName(SessionEngine::State state)
{
    switch (state) {
    case SessionEngine::State::Running:
        return "running";
    case SessionEngine::State::Paused:
        return "paused";
    case SessionEngine::State::GetReady:
        return "get-ready";
    case SessionEngine::State::Finished:
        return "finished";
    case SessionEngine::State::Idle:
        break;
    }
    return "idle";
}

// One stable line per command the person gives, in the step lines' key=value
// style, so a log shows what was done and when: session_ms is the session's
// own time (pauses excluded), actual_ms the time since it started.
void logCommand(const char* what, int step, qsizetype steps, SessionEngine::State state, qint64 sessionMs,
                qint64 actualMs)
{
    spdlog::info("session {} at step {} of {} state={} session_ms={} actual_ms={}", what, step, steps, stateName(state),
                 sessionMs, actualMs);
}

// `by` is what asked: next, next-exercise or previous.
void logSkip(int from, int to, const char* by, qint64 sessionMs, qint64 actualMs)
{
    spdlog::info("session skipped from step {} to step {} by={} session_ms={} actual_ms={}", from, to, by, sessionMs,
                 actualMs);
}

} // namespace

SessionEngine::SessionEngine(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
}

void SessionEngine::setPlan(const Plan& plan)
{
    if (isActive())
        stop();
    m_plan = plan;
    m_index = -1;
    m_completedExercises = 0;
    setState(State::Idle);
}

const Step* SessionEngine::stepAt(int index) const
{
    if (index < 0 || index >= m_plan.steps.size())
        return nullptr;
    return &m_plan.steps[index];
}

const Step* SessionEngine::currentStep() const
{
    return stepAt(m_index);
}

qint64 SessionEngine::sessionNow() const
{
    switch (m_state) {
    case State::Running:
        return m_clock.nowMs() - m_origin;
    case State::Paused:
    case State::GetReady:
        return m_frozenSessionMs;
    case State::Finished:
        return m_plan.totalMs;
    case State::Idle:
        break;
    }
    return 0;
}

qint64 SessionEngine::sessionElapsedMs() const
{
    return std::clamp<qint64>(sessionNow(), 0, m_plan.totalMs);
}

qint64 SessionEngine::sessionRemainingMs() const
{
    return m_plan.totalMs - sessionElapsedMs();
}

qint64 SessionEngine::stepElapsedMs() const
{
    const Step* step = currentStep();
    if (!step)
        return 0;
    if (m_state == State::Finished)
        return step->durationMs;
    return std::clamp<qint64>(sessionNow() - step->startMs, 0, step->durationMs);
}

qint64 SessionEngine::stepRemainingMs() const
{
    const Step* step = currentStep();
    return step ? step->durationMs - stepElapsedMs() : 0;
}

double SessionEngine::stepProgress() const
{
    const Step* step = currentStep();
    if (!step || step->durationMs <= 0)
        return 0.0;
    return static_cast<double>(stepElapsedMs()) / static_cast<double>(step->durationMs);
}

qint64 SessionEngine::getReadyRemainingMs() const
{
    if (m_state != State::GetReady)
        return 0;
    return std::max<qint64>(0, m_getReadyEnd - m_clock.nowMs());
}

int SessionEngine::holdEndingMarks() const
{
    const Step* step = currentStep();
    if (!step || step->kind != StepKind::Hold || step->durationMs < MinHoldForEndingCuesMs)
        return 0;
    return m_holdEndingSeconds;
}

qint64 SessionEngine::nextHoldEndingMark() const
{
    const int marks = holdEndingMarks();
    if (m_holdEndingMarksDone >= marks)
        return -1;
    // Marks fall on the last whole seconds: end-3 s, end-2 s, end-1 s.
    return currentStep()->endMs() - static_cast<qint64>(marks - m_holdEndingMarksDone) * 1000;
}

qint64 SessionEngine::nextDeadlineMs() const
{
    const qint64 now = m_clock.nowMs();
    if (m_state == State::GetReady)
        return nextSecondBoundary(now, m_getReadyEnd);
    if (m_state != State::Running)
        return -1;
    const Step* step = currentStep();
    if (!step)
        return -1;
    const qint64 stepEnd = m_origin + step->endMs();
    qint64 deadline = std::min(stepEnd, nextSecondBoundary(now, stepEnd));
    if (const qint64 mark = nextHoldEndingMark(); mark >= 0)
        deadline = std::min(deadline, m_origin + mark);
    return deadline;
}

void SessionEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SessionEngine::start()
{
    if (m_plan.isEmpty() || isActive())
        return;
    const qint64 now = m_clock.nowMs();
    m_origin = now;
    m_sessionStartClock = now;
    m_lastTickClock = now;
    m_completedExercises = 0;
    m_index = -1;
    setState(State::Running);
    Q_EMIT cue(Cue::SessionStart, 0);
    enterStep(0, 0, false);
    emitSecondsLeft();
}

void SessionEngine::pause()
{
    if (m_state == State::Running) {
        tick(); // emit whatever was due before freezing
        if (m_state != State::Running)
            return;
        m_frozenSessionMs = m_clock.nowMs() - m_origin;
        setState(State::Paused);
        logCommand("paused", m_index, m_plan.steps.size(), m_state, sessionNow(),
                   m_clock.nowMs() - m_sessionStartClock);
    } else if (m_state == State::GetReady) {
        setState(State::Paused); // the frozen position is unchanged
        logCommand("paused", m_index, m_plan.steps.size(), m_state, sessionNow(),
                   m_clock.nowMs() - m_sessionStartClock);
    }
}

void SessionEngine::resume()
{
    if (m_state != State::Paused)
        return;
    const qint64 now = m_clock.nowMs();
    m_lastTickClock = now;
    if (m_getReadyMs > 0) {
        m_getReadyEnd = now + m_getReadyMs;
        m_lastGetReadySecondsLeft = -1;
        setState(State::GetReady);
        logCommand("resumed", m_index, m_plan.steps.size(), m_state, sessionNow(),
                   m_clock.nowMs() - m_sessionStartClock);
        emitSecondsLeft();
        return;
    }
    m_origin = now - m_frozenSessionMs;
    setState(State::Running);
    logCommand("resumed", m_index, m_plan.steps.size(), m_state, sessionNow(), m_clock.nowMs() - m_sessionStartClock);
}

void SessionEngine::togglePause()
{
    if (m_state == State::Running || m_state == State::GetReady)
        pause();
    else if (m_state == State::Paused)
        resume();
}

void SessionEngine::tick()
{
    const qint64 now = m_clock.nowMs();
    if (m_state == State::GetReady) {
        if (now < m_getReadyEnd) {
            emitSecondsLeft();
            return;
        }
        // Continue from the moment the countdown ended, not from this (possibly late) tick.
        m_origin = m_getReadyEnd - m_frozenSessionMs;
        m_lastTickClock = m_getReadyEnd;
        setState(State::Running);
    }
    if (m_state != State::Running)
        return;

    if (m_stallThresholdMs > 0 && now - m_lastTickClock > m_stallThresholdMs) {
        // The machine slept or froze: stay where the last tick left us rather
        // than racing through everything that was missed.
        const qint64 gap = now - m_lastTickClock;
        const Step* step = currentStep();
        m_frozenSessionMs = std::min(m_lastTickClock - m_origin, step->endMs());
        m_lastTickClock = now;
        spdlog::warn("session stalled for {} ms; paused at step {}", gap, m_index);
        setState(State::Paused);
        Q_EMIT stalled(gap);
        return;
    }
    m_lastTickClock = now;

    const qint64 t = now - m_origin;
    while (m_state == State::Running) {
        const Step& step = m_plan.steps[m_index];
        emitHoldEndingCuesUpTo(t);
        if (t < step.endMs())
            break;
        if (m_index + 1 >= m_plan.steps.size()) {
            finish(step.endMs());
            return;
        }
        enterStep(m_index + 1, step.endMs(), true);
    }
    emitSecondsLeft();
}

void SessionEngine::emitHoldEndingCuesUpTo(qint64 sessionMs)
{
    for (qint64 mark = nextHoldEndingMark(); mark >= 0 && mark <= sessionMs; mark = nextHoldEndingMark()) {
        ++m_holdEndingMarksDone;
        Q_EMIT cue(Cue::HoldEnding, m_index);
    }
}

void SessionEngine::emitSecondsLeft()
{
    if (m_state == State::GetReady) {
        const int seconds = secondsLeft(getReadyRemainingMs());
        if (seconds != m_lastGetReadySecondsLeft) {
            m_lastGetReadySecondsLeft = seconds;
            Q_EMIT getReadySecondsLeftChanged(seconds);
        }
        return;
    }
    const int seconds = secondsLeft(stepRemainingMs());
    if (seconds != m_lastSecondsLeft) {
        m_lastSecondsLeft = seconds;
        Q_EMIT stepSecondsLeftChanged(seconds);
    }
}

void SessionEngine::enterStep(int index, qint64 scheduledSessionMs, bool naturally)
{
    const int previous = m_index;
    if (naturally && previous >= 0 && m_plan.steps[previous].exerciseIndex != m_plan.steps[index].exerciseIndex) {
        ++m_completedExercises;
        Q_EMIT cue(Cue::ExerciseDone, previous);
    }
    m_index = index;
    m_holdEndingMarksDone = 0;
    m_lastSecondsLeft = -1;
    logTransition(index, scheduledSessionMs);
    Q_EMIT stepChanged(index);
    if (m_state == State::Running)
        Q_EMIT cue(m_plan.steps[index].cue, index);
}

void SessionEngine::jumpTo(int index)
{
    const qint64 target = m_plan.steps[index].startMs;
    if (m_state == State::Running)
        m_origin = m_clock.nowMs() - target;
    else
        m_frozenSessionMs = target; // paused: move the frozen position, stay paused
    enterStep(index, target, false);
    emitSecondsLeft();
    Q_EMIT jumped(index);
}

void SessionEngine::finish(qint64 scheduledSessionMs)
{
    const bool completedLast = m_state == State::Running && scheduledSessionMs == m_plan.totalMs;
    if (completedLast) {
        ++m_completedExercises;
        Q_EMIT cue(Cue::ExerciseDone, m_index);
    }
    spdlog::info("session finished scheduled_ms={} actual_ms={} exercises_done={}",
                 m_origin + scheduledSessionMs - m_sessionStartClock, m_clock.nowMs() - m_sessionStartClock,
                 m_completedExercises);
    setState(State::Finished);
    Q_EMIT cue(Cue::SessionDone, m_index);
    Q_EMIT finished();
}

void SessionEngine::next()
{
    if (!isActive())
        return;
    tick();
    if (!isActive())
        return;
    if (m_index + 1 >= m_plan.steps.size()) {
        finish(sessionNow());
        return;
    }
    logSkip(m_index, m_index + 1, "next", sessionNow(), m_clock.nowMs() - m_sessionStartClock);
    jumpTo(m_index + 1);
}

void SessionEngine::nextExercise()
{
    if (!isActive())
        return;
    tick();
    if (!isActive())
        return;
    const int next = m_plan.nextExerciseStart(m_index);
    if (next < 0) {
        finish(sessionNow());
        return;
    }
    logSkip(m_index, next, "next-exercise", sessionNow(), m_clock.nowMs() - m_sessionStartClock);
    jumpTo(next);
}

void SessionEngine::previous()
{
    if (!isActive())
        return;
    tick();
    if (!isActive())
        return;
    const int to = stepElapsedMs() > PreviousRestartsAfterMs || m_index == 0 ? m_index : m_index - 1;
    logSkip(m_index, to, "previous", sessionNow(), m_clock.nowMs() - m_sessionStartClock);
    jumpTo(to);
}

void SessionEngine::stop()
{
    if (!isActive())
        return;
    logCommand("stopped", m_index, m_plan.steps.size(), m_state, sessionNow(), m_clock.nowMs() - m_sessionStartClock);
    setState(State::Idle);
    Q_EMIT stopped();
}

void SessionEngine::logTransition(int index, qint64 scheduledSessionMs) const
{
    const Step& step = m_plan.steps[index];
    const qint64 actual = m_clock.nowMs() - m_sessionStartClock;
    // While paused the origin is stale; a step entered then is due the moment it is entered.
    const qint64 scheduled = m_state == State::Running ? m_origin + scheduledSessionMs - m_sessionStartClock : actual;
    // One stable line per transition: tools/measure parses it for timing errors.
    spdlog::info("step {} kind={} exercise={} set={}/{} rep={}/{} side={} scheduled_ms={} actual_ms={} late_ms={}",
                 index, toString(step.kind).toStdString(), step.exerciseId.toStdString(), step.set, step.sets, step.rep,
                 step.reps, step.side == Side::None ? std::string("none") : toString(step.side).toStdString(),
                 scheduled, actual, actual - scheduled);
}

} // namespace limber
