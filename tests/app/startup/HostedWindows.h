#pragma once

#include "AppTestSupport.h"
#include "VirtualTime.h"

#include "MainWindow.h"
#include "startup/WindowHost.h"

#include "limber/GuidedSession.h"
#include "limber/Timer.h"

#include <memory>

namespace limber::test {

// A session on virtual time and the WindowHost that builds windows for it, as
// LimberApp has them; `builds` counts the windows made. Stops need no answer.
struct HostedWindows {
    VirtualClock clock;
    VirtualTimerSource timers {clock};
    GuidedSession session {builtinCatalog(), clock, timers};
    int builds = 0;
    WindowHost windows {[this] {
        ++builds;
        auto window = std::make_unique<MainWindow>(builtinCatalog(), session);
        window->setStopConfirmer([] { return true; });
        return window;
    }};
};

} // namespace limber::test
