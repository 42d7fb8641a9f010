#include "limber/ReminderJournal.h"

#include "limber/History.h"
#include "limber/HistoryRecorder.h"

#include <spdlog/spdlog.h>

#include <utility>

namespace limber {

namespace {

void logFailure(const StoreStatus& status)
{
    if (!status.ok())
        spdlog::warn("history: a reminder could not be saved: {}", status.errorMessage().toStdString());
}

} // namespace

ReminderJournal::ReminderJournal(HistoryStore& store, HistoryRecorder& recorder, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    connect(&recorder, &HistoryRecorder::sessionEnded, this, [this](qint64 sessionId, SessionOutcome outcome) {
        onSessionEnded(sessionId, outcome == SessionOutcome::Completed);
    });
}

void ReminderJournal::shown(ReminderReason reason)
{
    // A reminder nobody answered before the next one came counts as ignored.
    if (m_open)
        answered(ReminderOutcome::Ignored);
    ReminderRecord record;
    record.shown = QDateTime::currentDateTimeUtc();
    record.reason = reason;
    const StoreResult<qint64> added = m_store.addReminder(record);
    if (!added.ok()) {
        logFailure(StoreStatus(StoreError {added.errorMessage()}));
        return;
    }
    m_open = added.value();
}

void ReminderJournal::answered(ReminderOutcome outcome)
{
    const std::optional<qint64> id = std::exchange(m_open, std::nullopt);
    if (!id)
        return;
    logFailure(m_store.setReminderOutcome(*id, outcome));
    if (outcome == ReminderOutcome::Started)
        m_started = id;
}

void ReminderJournal::onSessionEnded(qint64 sessionId, bool completed)
{
    const std::optional<qint64> id = std::exchange(m_started, std::nullopt);
    if (!id || sessionId == 0)
        return;
    logFailure(m_store.setReminderOutcome(*id, ReminderOutcome::Started, sessionId));
    if (completed)
        logFailure(m_store.setReminderOutcome(*id, ReminderOutcome::Finished, sessionId));
}

} // namespace limber
