#include "limber/Clock.h"

#include <algorithm>
#include <cmath>

namespace limber {

qint64 Clock::realMsUntil(qint64 clockMs) const
{
    const qint64 clockLeft = std::max<qint64>(0, clockMs - nowMs());
    // Round up: waking a hair late costs nothing, waking early costs a second wake-up.
    return static_cast<qint64>(std::ceil(static_cast<double>(clockLeft) / scale()));
}

SteadyClock::SteadyClock(double scale)
    : m_scale(scale > 0.0 ? scale : 1.0)
{
    m_timer.start();
}

qint64 SteadyClock::nowMs() const
{
    if (m_scale == 1.0)
        return m_timer.elapsed();
    return static_cast<qint64>(static_cast<double>(m_timer.nsecsElapsed()) * m_scale / 1e6);
}

} // namespace limber
