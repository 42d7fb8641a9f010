#pragma once

#include "limber/Clock.h"

#include <QObject>
#include <QtGlobal>

#include <vector>

namespace limber {

// A single-shot or repeating timer. Classes that wait (the voice before it
// speaks, the pose loop between frames) ask a TimerSource for one instead of
// owning a QTimer, so tests can drive the wait in virtual time.
class Timer : public QObject {
    Q_OBJECT

public:
    enum class Mode { SingleShot, Repeating };

    // Starts, or restarts: the first timeout comes `intervalMs` from now.
    virtual void start(int intervalMs) = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;
    // Milliseconds until the next timeout; -1 when not running.
    virtual int remainingMs() const = 0;

Q_SIGNALS:
    void timeout();

protected:
    explicit Timer(QObject* parent)
        : QObject(parent)
    {
    }
};

// Where timers, and the clock they keep, come from.
class TimerSource {
public:
    virtual ~TimerSource() = default;
    // The time the timers run on, for measuring how long passed between timeouts.
    virtual const Clock& clock() const = 0;
    // A new timer, owned by `parent` like a child QTimer. Precise timers are
    // for deadlines a person compares with a wall clock; coarse ones (QTimer's
    // default) let the system batch wake-ups.
    virtual Timer* createTimer(Timer::Mode mode, Qt::TimerType type, QObject* parent) = 0;
    Timer* createTimer(Timer::Mode mode, QObject* parent) { return createTimer(mode, Qt::CoarseTimer, parent); }
};

// Real time: QTimers, and a steady clock. What the app runs on.
class QtTimerSource final : public TimerSource {
public:
    using TimerSource::createTimer;
    const Clock& clock() const override { return m_clock; }
    Timer* createTimer(Timer::Mode mode, Qt::TimerType type, QObject* parent) override;

private:
    SteadyClock m_clock;
};

// The process's real timers, for views made where no source is handed down.
TimerSource& realTimers();

class VirtualTimer;

// Timers on a VirtualClock: they fire only when told to (fireDue()), so a test
// decides when time passes. Must outlive the timers it made or be destroyed
// first; either way round is safe.
class VirtualTimerSource final : public TimerSource {
public:
    explicit VirtualTimerSource(VirtualClock& clock)
        : m_clock(clock)
    {
    }
    ~VirtualTimerSource() override;
    VirtualTimerSource(const VirtualTimerSource&) = delete;
    VirtualTimerSource& operator=(const VirtualTimerSource&) = delete;

    using TimerSource::createTimer;
    const Clock& clock() const override { return m_clock; }
    // Virtual time is exact: precise and coarse timers alike fire at their time.
    Timer* createTimer(Timer::Mode mode, Qt::TimerType type, QObject* parent) override;

    // Clock time at which the next running timer is due; -1 when none runs.
    qint64 nextDueMs() const;
    // Fires every timer due at the clock's now, earliest first.
    void fireDue();

private:
    friend class VirtualTimer;
    VirtualTimer* nextDue() const;
    quint64 nextSequence() { return ++m_sequence; }

    VirtualClock& m_clock;
    std::vector<VirtualTimer*> m_timers;
    quint64 m_sequence = 0; // start order, so timers due together fire in that order
};

} // namespace limber
