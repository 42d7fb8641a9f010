#include "limber/HistoryCsv.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace limber {

namespace {

QString optionalNumber(const std::optional<int>& value)
{
    return value ? QString::number(*value) : QString();
}

} // namespace

QString csvField(const QString& value)
{
    const bool needsQuotes = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvLine(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& field : fields)
        quoted.append(csvField(field));
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString csvTimestamp(const QDateTime& moment)
{
    if (!moment.isValid())
        return {};
    const QDateTime local = moment.toLocalTime();
    // Pinning the offset makes Qt print it ("+01:00") instead of a bare local time.
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

QStringList historyCsvHeader()
{
    return {QStringLiteral("id"), QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("region"),
            QStringLiteral("exercises"), QStringLiteral("exercises_planned"), QStringLiteral("exercises_completed"),
            QStringLiteral("steps_completed"), QStringLiteral("total_steps"), QStringLiteral("active_minutes"),
            QStringLiteral("outcome"), QStringLiteral("pain_before"), QStringLiteral("pain_after"),
            QStringLiteral("record"), QStringLiteral("reason"), QStringLiteral("due"), QStringLiteral("session_id"),
            // Added last, so that a sheet made from an older export keeps its columns.
            QStringLiteral("routine"), QStringLiteral("routine_id")};
}

QStringList historyCsvFields(const SessionRecord& session)
{
    return {QString::number(session.id),
            csvTimestamp(session.start),
            csvTimestamp(session.end),
            session.regionId,
            session.exerciseIds.join(QLatin1Char(' ')),
            QString::number(session.exercisesPlanned()),
            QString::number(session.progress.exercisesCompleted),
            QString::number(session.progress.stepsCompleted),
            QString::number(session.totalSteps),
            QString::number(session.activeMinutes(), 'f', 1),
            toString(session.outcome),
            optionalNumber(session.painBefore),
            optionalNumber(session.painAfter),
            QStringLiteral("session"),
            QString(),
            QString(),
            QString(),
            session.routineName,
            session.routineId};
}

QStringList historyCsvFields(const ReminderRecord& reminder)
{
    QStringList fields(historyCsvHeader().size());
    fields[0] = QString::number(reminder.id);
    fields[1] = csvTimestamp(reminder.shown);
    fields[2] = reminder.outcome ? csvTimestamp(reminder.answered) : QString();
    fields[10] = reminder.outcome ? toString(*reminder.outcome) : QString();
    fields[13] = QStringLiteral("reminder");
    fields[14] = toString(reminder.reason);
    fields[15] = csvTimestamp(reminder.due);
    fields[16] = reminder.sessionId ? QString::number(*reminder.sessionId) : QString();
    return fields;
}

QString historyCsv(const QList<SessionRecord>& sessions, const QList<ReminderRecord>& reminders)
{
    QString csv = csvLine(historyCsvHeader());
    // Both lists come oldest first from the store; merging keeps a reminder
    // next to the session it started. On a tie the reminder goes first: it
    // was shown before the session it began.
    qsizetype s = 0;
    qsizetype r = 0;
    while (s < sessions.size() || r < reminders.size()) {
        const bool reminderNext
            = r < reminders.size() && (s == sessions.size() || reminders[r].shown <= sessions[s].start);
        csv += reminderNext ? csvLine(historyCsvFields(reminders[r++])) : csvLine(historyCsvFields(sessions[s++]));
    }
    return csv;
}

StoreStatus exportHistoryCsv(const HistoryStore& store, const QString& path)
{
    const StoreResult<QList<SessionRecord>> all = store.sessions();
    if (!all)
        return StoreError {all.errorMessage()};
    const StoreResult<QList<ReminderRecord>> reminders = store.reminders();
    if (!reminders)
        return StoreError {reminders.errorMessage()};
    // QSaveFile: a failed export never leaves half a file where a good one was.
    QSaveFile file(path);
    const QByteArray csv = historyCsv(all.value(), reminders.value()).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        // The store wrote the file once; its translation context came along so
        // the shipped translations still find the message.
        return StoreError {
            QCoreApplication::translate("limber::SqliteHistoryStore", "The history could not be exported to %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return {};
}

} // namespace limber
