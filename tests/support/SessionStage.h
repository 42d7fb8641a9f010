#pragma once

#include "VirtualTime.h"

#include "limber/SessionDriver.h"
#include "session/SessionView.h"

#include "limber/Catalog.h"
#include "limber/Clock.h"
#include "limber/Plan.h"
#include "limber/SessionEngine.h"

#include <QStringList>
#include <QVBoxLayout>
#include <QWidget>

namespace limber::test {

// A session view alone in a window of the app's default size, its engine on a
// virtual clock: each frame() moves time on by exactly one frame interval and
// paints what changed through the platform's backing store, as the real
// driver's frame timer would. Shared by the frame benchmarks and the repaint
// tests, so both look at the same thing.
class SessionStage final {
public:
    SessionStage(const Catalog& catalog, const QStringList& exerciseIds)
        : m_timers(m_clock)
        , m_engine(m_clock)
        , m_driver(m_engine, m_clock, m_timers)
        , m_time(m_clock)
    {
        m_time.ticking(m_engine).steppingEvery(SessionDriver::FrameIntervalMs, [this] {
            Q_EMIT m_driver.frame();
            settle();
        });
        m_engine.setPlan(Planner(catalog).plan(exerciseIds));
        m_view = new SessionView(m_engine, m_driver, catalog, &m_window);
        auto* layout = new QVBoxLayout(&m_window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_view);
        m_window.resize(1000, 720);
        m_window.show();
        m_engine.start();
        settle();
    }

    // Moves the session on by `ms`, rounded up to whole frames, painting each frame.
    void advance(qint64 ms)
    {
        const qint64 frames = (ms + SessionDriver::FrameIntervalMs - 1) / SessionDriver::FrameIntervalMs;
        m_time.advance(frames * SessionDriver::FrameIntervalMs);
    }

    void frame() { m_time.advance(SessionDriver::FrameIntervalMs); }

    bool animates() const { return m_driver.isAnimating(); }
    QWidget& window() { return m_window; }
    SessionEngine& engine() { return m_engine; }

private:
    VirtualClock m_clock;
    // The driver's timers never fire: each frame() is the frame timer, so no
    // real one adds paints of its own.
    VirtualTimerSource m_timers;
    SessionEngine m_engine;
    SessionDriver m_driver;
    VirtualTime m_time;
    QWidget m_window;
    SessionView* m_view = nullptr;
};

} // namespace limber::test
