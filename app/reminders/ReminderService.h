#pragma once

#include "limber/ReminderScheduler.h"
#include "limber/ReminderSuggestion.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace limber {

class Catalog;
class ReminderDriver;
class SetAsideBook;
class ReminderPresenter;
class TimerSource;

// Stretch reminders, put together: the scheduler decides when, the driver
// wakes it, the presenter shows the reminder (a desktop notification or
// Limber's corner prompt) and brings the answer back, and this class turns a
// due reminder into an offer of a session that can be done at the desk, and
// the answer into what happens next. The composition root owns one.
class ReminderService final : public QObject {
    Q_OBJECT

public:
    using Outcome = ReminderOutcome;

    ReminderService(const Catalog& catalog, const Clock& clock, const ActivitySource& activity,
                    ReminderPresenter& presenter, TimerSource& timers, QObject* parent = nullptr);
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

    // What a reminder now would offer, and its name with its length
    // ("Shoulder rolls · 2 min") for the tray.
    ReminderSuggestion suggestion() const;
    QString suggestionTitle() const;

Q_SIGNALS:
    // Start this session (the person said Start, or clicked the bubble).
    void startRequested(const QStringList& exerciseIds);
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
    SystemWallClock m_wallClock;
    ReminderScheduler m_scheduler;
    std::unique_ptr<ReminderDriver> m_driver;
    QString m_recentRegion;
    const SetAsideBook* m_setAside = nullptr;
    QStringList m_offered; // the session of the reminder that is out, if one is
};

} // namespace limber
