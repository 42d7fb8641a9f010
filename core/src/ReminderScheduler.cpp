#include "limber/ReminderScheduler.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace limber {

namespace {

constexpr qint64 MsPerMinute = 60 * 1000;
// Input within the last minute: the person is at the computer now. Longer
// than that and a reminder would pop up on an empty desk; it waits instead.
constexpr qint64 AwayAfterIdleMs = MsPerMinute;
// While a reminder waits for do-not-disturb, idle or lock to end, look again
// this often in case the desktop does not say when it ends.
constexpr qint64 HeldRecheckMs = 30 * 1000;
constexpr qint64 ShortestSleepMs = 1000;
constexpr int DaysAhead = 8; // a week and a day finds the next working day from any day

// `time` on `date` in `zone`. Qt 6.4 gives an invalid QDateTime for a time
// that the spring change skips (02:30 in most of Europe); a reminder set for
// it comes at the first minute that exists after the gap instead.
QDateTime localDateTime(const QDate& date, const QTime& time, const QTimeZone& zone)
{
    constexpr int StepSeconds = 60;
    constexpr int LongestGapSeconds = 3 * 60 * 60;
    for (int shift = 0; shift <= LongestGapSeconds; shift += StepSeconds) {
        const QTime shifted = time.addSecs(shift);
        if (shift > 0 && shifted < time)
            break; // past midnight: no such time that day
        const QDateTime at(date, shifted, zone);
        if (at.isValid())
            return at;
    }
    return {};
}

const char* nameOf(ReminderScheduler::Reason reason)
{
    switch (reason) {
    case ReminderScheduler::Reason::ActiveUse:
        return "active use";
    case ReminderScheduler::Reason::TimeOfDay:
        return "time of day";
    case ReminderScheduler::Reason::Snoozed:
        return "snoozed";
    case ReminderScheduler::Reason::OneOff:
        return "one-off";
    }
    return "?";
}

} // namespace

