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
    return {QStringLiteral("id"),
            QStringLiteral("start"),
            QStringLiteral("end"),
            QStringLiteral("region"),
            QStringLiteral("exercises"),
            QStringLiteral("exercises_planned"),
            QStringLiteral("exercises_completed"),
            QStringLiteral("steps_completed"),
            QStringLiteral("total_steps"),
            QStringLiteral("active_minutes"),
            QStringLiteral("outcome"),
            QStringLiteral("pain_before"),
            QStringLiteral("pain_after")};
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
            optionalNumber(session.painAfter)};
}

QString historyCsv(const QList<SessionRecord>& sessions)
{
    QString csv = csvLine(historyCsvHeader());
    for (const SessionRecord& session : sessions)
        csv += csvLine(historyCsvFields(session));
    return csv;
}

StoreStatus exportHistoryCsv(const HistoryStore& store, const QString& path)
{
    const StoreResult<QList<SessionRecord>> all = store.sessions();
    if (!all)
        return StoreError {all.errorMessage()};
    // QSaveFile: a failed export never leaves half a file where a good one was.
    QSaveFile file(path);
    const QByteArray csv = historyCsv(all.value()).toUtf8();
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
