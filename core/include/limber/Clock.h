#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

namespace limber {

// A monotonic time source in milliseconds. Injected into the engine so that
// tests drive time by hand and the app can run a demo faster than real time.
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
    // How many clock milliseconds pass per real millisecond (--time-scale).
    virtual double scale() const { return 1.0; }
    // Real milliseconds until clock time `clockMs`, for aiming a timer at a deadline.
    qint64 realMsUntil(qint64 clockMs) const;
};

// Real monotonic time, optionally running `scale` times faster (--time-scale).
class SteadyClock final : public Clock {
public:
    explicit SteadyClock(double scale = 1.0);
    qint64 nowMs() const override;
    double scale() const override { return m_scale; }

private:
    QElapsedTimer m_timer;
    double m_scale;
};

// Time that moves only when told to; for tests and simulations.
class VirtualClock final : public Clock {
public:
    qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms) { m_now += ms; }
    void set(qint64 ms) { m_now = ms; }

private:
    qint64 m_now = 0;
};

} // namespace limber
