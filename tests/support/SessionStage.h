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

#include <algorithm>

namespace limber::test {

// A session view alone in a window of the app's default size, its engine on a
// virtual clock. Steady pacing is the reference of a fixed 30 frames a
// second: each frame() moves time on by exactly one frame interval and
// paints what changed through the platform's backing store. Driver pacing
// lets the driver's own (virtual) frame timer decide, as in the app: frame()
// moves time on to the next frame the driver asked for. Shared by the frame
// benchmarks and the repaint tests, so both look at the same thing.
class SessionStage final {
public:
    enum class Pacing { Steady, Driver };

    SessionStage(const Catalog& catalog, const QStringList& exerciseIds, Pacing pacing = Pacing::Steady)
        : m_pacing(pacing)
        , m_timers(m_clock)
        , m_engine(m_clock)
        , m_driver(m_engine, m_clock, m_timers)
        , m_time(m_clock)
    {
        if (pacing == Pacing::Steady) {
            m_time.ticking(m_engine).steppingEvery(SessionDriver::FrameIntervalMs, [this] {
                Q_EMIT m_driver.frame();
                settle();
            });
        }
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

    // Moves the session on by `ms` (steady pacing: rounded up to whole
    // frames), painting each frame.
    void advance(qint64 ms)
    {
        if (m_pacing == Pacing::Driver) {
            advanceDriverTo(m_clock.nowMs() + ms);
            return;
        }
        const qint64 frames = (ms + SessionDriver::FrameIntervalMs - 1) / SessionDriver::FrameIntervalMs;
        m_time.advance(frames * SessionDriver::FrameIntervalMs);
    }

    // One frame: a frame interval on (steady), or on to the driver's next
    // frame or tick, whichever comes first (driver).
    void frame()
    {
        if (m_pacing == Pacing::Driver) {
            const qint64 due = m_timers.nextDueMs();
            advanceDriverTo(due >= 0 ? due : m_clock.nowMs() + SessionDriver::MaxFrameIntervalMs);
            return;
        }
        m_time.advance(SessionDriver::FrameIntervalMs);
    }

    SessionDriver& driver() { return m_driver; }
    const Clock& clock() const { return m_clock; }

    bool animates() const { return m_driver.isAnimating(); }
    QWidget& window() { return m_window; }
    SessionEngine& engine() { return m_engine; }
    SessionView& view() { return *m_view; }

private:
    // Every timer due on the way fires at its time, and what it asked to be
    // painted is painted before time moves on.
    void advanceDriverTo(qint64 clockMs)
    {
        for (qint64 due = m_timers.nextDueMs(); due >= 0 && due <= clockMs; due = m_timers.nextDueMs()) {
            m_clock.set(std::max(due, m_clock.nowMs()));
            m_timers.fireDue();
            settle();
        }
        m_clock.set(std::max(clockMs, m_clock.nowMs()));
    }

    Pacing m_pacing;
    VirtualClock m_clock;
    // Virtual: with steady pacing the driver's timers never fire (each frame()
    // is the frame timer); with driver pacing they fire only in advance().
    VirtualTimerSource m_timers;
    SessionEngine m_engine;
    SessionDriver m_driver;
    VirtualTime m_time;
    QWidget m_window;
    SessionView* m_view = nullptr;
};

} // namespace limber::test