ReminderScheduler::ReminderScheduler(const Clock& clock, const WallClock& wallClock, const ActivitySource& activity,
                                     QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_wallClock(wallClock)
    , m_activity(activity)
    , m_lastPollMs(clock.nowMs())
    , m_lastPollWall(wallClock.now())
    , m_slotsHandledUntil(m_lastPollWall)
{
}

void ReminderScheduler::setSettings(const ReminderSettings& settings)
{
    const bool turnedOn = settings.enabled && !m_settings.enabled;
    m_settings = settings;
    std::sort(m_settings.times.begin(), m_settings.times.end());
    if (turnedOn) {
        // Counting starts now: what was done before reminders were on is no debt.
        m_activeMs = 0;
        m_slotsHandledUntil = m_wallClock.now();
    }
    Q_EMIT stateChanged();
}

bool ReminderScheduler::withinWorkingHours(const QDateTime& at) const
{
    return m_settings.workingDays.contains(at.date().dayOfWeek()) && at.time() >= m_settings.workStart
        && at.time() < m_settings.workEnd;
}

std::optional<QDateTime> ReminderScheduler::nextSlotAfter(const QDateTime& after) const
{
    for (int day = 0; day < DaysAhead; ++day) {
        const QDate date = after.date().addDays(day);
        if (!m_settings.workingDays.contains(date.dayOfWeek()))
            continue;
        for (const QTime& time : m_settings.times) {
            // A time that occurs twice when the clocks go back is taken once.
            const QDateTime slot = localDateTime(date, time, after.timeZone());
            if (slot.isValid() && slot > after && withinWorkingHours(slot))
                return slot;
        }
    }
    return std::nullopt;
}

std::optional<QDateTime> ReminderScheduler::nextWorkingStart(const QDateTime& after) const
{
    for (int day = 0; day < DaysAhead; ++day) {
        const QDate date = after.date().addDays(day);
        const QDateTime start = localDateTime(date, m_settings.workStart, after.timeZone());
        if (m_settings.workingDays.contains(date.dayOfWeek()) && start.isValid() && start > after)
            return start;
    }
    return std::nullopt;
}

bool ReminderScheduler::isPaused() const
{
    return m_paused && (!m_pausedUntil || m_wallClock.now() < *m_pausedUntil);
}

std::optional<QDateTime> ReminderScheduler::pausedUntil() const
{
    return isPaused() ? m_pausedUntil : std::nullopt;
}

std::optional<ReminderScheduler::Reason> ReminderScheduler::dueReason(const QDateTime& wallNow, qint64 now) const
{
    // Asked for explicitly: not bound to working hours, nor to reminders being on.
    if (m_oneOffAtMs && now >= *m_oneOffAtMs)
        return Reason::OneOff;
    if (isPaused())
        return std::nullopt;
    if (m_snoozedUntilMs && now >= *m_snoozedUntilMs)
        return Reason::Snoozed;
    if (!m_settings.enabled || !withinWorkingHours(wallNow))
        return std::nullopt;
    if (m_settings.mode == ReminderSettings::Mode::ActiveUse)
        return m_activeMs >= m_settings.activeMinutes * MsPerMinute ? std::optional(Reason::ActiveUse) : std::nullopt;
    const std::optional<QDateTime> slot = nextSlotAfter(m_slotsHandledUntil);
    return slot && *slot <= wallNow ? std::optional(Reason::TimeOfDay) : std::nullopt;
}

void ReminderScheduler::takeBreak(const QDateTime& wallNow)
{
    // The break was the point of the reminder: start counting again, and
    // times that passed meanwhile are not made up for. What the person asked
    // for explicitly (a snooze, a one-off) still comes.
    m_activeMs = 0;
    m_slotsHandledUntil = std::max(m_slotsHandledUntil, wallNow);
    if (m_held == Reason::ActiveUse || m_held == Reason::TimeOfDay)
        m_held.reset();
}

void ReminderScheduler::poll()
{
    const qint64 now = m_clock.nowMs();
    const QDateTime wallNow = m_wallClock.now();
    const Activity activity = m_activity.current();
    const qint64 gapMs = std::max<qint64>(0, now - m_lastPollMs);
    const qint64 wallGapMs = m_lastPollWall.msecsTo(wallNow);
    m_lastPollMs = now;
    m_lastPollWall = wallNow;

    bool pauseEnded = false;
    if (m_paused && m_pausedUntil && wallNow >= *m_pausedUntil) {
        spdlog::info("reminders: pause over");
        resume();
        pauseEnded = true; // the gap behind us was paused time: it counts for nothing
    }

    const qint64 breakMs = static_cast<qint64>(m_settings.breakMinutes) * MsPerMinute;
    // The monotonic clock stops while the machine sleeps; the wall clock does
    // not. A difference beyond noise is a suspend (or a changed clock), and
    // as long a time away from the computer as a break is a break.
    const qint64 awayMs = wallGapMs - gapMs;
    if (std::abs(awayMs) > ClockJumpMs) {
        spdlog::info("reminders: the wall clock moved {} s more than the monotonic one (suspend or clock change)",
                     awayMs / 1000);
        if (awayMs >= breakMs)
            takeBreak(wallNow);
        else if (awayMs < 0)
            m_slotsHandledUntil = std::min(m_slotsHandledUntil, wallNow);
    }

    const bool seesIdle = m_activity.seesIdleTime();
    // Locked counts as away; it is a break once the idle time (which keeps
    // growing behind the lock) is as long as one.
    if (seesIdle && activity.idleMs >= breakMs) {
        if (m_activeMs > 0 || m_held == Reason::ActiveUse)
            spdlog::debug("reminders: natural break (idle {} s)", activity.idleMs / 1000);
        takeBreak(wallNow);
    } else if (!activity.locked && !pauseEnded && !isPaused() && withinWorkingHours(wallNow)) {
        // The gap was active use except its idle end (without idle time all
        // of it counts), and only from the start of today's working hours.
        const qint64 idleMs = seesIdle ? std::min(gapMs, activity.idleMs) : 0;
        const qint64 sinceWorkStart
            = localDateTime(wallNow.date(), m_settings.workStart, wallNow.timeZone()).msecsTo(wallNow);
        m_activeMs += std::clamp<qint64>(gapMs - idleMs, 0, std::max<qint64>(0, sinceWorkStart));
    }

    const std::optional<Reason> due = m_held ? m_held : dueReason(wallNow, now);
    if (!due)
        return;
    if (activity.doNotDisturb || activity.sessionRunning || (seesIdle && activity.idleMs >= AwayAfterIdleMs)
        || activity.locked) {
        if (!m_held)
            spdlog::info("reminders: {} reminder due; waiting ({})", nameOf(*due),
                         activity.sessionRunning     ? "a session is running"
                             : activity.doNotDisturb ? "do not disturb"
                                                     : "nobody at the computer");
        m_held = due;
        return;
    }
    fire(*due, wallNow);
}

void ReminderScheduler::fire(Reason reason, const QDateTime& wallNow)
{
    // One reminder stands for everything due now: the count and the times of
    // day start again from here, so two never come back to back.
    m_held.reset();
    m_activeMs = 0;
    m_slotsHandledUntil = std::max(m_slotsHandledUntil, wallNow);
    m_snoozedUntilMs.reset();
    if (reason == Reason::OneOff)
        m_oneOffAtMs.reset();
    spdlog::info("reminders: reminding now ({})", nameOf(reason));
    Q_EMIT reminderDue(reason);
}

qint64 ReminderScheduler::msUntilNextPoll() const
{
    const qint64 now = m_clock.nowMs();
    const QDateTime wallNow = m_wallClock.now();
    std::optional<qint64> next;
    const auto consider = [&next](qint64 ms) { next = next ? std::min(*next, ms) : ms; };
    const auto wallMsUntil = [&wallNow](const QDateTime& at) { return wallNow.msecsTo(at); };
    // What waits here waits on a timer, in real milliseconds. Waits measured
    // on the monotonic clock (a one-off, a snooze, minutes of use) shrink by
    // --time-scale; waits for the wall clock (a pause until 14:00, working
    // hours, times of day) do not, since the wall clock is never scaled.
    const double scale = m_clock.scale();
    const auto realMs
        = [scale](qint64 clockMs) { return static_cast<qint64>(std::ceil(static_cast<double>(clockMs) / scale)); };

    if (m_oneOffAtMs)
        consider(realMs(*m_oneOffAtMs - now));
    if (m_held)
        consider(realMs(HeldRecheckMs));
    if (isPaused()) {
        if (m_pausedUntil)
            consider(std::min(wallMsUntil(*m_pausedUntil), LongestSleepMs));
    } else {
        if (m_snoozedUntilMs)
            consider(realMs(*m_snoozedUntilMs - now));
        if (m_settings.enabled) {
            if (!withinWorkingHours(wallNow)) {
                if (const auto start = nextWorkingStart(wallNow))
                    consider(std::min(wallMsUntil(*start), LongestSleepMs));
            } else if (m_settings.mode == ReminderSettings::Mode::ActiveUse) {
                // Often enough to see a break of breakMinutes and a half.
                const qint64 breakMs = static_cast<qint64>(m_settings.breakMinutes) * MsPerMinute;
                const qint64 left = m_settings.activeMinutes * MsPerMinute - m_activeMs;
                consider(
                    std::min({realMs(left), realMs(std::max<qint64>(breakMs / 2, ShortestSleepMs)), LongestSleepMs}));
            } else if (const auto slot = nextSlotAfter(std::max(m_slotsHandledUntil, wallNow))) {
                // The wall clock can jump: never sleep so long that a jump goes unseen for long.
                consider(std::min(wallMsUntil(*slot), LongestSleepMs));
            } else {
                consider(LongestSleepMs);
            }
        }
    }
    if (!next)
        return -1;
    return std::max(*next, ShortestSleepMs);
}

std::optional<QDateTime> ReminderScheduler::nextReminder() const
{
    const qint64 now = m_clock.nowMs();
    const QDateTime wallNow = m_wallClock.now();
    std::optional<QDateTime> next;
    const auto consider = [&next](const QDateTime& at) { next = next ? std::min(*next, at) : at; };
    // Monotonic deadlines, shown on the (unscaled) wall clock.
    const double scale = m_clock.scale();
    const auto wallAt = [&wallNow, scale](qint64 clockLeftMs) {
        return wallNow.addMSecs(static_cast<qint64>(std::ceil(static_cast<double>(clockLeftMs) / scale)));
    };
    if (m_oneOffAtMs)
        consider(wallAt(std::max<qint64>(0, *m_oneOffAtMs - now)));
    if (isPaused() && !m_pausedUntil)
        return next;
    if (m_snoozedUntilMs && !isPaused())
        consider(wallAt(std::max<qint64>(0, *m_snoozedUntilMs - now)));
    if (!m_settings.enabled)
        return next;
    const QDateTime from = isPaused() ? *m_pausedUntil : wallNow;
    if (m_settings.mode == ReminderSettings::Mode::TimesOfDay) {
        // A time already passed but not yet shown is due now (or at the end of the pause, which drops it).
        const QDateTime after = isPaused() ? std::max(m_slotsHandledUntil, from) : m_slotsHandledUntil;
        if (const auto slot = nextSlotAfter(after))
            consider(std::max(*slot, from));
        return next;
    }
    // Active use: if the person keeps working from now (or from the end of the pause).
    const qint64 activeLeft
        = std::max<qint64>(0, m_settings.activeMinutes * MsPerMinute - (isPaused() ? 0 : m_activeMs));
    QDateTime at = from.addMSecs(static_cast<qint64>(std::ceil(static_cast<double>(activeLeft) / scale)));
    if (!withinWorkingHours(from) || !withinWorkingHours(at)) {
        const auto start = nextWorkingStart(from);
        if (!start)
            return next;
        at = start->addMSecs(m_settings.activeMinutes * MsPerMinute);
    }
    consider(at);
    return next;
}

void ReminderScheduler::snooze(int minutes)
{
    m_held.reset();
    m_snoozedUntilMs = m_clock.nowMs() + minutes * MsPerMinute;
    spdlog::info("reminders: snoozed for {} min", minutes);
    Q_EMIT stateChanged();
}

void ReminderScheduler::skip()
{
    m_held.reset();
    m_snoozedUntilMs.reset();
    spdlog::info("reminders: this one skipped");
    Q_EMIT stateChanged();
}

void ReminderScheduler::pauseFor(qint64 ms)
{
    m_paused = true;
    m_pausedUntil = m_wallClock.now().addMSecs(ms);
    m_snoozedUntilMs.reset();
    m_held.reset();
    spdlog::info("reminders: paused for {} min", ms / MsPerMinute);
    Q_EMIT stateChanged();
}

void ReminderScheduler::pauseUntilTomorrow()
{
    const QDateTime now = m_wallClock.now();
    m_paused = true;
    m_pausedUntil = localDateTime(now.date().addDays(1), QTime(0, 0), now.timeZone());
    m_snoozedUntilMs.reset();
    m_held.reset();
    spdlog::info("reminders: paused until tomorrow");
    Q_EMIT stateChanged();
}

void ReminderScheduler::pauseUntilResumed()
{
    m_paused = true;
    m_pausedUntil.reset();
    m_snoozedUntilMs.reset();
    m_held.reset();
    spdlog::info("reminders: paused until resumed");
    Q_EMIT stateChanged();
}

void ReminderScheduler::resume()
{
    m_paused = false;
    m_pausedUntil.reset();
    // A fresh start: what was done during the pause is no debt.
    m_activeMs = 0;
    m_slotsHandledUntil = std::max(m_slotsHandledUntil, m_wallClock.now());
    Q_EMIT stateChanged();
}

void ReminderScheduler::remindIn(qint64 ms)
{
    m_oneOffAtMs = m_clock.nowMs() + std::max<qint64>(0, ms);
    spdlog::info("reminders: one-off reminder in {} s", ms / 1000);
    Q_EMIT stateChanged();
}

} // namespace limber
