// The reminders half of SqliteHistoryStore: what was shown and how it was answered.

#include "limber/storage/SqliteHistoryStore.h"

#include "HistoryRows.h"
#include "SqlSupport.h"
#include "StoreWrite.h"

#include <QSqlQuery>
#include <QVariant>

namespace limber {

using namespace sqlite;

namespace {

// Finished is the only answer that may follow another: the session a reminder
// started has now been done to its end. Repeating Started is allowed only to
// tie on the session, which may begin a moment after the answer (the pain
// check-in comes first). Anything else would rewrite what the person said.
bool mayFollow(const std::optional<ReminderOutcome>& current, ReminderOutcome next, bool tiesSession)
{
    if (!current)
        return true;
    if (*current == ReminderOutcome::Started && next == ReminderOutcome::Finished)
        return true;
    return *current == ReminderOutcome::Started && next == ReminderOutcome::Started && tiesSession;
}

} // namespace

StoreResult<qint64> SqliteHistoryStore::addReminder(const ReminderRecord& reminder)
{
    if (reminder.sessionId && *reminder.sessionId <= 0)
        return writeError(tr("there is no session %1").arg(*reminder.sessionId));
    qint64 id = 0;
    const qint64 shownAt = toStored(reminder.shown);
    const qint64 dueAt = reminder.due.isValid() ? toStored(reminder.due) : shownAt;
    const StoreStatus status = write([&](QSqlQuery& query) -> StoreStatus {
        const QVariant outcome = reminder.outcome ? QVariant(toString(*reminder.outcome)) : QVariant();
        const QVariant answeredAt = reminder.outcome ? QVariant(toStored(reminder.answered)) : QVariant();
        const QVariant session = reminder.sessionId ? QVariant(*reminder.sessionId) : QVariant();
        if (!run(query,
                 QStringLiteral("INSERT INTO reminders (due_at, shown_at, reason, outcome, answered_at, session_id)"
                                " VALUES (?, ?, ?, ?, ?, ?)"),
                 {dueAt, shownAt, toString(reminder.reason), outcome, answeredAt, session}))
            return writeError(query.lastError());
        id = query.lastInsertId().toLongLong();
        return {};
    });
    if (!status)
        return StoreError {status.errorMessage()};
    return id;
}

StoreStatus SqliteHistoryStore::setReminderOutcome(qint64 id, ReminderOutcome outcome, qint64 sessionId)
{
    return write([&](QSqlQuery& query) -> StoreStatus {
        if (!run(query, QStringLiteral("SELECT outcome FROM reminders WHERE id = ?"), {id}))
            return writeError(query.lastError());
        if (!query.next())
            return writeError(tr("there is no reminder %1").arg(id));
        const QVariant stored = query.value(0);
        const std::optional<ReminderOutcome> current
            = stored.isNull() ? std::nullopt : reminderOutcomeFromString(stored.toString());
        if (!mayFollow(current, outcome, sessionId != 0))
            return writeError(tr("reminder %1 was already answered (%2)").arg(id).arg(stored.toString()));
        if (sessionId != 0) {
            if (!run(query, QStringLiteral("SELECT count(*) FROM sessions WHERE id = ?"), {sessionId}))
                return writeError(query.lastError());
            if (!query.next() || query.value(0).toInt() == 0)
                return writeError(tr("there is no session %1").arg(sessionId));
        }
        if (!run(query,
                 QStringLiteral("UPDATE reminders SET outcome = ?, answered_at = ?,"
                                " session_id = COALESCE(?, session_id) WHERE id = ?"),
                 {toString(outcome), toStored({}), sessionId != 0 ? QVariant(sessionId) : QVariant(), id}))
            return writeError(query.lastError());
        return {};
    });
}

StoreResult<QList<ReminderRecord>> SqliteHistoryStore::reminders(const QDateTime& from, const QDateTime& to) const
{
    if (!m_open)
        return notOpenError();
    QSqlQuery query(database());
    QVariantList values;
    const QString where = rangeCondition(QStringLiteral("shown_at"), from, to, values);
    if (!run(query,
             QStringLiteral("SELECT %1 FROM reminders WHERE %2 ORDER BY shown_at, id").arg(ReminderColumns, where),
             values))
        return readError(query.lastError());
    QList<ReminderRecord> records;
    while (query.next())
        records.append(reminderFromRow(query));
    return records;
}

} // namespace limber
