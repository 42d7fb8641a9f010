#pragma once

#include "limber/Clock.h"
#include "limber/SessionEngine.h"

namespace limber::test {

// Moves virtual time to `clockMs` the way the app's driver does: straight to
// each deadline the engine asks for, ticking there, then to `clockMs`.
inline void runUntil(VirtualClock& clock, SessionEngine& engine, qint64 clockMs)
{
    for (qint64 deadline = engine.nextDeadlineMs(); deadline >= 0 && deadline <= clockMs;
         deadline = engine.nextDeadlineMs()) {
        clock.set(deadline);
        engine.tick();
    }
    clock.set(clockMs);
    engine.tick();
}

} // namespace limber::test
