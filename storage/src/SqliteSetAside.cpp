// The "This one hurt" half of SqliteHistoryStore: exercises set aside because
// they made the pain sharper, and lifted again when the person asks.

#include "limber/storage/SqliteHistoryStore.h"

#include "HistoryRows.h"
#include "SqlSupport.h"
#include "StoreWrite.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace limber {

using namespace sqlite;

StoreResult<QList<SetAsideMark>> SqliteHistoryStore::readSetAsideMarks(const QString& databasePath)
{
    if (!QFileInfo::exists(databasePath))
        return QList<SetAsideMark> {};
    static std::atomic<int> counter {0};
    const QString name = QStringLiteral("limber-set-aside-%1").arg(++counter);
    // However this ends, the connection goes (after every handle on it has).
    struct Guard {
        QString name;
        ~Guard() { QSqlDatabase::removeDatabase(name); }
    } guard {name};
    StoreResult<QList<SetAsideMark>> result {QList<SetAsideMark> {}};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=3000"));
        const auto failed = [&databasePath](const QSqlError& error) {
            return StoreError {tr("The history file %1 could not be read: %2")
                                   .arg(QDir::toNativeSeparators(databasePath), error.text())};
        };
        if (!db.open())
            return failed(db.lastError()); // the connection is removed below: see the guard
        QSqlQuery query(db);
        if (!run(query, QStringLiteral("PRAGMA user_version")) || !query.next()) {
            result = failed(query.lastError());
        } else if (const int version = query.value(0).toInt(); version > SchemaVersion) {
            result = StoreError {tr("The history file %1 was written by a newer version of Limber "
                                    "(format %2; this version reads up to %3).")
                                     .arg(QDir::toNativeSeparators(databasePath))
                                     .arg(version)
                                     .arg(SchemaVersion)};
        } else if (version >= 4) {
            if (!run(query, QStringLiteral("SELECT %1 FROM set_aside ORDER BY marked_at, id").arg(SetAsideColumns))) {
                result = failed(query.lastError());
            } else {
                while (query.next())
                    result.value().append(setAsideFromRow(query));
            }
        }
        query.finish();
        db.close();
    }
    return result;
}

StoreResult<qint64> SqliteHistoryStore::addSetAside(const SetAsideMark& mark)
{
    const QString exerciseId = mark.exerciseId.trimmed();
    if (exerciseId.isEmpty())
        return writeError(tr("no exercise was named to set aside"));
    qint64 id = 0;
    const StoreStatus status = write([&](QSqlQuery& query) -> StoreStatus {
        if (mark.sessionId) {
            if (!run(query, QStringLiteral("SELECT count(*) FROM sessions WHERE id = ?"), {*mark.sessionId}))
                return writeError(query.lastError());
            if (!query.next() || query.value(0).toInt() == 0)
                return writeError(tr("there is no session %1").arg(*mark.sessionId));
        }
        // Marking twice is not an error: the mark that holds already says it.
        if (!run(query, QStringLiteral("SELECT id FROM set_aside WHERE exercise_id = ? AND lifted_at IS NULL"),
                 {exerciseId}))
            return writeError(query.lastError());
        if (query.next()) {
            id = query.value(0).toLongLong();
            return {};
        }
        const QVariant session = mark.sessionId ? QVariant(*mark.sessionId) : QVariant();
        if (!run(query, QStringLiteral("INSERT INTO set_aside (exercise_id, marked_at, session_id) VALUES (?, ?, ?)"),
                 {exerciseId, toStored(mark.at), session}))
            return writeError(query.lastError());
        id = query.lastInsertId().toLongLong();
        return {};
    });
    if (!status)
        return StoreError {status.errorMessage()};
    return id;
}

StoreStatus SqliteHistoryStore::removeSetAside(qint64 markId)
{
    return write([&](QSqlQuery& query) -> StoreStatus {
        if (!run(query, QStringLiteral("DELETE FROM set_aside WHERE id = ?"), {markId}))
            return writeError(query.lastError());
        if (query.numRowsAffected() == 0)
            return writeError(tr("there is no set-aside mark %1").arg(markId));
        return {};
    });
}

StoreStatus SqliteHistoryStore::liftSetAside(const QString& exerciseId, const QDateTime& at)
{
    return write([&](QSqlQuery& query) -> StoreStatus {
        // Lifting what is not set aside changes nothing, and is no error: the wish is already true.
        if (!run(query,
                 QStringLiteral("UPDATE set_aside SET lifted_at = ? WHERE exercise_id = ? AND lifted_at IS NULL"),
                 {toStored(at), exerciseId.trimmed()}))
            return writeError(query.lastError());
        return {};
    });
}

StoreResult<QList<SetAsideMark>> SqliteHistoryStore::setAsideMarks() const
{
    if (!m_open)
        return notOpenError();
    QSqlQuery query(database());
    if (!run(query, QStringLiteral("SELECT %1 FROM set_aside ORDER BY marked_at, id").arg(SetAsideColumns)))
        return readError(query.lastError());
    QList<SetAsideMark> marks;
    while (query.next())
        marks.append(setAsideFromRow(query));
    return marks;
}

} // namespace limber
