#pragma once

#include "limber/Clock.h"
#include "limber/Reminder.h"
#include "limber/ReminderSettings.h"

#include <QDateTime>
#include <QObject>
#include <QTimeZone>

#include <optional>

namespace limber {

// The time of day, for everything a person plans by the clock on the wall
// (10:30, working hours, "until tomorrow"). Separate from the monotonic Clock,
// which never jumps: the wall clock jumps on suspend, on a manual change and
// twice a year for daylight saving, and the scheduler has to tell those apart.
class WallClock {
public:
    virtual ~WallClock() = default;
    // Now, in the time zone reminders are planned in (the local one).
    virtual QDateTime now() const = 0;
};

class SystemWallClock final : public WallClock {
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

// What the desktop says about the person at the computer right now.
struct Activity {
    qint64 idleMs = 0;           // since the last key press or pointer move
    bool locked = false;         // the screen is locked (or the screen saver is on)
    bool doNotDisturb = false;   // a fullscreen window, or the desktop's do-not-disturb
    bool sessionRunning = false; // a Limber session is open
};

// Where Activity comes from: the desktop's idle watch and screen saver on
// D-Bus, X11's screen-saver extension, or a test. changed() says "ask me
// again now" (idle ended, lock changed, fullscreen ended); without it the
// scheduler still asks whenever it wakes up.
class ActivitySource : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    virtual Activity current() const = 0;
    // False when nothing on this desktop reports idle time: natural breaks
    // then cannot be seen and reminders follow the clock alone.
    virtual bool seesIdleTime() const { return true; }

Q_SIGNALS:
    void changed();
};

// Decides when to remind a person to stretch. It owns no timer: call poll()
// when woken (at msUntilNextPoll(), and whenever the ActivitySource changes)
// and it emits reminderDue() when a reminder should be shown now. That keeps
// every decision testable in virtual time, and the waiting nearly free: it
// asks to be woken rarely while the next reminder is far off.
//
// The rules:
// - Active use: minutes the person was at the computer count up; being idle
//   (or locked) for breakMinutes is a natural break and starts the count again.
// - Times of day: each time, on working days, reminds once. A time that
//   passed while the person was away (a break, a suspend) is not made up for.
// - Nothing reminds outside working days and hours, while idle or locked, or
//   while paused. A reminder that comes due during do-not-disturb (fullscreen,
//   the desktop's setting, a Limber session) waits and is shown once when it ends.
// - A jump of the wall clock (suspend, a manual change) is at most one
//   reminder, and only if one is still due.
class ReminderScheduler final : public QObject {
    Q_OBJECT

public:
    using Reason = ReminderReason;

    // Waking less often than this would miss breaks; more often costs wake-ups.
    static constexpr qint64 LongestSleepMs = 5 * 60 * 1000;
    // A wall clock that moved this much more than the monotonic one means a suspend or a clock change.
    static constexpr qint64 ClockJumpMs = 60 * 1000;

    ReminderScheduler(const Clock& clock, const WallClock& wallClock, const ActivitySource& activity,
                      QObject* parent = nullptr);

    void setSettings(const ReminderSettings& settings);
    const ReminderSettings& settings() const { return m_settings; }

    // Looks at the time and the person now; emits reminderDue() at most once.
    void poll();
    // Real milliseconds (what a timer waits, --time-scale applied) until
    // poll() should run again; -1: only when the activity changes.
    qint64 msUntilNextPoll() const;

    // The answers to a reminder.
    void snooze(int minutes);
    void skip();
    // Reminders paused for a while, until tomorrow's working hours, or until resume().
    void pauseFor(qint64 ms);
    void pauseUntilTomorrow();
    void pauseUntilResumed();
    void resume();
    bool isPaused() const;
    std::optional<QDateTime> pausedUntil() const; // empty while paused until resumed, or not paused

    // A one-off request (limber --remind-in): fires after `ms` whether or not
    // regular reminders are on and outside working hours too, but still waits
    // out do-not-disturb.
    void remindIn(qint64 ms);

    // When the next reminder should come if the person keeps working: for the
    // tray's "Next reminder at 15:00". Empty when none is planned.
    std::optional<QDateTime> nextReminder() const;
    // A reminder is due but waiting for do-not-disturb, idle or lock to end.
    bool isHeld() const { return m_held.has_value(); }
    qint64 activeMs() const { return m_activeMs; }

Q_SIGNALS:
    void reminderDue(limber::ReminderReason reason);
    // Paused, resumed, snoozed, skipped, settings: the tray's text may change.
    void stateChanged();

private:
    bool withinWorkingHours(const QDateTime& at) const;
    std::optional<QDateTime> nextSlotAfter(const QDateTime& after) const;
    std::optional<QDateTime> nextWorkingStart(const QDateTime& after) const;
    std::optional<Reason> dueReason(const QDateTime& wallNow, qint64 now) const;
    void takeBreak(const QDateTime& wallNow);
    void fire(Reason reason, const QDateTime& wallNow);

    const Clock& m_clock;
    const WallClock& m_wallClock;
    const ActivitySource& m_activity;
    ReminderSettings m_settings;

    qint64 m_lastPollMs = -1;
    QDateTime m_lastPollWall;
    qint64 m_activeMs = 0;         // active use since the last break or reminder
    QDateTime m_slotsHandledUntil; // times of day up to here were shown or missed
    std::optional<qint64> m_snoozedUntilMs;
    std::optional<qint64> m_oneOffAtMs;
    std::optional<Reason> m_held; // due, waiting for do-not-disturb to end
    bool m_paused = false;
    std::optional<QDateTime> m_pausedUntil; // with m_paused: empty means until resume()
};

} // namespace limber
