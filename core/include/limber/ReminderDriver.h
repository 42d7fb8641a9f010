#pragma once

#include <QObject>

namespace limber {

class ActivitySource;
class ReminderScheduler;
class Timer;
class TimerSource;

// Wakes the reminder scheduler when it asked to be woken, and at once when
// the desktop reports a change (back from idle, unlocked, fullscreen ended).
// One very coarse single-shot timer, re-aimed after every poll: with
// reminders off there is no timer at all, and while waiting it fires every
// few minutes at most, so Limber in the tray costs next to nothing.
class ReminderDriver final : public QObject {
    Q_OBJECT

public:
    ReminderDriver(ReminderScheduler& scheduler, const ActivitySource& activity, TimerSource& timers,
                   QObject* parent = nullptr);

    bool isArmed() const;
    // Real milliseconds until the next wake-up, or -1 when none is armed.
    int msUntilWake() const;

    // Polls now and re-aims the timer (after settings changed, a snooze, a pause).
    void pollNow();

private:
    void rearm();

    ReminderScheduler& m_scheduler;
    Timer* m_timer = nullptr;
};

} // namespace limber
