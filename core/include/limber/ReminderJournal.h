#pragma once

#include "limber/Reminder.h"

#include <QObject>

#include <optional>

namespace limber {

class HistoryRecorder;
class HistoryStore;

// Keeps every reminder and its answer in the history: shown, then started
// (tied to the session it began once the recorder has stored it, and
// finished when that session is completed), snoozed, skipped or ignored.
// A store that fails is logged and never gets in the reminder's way.
class ReminderJournal final : public QObject {
    Q_OBJECT

public:
    ReminderJournal(HistoryStore& store, HistoryRecorder& recorder, QObject* parent = nullptr);

    void shown(ReminderReason reason);
    void answered(ReminderOutcome outcome);

    // The reminder written last and not yet closed; empty when none.
    std::optional<qint64> openReminder() const { return m_open; }

private:
    void onSessionEnded(qint64 sessionId, bool completed);

    HistoryStore& m_store;
    std::optional<qint64> m_open;    // shown, not answered yet
    std::optional<qint64> m_started; // answered Start: waiting for its session
};

} // namespace limber
