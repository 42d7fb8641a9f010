#include "limber/SessionDriver.h"

#include "limber/Clock.h"
#include "limber/SessionEngine.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace limber {

SessionDriver::SessionDriver(SessionEngine& engine, const Clock& clock, TimerSource& timers, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_clock(clock)
    // Precise: a countdown that drifts by a few percent is visible next to a
    // wall clock, and the engine's deadlines are already sparse (about one a second).
    , m_tickTimer(timers.createTimer(Timer::Mode::SingleShot, Qt::PreciseTimer, this))
    // Coarse is fine for frames: a few ms of jitter is invisible and lets the
    // system batch wake-ups. Single-shot: each frame says when the next is due.
    , m_frameTimer(timers.createTimer(Timer::Mode::SingleShot, Qt::CoarseTimer, this))
{
    connect(m_tickTimer, &Timer::timeout, this, &SessionDriver::onTickTimeout);
    connect(m_frameTimer, &Timer::timeout, this, &SessionDriver::emitFrame);

    // Every command (pause, next, previous, stop...) surfaces as one of these,
    // and each can move the next deadline, so each re-aims the timer.
    const auto refresh = [this] {
        rearm();
        updateAnimation();
    };
    connect(&m_engine, &SessionEngine::stateChanged, this, refresh);
    connect(&m_engine, &SessionEngine::stepChanged, this, refresh);
    connect(&m_engine, &SessionEngine::stepSecondsLeftChanged, this, &SessionDriver::rearm);
    connect(&m_engine, &SessionEngine::getReadySecondsLeftChanged, this, &SessionDriver::rearm);
}

void SessionDriver::onTickTimeout()
{
    m_engine.tick();
    rearm();
}

void SessionDriver::rearm()
{
    const bool wantsTime
        = m_engine.state() == SessionEngine::State::Running || m_engine.state() == SessionEngine::State::GetReady;
    const qint64 deadline = wantsTime ? m_engine.nextDeadlineMs() : -1;
    if (deadline < 0) {
        m_tickTimer->stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(m_clock.realMsUntil(deadline), 0, std::numeric_limits<int>::max());
    m_tickTimer->start(static_cast<int>(wait));
}

bool SessionDriver::currentStepAnimates() const
{
    if (m_engine.state() != SessionEngine::State::Running)
        return false;
    const Step* step = m_engine.currentStep();
    return step && (step->kind == StepKind::Move || step->breath != Breath::None);
}

void SessionDriver::updateAnimation()
{
    // A frame now, so a frozen or newly entered step is drawn where it really
    // is; it aims the frame timer again, or stops it when nothing moves.
    emitFrame();
}

void SessionDriver::emitFrame()
{
    m_requestedMs = -1;
    m_inFrame = true;
    Q_EMIT frame();
    m_inFrame = false;
    m_lastFrameMs = m_clock.nowMs();
    if (!currentStepAnimates()) {
        m_frameTimer->stop();
        return;
    }
    aimFrameTimer(m_requestedMs >= 0 ? m_requestedMs : m_lastFrameMs + FrameIntervalMs);
}

void SessionDriver::aimFrameTimer(qint64 dueMs)
{
    // Never faster than the old steady pace, never asleep for more than a second.
    const qint64 earliest = m_lastFrameMs + FrameIntervalMs;
    m_nextFrameMs = std::clamp(dueMs, earliest, m_lastFrameMs + MaxFrameIntervalMs);
    const qint64 wait = std::clamp<qint64>(m_clock.realMsUntil(m_nextFrameMs), 0, MaxFrameIntervalMs);
    m_frameTimer->start(static_cast<int>(wait));
}

void SessionDriver::requestFrameAt(qint64 clockMs)
{
    if (clockMs < 0)
        return;
    if (m_inFrame) {
        m_requestedMs = m_requestedMs < 0 ? clockMs : std::min(m_requestedMs, clockMs);
        return;
    }
    // Between frames (a second's tick moved the ring): only sooner, and only
    // while frames run at all.
    if (m_frameTimer->isActive() && clockMs < m_nextFrameMs)
        aimFrameTimer(clockMs);
}

qint64 SessionDriver::clockMsAtStepProgress(double progress) const
{
    const Step* step = m_engine.currentStep();
    if (!step || m_engine.state() != SessionEngine::State::Running)
        return -1;
    const double target = std::clamp(progress, 0.0, 1.0) * static_cast<double>(step->durationMs);
    const double ahead = target - static_cast<double>(m_engine.stepElapsedMs());
    return m_clock.nowMs() + static_cast<qint64>(std::ceil(std::max(0.0, ahead)));
}

} // namespace limber
