#include "limber/SessionDriver.h"

#include "limber/Clock.h"
#include "limber/SessionEngine.h"

#include <algorithm>
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
    // system batch wake-ups.
    , m_frameTimer(timers.createTimer(Timer::Mode::Repeating, Qt::CoarseTimer, this))
{
    connect(m_tickTimer, &Timer::timeout, this, &SessionDriver::onTickTimeout);
    connect(m_frameTimer, &Timer::timeout, this, &SessionDriver::frame);

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
    if (currentStepAnimates()) {
        if (!m_frameTimer->isActive())
            m_frameTimer->start(FrameIntervalMs);
    } else if (m_frameTimer->isActive()) {
        m_frameTimer->stop();
    }
    // One last frame so a frozen or newly entered step is drawn where it really is.
    Q_EMIT frame();
}

} // namespace limber
