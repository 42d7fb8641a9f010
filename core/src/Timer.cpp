#include "limber/Timer.h"

#include <QTimer>

#include <algorithm>

namespace limber {

namespace {

class QtTimer final : public Timer {
public:
    QtTimer(Timer::Mode mode, Qt::TimerType type, QObject* parent)
        : Timer(parent)
        , m_timer(this)
    {
        m_timer.setSingleShot(mode == Timer::Mode::SingleShot);
        m_timer.setTimerType(type);
        connect(&m_timer, &QTimer::timeout, this, &Timer::timeout);
    }

    void start(int intervalMs) override { m_timer.start(intervalMs); }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }
    int remainingMs() const override { return m_timer.remainingTime(); }

private:
    QTimer m_timer;
};

} // namespace

class VirtualTimer final : public Timer {
public:
    VirtualTimer(VirtualTimerSource& source, Timer::Mode mode, QObject* parent)
        : Timer(parent)
        , m_source(&source)
        , m_mode(mode)
    {
    }

    ~VirtualTimer() override
    {
        if (m_source)
            std::erase(m_source->m_timers, this);
    }

    void start(int intervalMs) override
    {
        if (!m_source)
            return;
        // A repeating timer of 0 ms would fire forever within one fireDue().
        m_intervalMs = m_mode == Timer::Mode::Repeating ? std::max(1, intervalMs) : std::max(0, intervalMs);
        m_dueMs = m_source->m_clock.nowMs() + m_intervalMs;
        m_sequence = m_source->nextSequence();
        m_active = true;
    }

    void stop() override { m_active = false; }
    bool isActive() const override { return m_active; }
    int remainingMs() const override
    {
        if (!m_active || !m_source)
            return -1;
        return static_cast<int>(std::max<qint64>(0, m_dueMs - m_source->m_clock.nowMs()));
    }

    void fire()
    {
        if (m_mode == Timer::Mode::SingleShot) {
            m_active = false;
        } else {
            m_dueMs = m_source->m_clock.nowMs() + m_intervalMs;
            m_sequence = m_source->nextSequence();
        }
        Q_EMIT timeout();
    }

    VirtualTimerSource* m_source;
    const Timer::Mode m_mode;
    bool m_active = false;
    int m_intervalMs = 0;
    qint64 m_dueMs = 0;
    quint64 m_sequence = 0;
};

Timer* QtTimerSource::createTimer(Timer::Mode mode, Qt::TimerType type, QObject* parent)
{
    return new QtTimer(mode, type, parent);
}

TimerSource& realTimers()
{
    static QtTimerSource source;
    return source;
}

VirtualTimerSource::~VirtualTimerSource()
{
    for (VirtualTimer* timer : m_timers)
        timer->m_source = nullptr;
}

Timer* VirtualTimerSource::createTimer(Timer::Mode mode, Qt::TimerType /*type*/, QObject* parent)
{
    auto* timer = new VirtualTimer(*this, mode, parent);
    m_timers.push_back(timer);
    return timer;
}

VirtualTimer* VirtualTimerSource::nextDue() const
{
    VirtualTimer* next = nullptr;
    for (VirtualTimer* timer : m_timers) {
        if (!timer->m_active)
            continue;
        if (!next || timer->m_dueMs < next->m_dueMs
            || (timer->m_dueMs == next->m_dueMs && timer->m_sequence < next->m_sequence))
            next = timer;
    }
    return next;
}

qint64 VirtualTimerSource::nextDueMs() const
{
    const VirtualTimer* next = nextDue();
    return next ? next->m_dueMs : -1;
}

void VirtualTimerSource::fireDue()
{
    // One at a time: a timeout may start, stop or delete any timer, this one too.
    for (VirtualTimer* next = nextDue(); next && next->m_dueMs <= m_clock.nowMs(); next = nextDue())
        next->fire();
}

} // namespace limber
