#include "limber/ReminderDriver.h"

#include "limber/ReminderScheduler.h"
#include "limber/Timer.h"

#include <algorithm>
#include <limits>

namespace limber {

ReminderDriver::ReminderDriver(ReminderScheduler& scheduler, const ActivitySource& activity, TimerSource& timers,
                               QObject* parent)
    : QObject(parent)
    , m_scheduler(scheduler)
    // Very coarse: a reminder a second late is no worse, and the system may batch the wake-up.
    , m_timer(timers.createTimer(Timer::Mode::SingleShot, Qt::VeryCoarseTimer, this))
{
    connect(m_timer, &Timer::timeout, this, &ReminderDriver::pollNow);
    connect(&activity, &ActivitySource::changed, this, &ReminderDriver::pollNow);
    // A snooze, a pause or new settings change when the next wake-up is due.
    connect(&scheduler, &ReminderScheduler::stateChanged, this, &ReminderDriver::rearm);
    rearm();
}

bool ReminderDriver::isArmed() const
{
    return m_timer->isActive();
}

int ReminderDriver::msUntilWake() const
{
    return m_timer->isActive() ? m_timer->remainingMs() : -1;
}

void ReminderDriver::pollNow()
{
    m_scheduler.poll();
    rearm();
}

void ReminderDriver::rearm()
{
    // Real milliseconds: the scheduler has already applied --time-scale.
    const qint64 waitMs = m_scheduler.msUntilNextPoll();
    if (waitMs < 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(static_cast<int>(std::min<qint64>(waitMs, std::numeric_limits<int>::max())));
}

} // namespace limber
