#pragma once

#include "limber/ReminderScheduler.h"
#include "limber/ReminderSuggestion.h"
#include "limber/routines/Routine.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace limber {

class Catalog;
class HistoryStore;
class RoutineStore;
class ReminderDriver;
class SetAsideBook;
class ReminderPresenter;
class TimerSource;

// Stretch reminders, put together: the scheduler decides when, the driver
// wakes it, the presenter shows the reminder (a desktop notification or
// Limber's corner prompt) and brings the answer back, and this class turns a
// due reminder into an offer of a session that can be done at the desk, and
// the answer into what happens next. When one of the person's routines is due
// today (dueRoutine(), core), the reminder also offers it by name as a second
// choice; Start stays the desk exercise. The composition root owns one.
class ReminderService final : public QObject {
    Q_OBJECT

public:
    using Outcome = ReminderOutcome;

    ReminderService(const Catalog& catalog, const Clock& clock, const ActivitySource& activity,
                    ReminderPresenter& presenter, TimerSource& timers, QObject* parent = nullptr,
                    const WallClock* wallClock = nullptr); // null: the system's
    ~ReminderService() override;

    ReminderScheduler& scheduler() { return m_scheduler; }
    const ReminderScheduler& scheduler() const { return m_scheduler; }

    // Reads Preferences › Reminders again (after Preferences or --reminders).
    void reloadSettings();
    // limber --remind-in: one reminder after `ms`, whatever the settings say.
    void remindIn(qint64 ms);
    // The region the person last checked in or stretched for: reminders prefer it.
    void setRecentRegion(const QString& regionId);
    // What the person set aside because it hurt: never offered. Null: nothing is.
    void setSetAside(const SetAsideBook* book) { m_setAside = book; }
    SetAside setAside() const;
    // The person's routines and the history of this week, for the routine a
    // reminder offers beside the exercise. Either null: no routine is offered.
    void setRoutines(const RoutineStore* routines, const HistoryStore* history);
    // The routine a reminder now would offer; nullopt when none is due today.
    std::optional<Routine> dueRoutine() const;

    // What a reminder now would offer, and its name with its length
    // ("Shoulder rolls · 2 min") for the tray.
    ReminderSuggestion suggestion() const;
    QString suggestionTitle() const;

Q_SIGNALS:
    // Start this session (the person said Start, or clicked the bubble).
    void startRequested(const QStringList& exerciseIds);
    // Start this routine with its own doses (the reminder's second choice).
    void routineStartRequested(const limber::Routine& routine);
    // For the history and the tray.
    void reminderShown(limber::ReminderReason reason, const QStringList& exerciseIds);
    void reminderAnswered(limber::ReminderOutcome outcome);
    // The presenter cannot ring the reminder's chime itself.
    void chimeWanted();

private:
    void onDue(ReminderReason reason);
    void answer(Outcome outcome);
    QString titleOf(const ReminderSuggestion& chosen) const;

    const Catalog& m_catalog;
    ReminderPresenter& m_presenter;
    SystemWallClock m_systemClock;
    const WallClock& m_wallClock;
    ReminderScheduler m_scheduler;
    std::unique_ptr<ReminderDriver> m_driver;
    QString m_recentRegion;
    const SetAsideBook* m_setAside = nullptr;
    const RoutineStore* m_routines = nullptr;
    const HistoryStore* m_history = nullptr;
    std::optional<Routine> m_offeredRoutine; // the routine of the reminder that is out, if it offers one
    QStringList m_offered;                   // the session of the reminder that is out, if one is
};

} // namespace limber
