#pragma once

#include "limber/History.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <optional>

class QSqlQuery;

namespace limber::sqlite {

// How the history's records are kept in SQLite columns, and read back.

// The columns sessionFromRow() reads, for "SELECT <SessionColumns> FROM sessions s".
extern const QString SessionColumns;
// The columns painCheckInFromRow() reads, in the order it reads them.
extern const QString PainCheckInColumns;

// The columns reminderFromRow() reads, in the order it reads them.
extern const QString ReminderColumns;

// The columns setAsideFromRow() reads, in the order it reads them.
extern const QString SetAsideColumns;

// Milliseconds since the epoch, UTC; an invalid moment is stored as now.
qint64 toStored(const QDateTime& moment);
QDateTime fromStored(const QVariant& value);

// The planned routine as a JSON array of exercise ids.
QString encodeIds(const QStringList& ids);
QStringList decodeIds(const QString& json);

// Reads one row selected with SessionColumns.
SessionRecord sessionFromRow(const QSqlQuery& query);
// Reads one row selected with PainCheckInColumns.
PainCheckIn painCheckInFromRow(const QSqlQuery& query);
// Reads one row selected with ReminderColumns.
ReminderRecord reminderFromRow(const QSqlQuery& query);
// Reads one row selected with SetAsideColumns.
SetAsideMark setAsideFromRow(const QSqlQuery& query);

// "started_at >= ? AND started_at < ?" for whichever bounds are valid; their
// values are appended to `values`.
QString rangeCondition(const QString& column, const QDateTime& from, const QDateTime& to, QVariantList& values);

} // namespace limber::sqlite
