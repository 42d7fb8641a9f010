#include "HistoryRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace limber::sqlite {

namespace {

std::optional<int> optionalInt(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

} // namespace

const QString SessionColumns = QStringLiteral(
    "s.id, s.started_at, s.updated_at, s.ended_at, s.region_id, s.exercise_ids, s.total_steps,"
    " s.resume_exercise, s.exercises_completed, s.steps_completed, s.active_ms, s.outcome, s.resumable,"
    " (SELECT level FROM pain_checkins WHERE session_id = s.id AND moment = 'before'),"
    " (SELECT level FROM pain_checkins WHERE session_id = s.id AND moment = 'after'),"
    " s.routine_id, s.routine_name");

const QString PainCheckInColumns = QStringLiteral("id, at, region_id, level, session_id, moment");

const QString ReminderColumns = QStringLiteral("id, due_at, shown_at, reason, outcome, answered_at, session_id");

const QString SetAsideColumns = QStringLiteral("id, exercise_id, marked_at, session_id, lifted_at");

qint64 toStored(const QDateTime& moment)
{
    return (moment.isValid() ? moment : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
}

QDateTime fromStored(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong());
}

QString encodeIds(const QStringList& ids)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

QStringList decodeIds(const QString& json)
{
    QStringList ids;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto& value : array)
        ids.append(value.toString());
    return ids;
}

SessionRecord sessionFromRow(const QSqlQuery& query)
{
    SessionRecord record;
    record.id = query.value(0).toLongLong();
    record.start = fromStored(query.value(1));
    record.end = query.value(3).isNull() ? fromStored(query.value(2)) : fromStored(query.value(3));
    record.regionId = query.value(4).toString();
    record.exerciseIds = decodeIds(query.value(5).toString());
    record.totalSteps = query.value(6).toInt();
    record.progress.resumeExerciseIndex = query.value(7).toInt();
    record.progress.exercisesCompleted = query.value(8).toInt();
    record.progress.stepsCompleted = query.value(9).toInt();
    record.progress.activeMs = query.value(10).toLongLong();
    record.progress.at = fromStored(query.value(2));
    record.outcome = sessionOutcomeFromString(query.value(11).toString()).value_or(SessionOutcome::Interrupted);
    record.resumable = query.value(12).toBool();
    record.painBefore = optionalInt(query.value(13));
    record.painAfter = optionalInt(query.value(14));
    record.routineId = query.value(15).toString();
    record.routineName = query.value(16).toString();
    return record;
}

PainCheckIn painCheckInFromRow(const QSqlQuery& query)
{
    PainCheckIn checkIn;
    checkIn.id = query.value(0).toLongLong();
    checkIn.at = fromStored(query.value(1));
    checkIn.regionId = query.value(2).toString();
    checkIn.level = query.value(3).toInt();
    if (!query.value(4).isNull())
        checkIn.sessionId = query.value(4).toLongLong();
    checkIn.moment = painMomentFromString(query.value(5).toString()).value_or(PainCheckIn::Moment::Standalone);
    return checkIn;
}

ReminderRecord reminderFromRow(const QSqlQuery& query)
{
    ReminderRecord reminder;
    reminder.id = query.value(0).toLongLong();
    reminder.due = fromStored(query.value(1));
    reminder.shown = fromStored(query.value(2));
    // The table's CHECK constraints keep other names out; a default is only a guard.
    reminder.reason = reminderReasonFromString(query.value(3).toString()).value_or(ReminderReason::ActiveUse);
    if (!query.value(4).isNull())
        reminder.outcome = reminderOutcomeFromString(query.value(4).toString());
    reminder.answered = fromStored(query.value(5));
    if (!query.value(6).isNull())
        reminder.sessionId = query.value(6).toLongLong();
    return reminder;
}

SetAsideMark setAsideFromRow(const QSqlQuery& query)
{
    SetAsideMark mark;
    mark.id = query.value(0).toLongLong();
    mark.exerciseId = query.value(1).toString();
    mark.at = fromStored(query.value(2));
    if (!query.value(3).isNull())
        mark.sessionId = query.value(3).toLongLong();
    mark.liftedAt = fromStored(query.value(4));
    return mark;
}

QString rangeCondition(const QString& column, const QDateTime& from, const QDateTime& to, QVariantList& values)
{
    QStringList conditions {QStringLiteral("1")};
    if (from.isValid()) {
        conditions.append(column + QStringLiteral(" >= ?"));
        values.append(from.toMSecsSinceEpoch());
    }
    if (to.isValid()) {
        conditions.append(column + QStringLiteral(" < ?"));
        values.append(to.toMSecsSinceEpoch());
    }
    return conditions.join(QStringLiteral(" AND "));
}

} // namespace limber::sqlite
