#include "limber/storage/SqliteHistoryStore.h"

#include "HistoryMigrations.h"
#include "HistoryRows.h"
#include "SqlSupport.h"
#include "StoreWrite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QVariant>

#include <spdlog/spdlog.h>

#include <atomic>

namespace limber {

namespace {

QString uniqueConnectionName()
{
    static std::atomic<int> counter {0};
    return QStringLiteral("limber-history-%1").arg(++counter);
}

// Empty text is stored as NULL: "no routine", as in every row before version 5.
QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

using namespace sqlite;

QString SqliteHistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history.sqlite");
}

SqliteHistoryStore::SqliteHistoryStore(QString databasePath)
    : m_path(std::move(databasePath))
    , m_connectionName(uniqueConnectionName())
{
}

SqliteHistoryStore::~SqliteHistoryStore()
{
    close();
}

QSqlDatabase SqliteHistoryStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void SqliteHistoryStore::removeConnection()
{
    {
        QSqlDatabase db = database();
        if (db.isOpen())
            db.close();
    } // the handle must be gone before the connection is removed
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

void SqliteHistoryStore::close()
{
    m_open = false;
    removeConnection();
    m_lock.reset();
}

bool SqliteHistoryStore::anotherLimberHasItOpen()
{
    m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    // Only a dead owner makes a lock stale; an old lock of a live Limber that
    // has been running for hours is still very much held.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0))
        return false;
    const bool held = m_lock->error() == QLockFile::LockFailedError;
    m_lock.reset(); // unwritable folder and the like: the database will report that itself
    return held;
}

StoreResult<OpenReport> SqliteHistoryStore::open()
{
    close();
    m_openProblem.clear();
    OpenReport report;
    report.databasePath = m_path;

    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder)) {
        m_openProblem = tr("The folder %1 for Limber's history could not be created.").arg(folder);
        spdlog::error("history: {}", m_openProblem.toStdString());
        return StoreError {m_openProblem};
    }

    AttemptResult attempt = attemptOpen();
    if (attempt.attempt == Attempt::Damaged) {
        spdlog::error("history: {} is damaged ({}); moving it aside", m_path.toStdString(),
                      attempt.problem.toStdString());
        removeConnection();
        const StoreResult<QString> moved = moveDamagedFileAside();
        if (!moved) {
            m_openProblem = moved.errorMessage();
            return StoreError {m_openProblem};
        }
        report.movedAsidePath = moved.value();
        report.notice = tr("The history file %1 was damaged and could not be read. It was kept as %2, "
                           "and a new, empty history was started.")
                            .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(moved.value()));
        attempt = attemptOpen();
    }
    if (attempt.attempt != Attempt::Opened) {
        removeConnection();
        m_openProblem = attempt.problem;
        spdlog::error("history: {}", m_openProblem.toStdString());
        return StoreError {m_openProblem};
    }

    m_open = true;
    report.migratedFromVersion = attempt.foundVersion;
    report.interruptedSessions = attempt.interrupted;
    if (!attempt.notice.isEmpty())
        report.notice = report.notice.isEmpty() ? attempt.notice : report.notice + QLatin1Char('\n') + attempt.notice;
    spdlog::info("history: opened {} (schema {} -> {}, {} interrupted)", m_path.toStdString(), attempt.foundVersion,
                 SchemaVersion, attempt.interrupted);
    return report;
}

SqliteHistoryStore::AttemptResult SqliteHistoryStore::attemptOpen()
{
    AttemptResult result;
    const bool existed = QFileInfo::exists(m_path);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        // Another Limber (or a backup tool) may hold a lock for a moment; wait rather than fail.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
        if (!db.open()) {
            result.problem = tr("The history file %1 could not be opened: %2")
                                 .arg(QDir::toNativeSeparators(m_path), explain(db.lastError()));
            return result;
        }
    }
    QSqlDatabase db = database();
    QSqlQuery query(db);

    // Reading the whole file once is cheap at this size and is the only way to
    // notice damage now rather than in the middle of a session.
    if (!run(query, QStringLiteral("PRAGMA quick_check"))) {
        result.attempt = isDamage(query.lastError()) ? Attempt::Damaged : Attempt::Failed;
        result.problem = tr("The history file %1 could not be read: %2")
                             .arg(QDir::toNativeSeparators(m_path), explain(query.lastError()));
        return result;
    }
    if (!query.next() || query.value(0).toString() != QStringLiteral("ok")) {
        result.attempt = Attempt::Damaged;
        result.problem = query.value(0).toString();
        return result;
    }

    if (!run(query, QStringLiteral("PRAGMA user_version")) || !query.next()) {
        result.problem = tr("The history file %1 could not be read: %2")
                             .arg(QDir::toNativeSeparators(m_path), explain(query.lastError()));
        return result;
    }
    const int version = query.value(0).toInt();
    result.foundVersion = existed ? version : -1;
    if (version > SchemaVersion) {
        // Never touch a newer file: an older Limber would drop what it does not know.
        result.problem = tr("The history file %1 was written by a newer version of Limber "
                            "(format %2; this version reads up to %3). Please update Limber.")
                             .arg(QDir::toNativeSeparators(m_path))
                             .arg(version)
                             .arg(SchemaVersion);
        return result;
    }

    if (!run(query, QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()
        || query.value(0).toString() != QStringLiteral("wal"))
        spdlog::warn("history: WAL journal not available for {}: {}", m_path.toStdString(),
                     query.lastError().text().toStdString());
    run(query, QStringLiteral("PRAGMA synchronous = NORMAL"));
    run(query, QStringLiteral("PRAGMA foreign_keys = ON"));

    // Mark open first: migrate() and markRunningAsInterrupted() go through write().
    m_open = true;
    const StoreStatus migrated = migrate(version);
    if (!migrated) {
        m_open = false;
        result.problem = migrated.errorMessage();
        return result;
    }
    const StoreResult<int> interrupted = anotherLimberHasItOpen() ? StoreResult<int>(0) : markRunningAsInterrupted();
    m_open = false;
    if (interrupted) {
        result.interrupted = interrupted.value();
    } else {
        // The history can still be shown; saving will report its own errors.
        result.notice = interrupted.errorMessage();
    }
    result.attempt = Attempt::Opened;
    return result;
}

StoreStatus SqliteHistoryStore::migrate(int fromVersion)
{
    for (const Migration& migration : historyMigrations()) {
        if (migration.toVersion <= fromVersion)
            continue;
        // One transaction per step, the version bump inside it: a step either
        // happens whole or not at all, so a crash mid-migration is harmless.
        const StoreStatus status = write([&](QSqlQuery& query) -> StoreStatus {
            for (const QString& statement : migration.statements) {
                if (!run(query, statement))
                    return writeError(query.lastError());
            }
            if (!run(query, QStringLiteral("PRAGMA user_version = %1").arg(migration.toVersion)))
                return writeError(query.lastError());
            return {};
        });
        if (!status)
            return status;
        spdlog::info("history: migrated {} to schema version {}", m_path.toStdString(), migration.toVersion);
    }
    return {};
}

StoreResult<int> SqliteHistoryStore::markRunningAsInterrupted()
{
    int count = 0;
    const StoreStatus status = write([&](QSqlQuery& query) -> StoreStatus {
        if (!run(query, QStringLiteral("UPDATE sessions SET outcome = 'interrupted' WHERE outcome = 'running'")))
            return writeError(query.lastError());
        count = query.numRowsAffected();
        return {};
    });
    if (!status)
        return StoreError {status.errorMessage()};
    return count;
}

StoreResult<QString> SqliteHistoryStore::moveDamagedFileAside()
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = m_path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + QStringLiteral(".corrupt-") + stamp + QStringLiteral("-%1").arg(n);

    QFile damaged(m_path);
    if (!damaged.rename(target)) {
        return StoreError {tr("The history file %1 is damaged and could not be moved aside: %2")
                               .arg(QDir::toNativeSeparators(m_path), damaged.errorString())};
    }
    // A journal left beside the old file belongs to it; SQLite would try to
    // replay it into the new one.
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(m_path + suffix))
            QFile::rename(m_path + suffix, target + suffix);
    }
    return target;
}

StoreResult<qint64> SqliteHistoryStore::beginSession(const SessionRecord& record)
{
    if (record.painBefore && !isValidPainLevel(*record.painBefore))
        return writeError(tr("a pain level must be between 0 and 10, not %1").arg(*record.painBefore));
    qint64 id = 0;
    const qint64 startedAt = toStored(record.start);
    const StoreStatus status = write([&](QSqlQuery& query) -> StoreStatus {
        const bool inserted
            = run(query,
                  QStringLiteral("INSERT INTO sessions (started_at, updated_at, region_id, exercise_ids,"
                                 " exercises_planned, exercises_completed, steps_completed, total_steps,"
                                 " resume_exercise, active_ms, outcome, routine_id, routine_name)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'running', ?, ?)"),
                  {startedAt, record.progress.at.isValid() ? toStored(record.progress.at) : startedAt, record.regionId,
                   encodeIds(record.exerciseIds), record.exercisesPlanned(), record.progress.exercisesCompleted,
                   record.progress.stepsCompleted, record.totalSteps, record.progress.resumeExerciseIndex,
                   record.progress.activeMs, nullIfEmpty(record.routineId), nullIfEmpty(record.routineName)});
        if (!inserted)
            return writeError(query.lastError());
        id = query.lastInsertId().toLongLong();
        if (record.painBefore
            && !run(query,
                    QStringLiteral("INSERT INTO pain_checkins (at, region_id, level, session_id, moment)"
                                   " VALUES (?, ?, ?, ?, 'before')"),
                    {startedAt, record.regionId, *record.painBefore, id}))
            return writeError(query.lastError());
        return {};
    });
    if (!status)
        return StoreError {status.errorMessage()};
    return id;
}

StoreStatus SqliteHistoryStore::updateProgress(qint64 id, const SessionProgress& progress)
{
    return write([&](QSqlQuery& query) -> StoreStatus {
        if (!run(query,
                 QStringLiteral("UPDATE sessions SET resume_exercise = ?, exercises_completed = ?,"
                                " steps_completed = ?, active_ms = ?, updated_at = ?"
                                " WHERE id = ? AND outcome = 'running'"),
                 {progress.resumeExerciseIndex, progress.exercisesCompleted, progress.stepsCompleted, progress.activeMs,
                  toStored(progress.at), id}))
            return writeError(query.lastError());
        if (query.numRowsAffected() == 0)
            return writeError(tr("there is no running session %1").arg(id));
        return {};
    });
}

StoreStatus SqliteHistoryStore::finishSession(qint64 id, SessionOutcome outcome, const SessionProgress& progress)
{
    if (outcome != SessionOutcome::Completed && outcome != SessionOutcome::Stopped)
        return writeError(tr("a session can only finish completed or stopped"));
    return write([&](QSqlQuery& query) -> StoreStatus {
        const qint64 at = toStored(progress.at);
        if (!run(query,
                 QStringLiteral("UPDATE sessions SET resume_exercise = ?, exercises_completed = ?,"
                                " steps_completed = ?, active_ms = ?, updated_at = ?, ended_at = ?, outcome = ?"
                                " WHERE id = ? AND outcome IN ('running', 'interrupted')"),
                 {progress.resumeExerciseIndex, progress.exercisesCompleted, progress.stepsCompleted, progress.activeMs,
                  at, at, toString(outcome), id}))
            return writeError(query.lastError());
        if (query.numRowsAffected() == 0)
            return writeError(tr("there is no unfinished session %1").arg(id));
        return {};
    });
}

StoreStatus SqliteHistoryStore::resumeSession(qint64 id)
{
    return write([&](QSqlQuery& query) -> StoreStatus {
        if (!run(query,
                 QStringLiteral("UPDATE sessions SET outcome = 'running', updated_at = ?"
                                " WHERE id = ? AND outcome = 'interrupted' AND resumable = 1"),
                 {toStored({}), id}))
            return writeError(query.lastError());
        if (query.numRowsAffected() == 0)
            return writeError(tr("session %1 is not an interrupted session that can be continued").arg(id));
        return {};
    });
}

StoreStatus SqliteHistoryStore::setPainBefore(qint64 id, int level)
{
    return setPain(id, level, PainCheckIn::Moment::Before);
}

StoreStatus SqliteHistoryStore::setPainAfter(qint64 id, int level)
{
    return setPain(id, level, PainCheckIn::Moment::After);
}

StoreStatus SqliteHistoryStore::setPain(qint64 id, int level, PainCheckIn::Moment moment)
{
    if (!isValidPainLevel(level))
        return writeError(tr("a pain level must be between 0 and 10, not %1").arg(level));
    return write([&](QSqlQuery& query) -> StoreStatus {
        // A second answer replaces the first: the person corrected themselves.
        if (!run(query, QStringLiteral("DELETE FROM pain_checkins WHERE session_id = ? AND moment = ?"),
                 {id, toString(moment)}))
            return writeError(query.lastError());
        if (!run(query,
                 QStringLiteral("INSERT INTO pain_checkins (at, region_id, level, session_id, moment)"
                                " SELECT ?, region_id, ?, id, ? FROM sessions WHERE id = ?"),
                 {toStored({}), level, toString(moment), id}))
            return writeError(query.lastError());
        if (query.numRowsAffected() == 0)
            return writeError(tr("there is no session %1").arg(id));
        return {};
    });
}

StoreResult<qint64> SqliteHistoryStore::addPainCheckIn(const PainCheckIn& checkIn)
{
    if (!isValidPainLevel(checkIn.level))
        return writeError(tr("a pain level must be between 0 and 10, not %1").arg(checkIn.level));
    qint64 id = 0;
    const StoreStatus status = write([&](QSqlQuery& query) -> StoreStatus {
        const QVariant session = checkIn.sessionId ? QVariant(*checkIn.sessionId) : QVariant();
        if (checkIn.sessionId
            && !run(query, QStringLiteral("DELETE FROM pain_checkins WHERE session_id = ? AND moment = ?"),
                    {session, toString(checkIn.moment)}))
            return writeError(query.lastError());
        if (!run(query,
                 QStringLiteral("INSERT INTO pain_checkins (at, region_id, level, session_id, moment)"
                                " VALUES (?, ?, ?, ?, ?)"),
                 {toStored(checkIn.at), checkIn.regionId, checkIn.level, session, toString(checkIn.moment)}))
            return writeError(query.lastError());
        id = query.lastInsertId().toLongLong();
        return {};
    });
    if (!status)
        return StoreError {status.errorMessage()};
    return id;
}

StoreResult<QList<SessionRecord>> SqliteHistoryStore::sessions(const QDateTime& from, const QDateTime& to) const
{
    if (!m_open)
        return notOpenError();
    QSqlQuery query(database());
    QVariantList values;
    const QString where = rangeCondition(QStringLiteral("s.started_at"), from, to, values);
    if (!run(
            query,
            QStringLiteral("SELECT %1 FROM sessions s WHERE %2 ORDER BY s.started_at, s.id").arg(SessionColumns, where),
            values))
        return readError(query.lastError());
    QList<SessionRecord> records;
    while (query.next())
        records.append(sessionFromRow(query));
    return records;
}

StoreResult<QList<PainCheckIn>> SqliteHistoryStore::painCheckIns(const QDateTime& from, const QDateTime& to) const
{
    if (!m_open)
        return notOpenError();
    QSqlQuery query(database());
    QVariantList values;
    const QString where = rangeCondition(QStringLiteral("at"), from, to, values);
    if (!run(query,
             QStringLiteral("SELECT %1 FROM pain_checkins WHERE %2 ORDER BY at, id").arg(PainCheckInColumns, where),
             values))
        return readError(query.lastError());
    QList<PainCheckIn> checkIns;
    while (query.next())
        checkIns.append(painCheckInFromRow(query));
    return checkIns;
}

StoreResult<std::optional<SessionRecord>> SqliteHistoryStore::lastInterrupted(std::chrono::seconds maxAge,
                                                                              const QDateTime& now) const
{
    if (!m_open)
        return notOpenError();
    QSqlQuery query(database());
    // Only the latest session is a candidate: once the person has stretched
    // again, an older interruption is no longer "where I left off".
    if (!run(query,
             QStringLiteral("SELECT %1 FROM sessions s ORDER BY s.started_at DESC, s.id DESC LIMIT 1")
                 .arg(SessionColumns)))
        return readError(query.lastError());
    if (!query.next())
        return std::optional<SessionRecord>();
    const SessionRecord latest = sessionFromRow(query);
    const qint64 ageSeconds = latest.progress.at.secsTo(now);
    if (!latest.canResume() || ageSeconds < 0 || ageSeconds > maxAge.count())
        return std::optional<SessionRecord>();
    return std::optional<SessionRecord>(latest);
}

StoreStatus SqliteHistoryStore::discardInterrupted(qint64 id)
{
    return write([&](QSqlQuery& query) -> StoreStatus {
        if (!run(query, QStringLiteral("UPDATE sessions SET resumable = 0 WHERE id = ? AND outcome = 'interrupted'"),
                 {id}))
            return writeError(query.lastError());
        if (query.numRowsAffected() == 0)
            return writeError(tr("session %1 is not an interrupted session").arg(id));
        return {};
    });
}

StoreError SqliteHistoryStore::notOpenError() const
{
    if (!m_openProblem.isEmpty())
        return {m_openProblem};
    return {tr("The history file %1 is not open.").arg(QDir::toNativeSeparators(m_path))};
}

QString SqliteHistoryStore::explain(const QSqlError& error) const
{
    // SQLite's primary result codes (the low byte of the extended ones).
    constexpr int SqliteIoError = 10;
    constexpr int SqliteFull = 13;
    constexpr int SqliteCantOpen = 14;
    const int code = error.nativeErrorCode().toInt() & 0xff;
    // A full disk often surfaces as a plain "disk I/O error" (the -shm or
    // -wal file could not grow), so ask the file system too.
    constexpr qint64 NearlyFullBytes = 256 * 1024;
    const bool full = code == SqliteFull
        || ((code == SqliteIoError || code == SqliteCantOpen)
            && QStorageInfo(QFileInfo(m_path).absolutePath()).bytesAvailable() < NearlyFullBytes);
    if (full)
        return tr("the disk is full. Free some space: Limber keeps trying at every step, and nothing saved "
                  "before is lost");
    return error.text();
}

StoreError SqliteHistoryStore::readError(const QSqlError& error) const
{
    return {tr("The history file %1 could not be read: %2").arg(QDir::toNativeSeparators(m_path), explain(error))};
}

StoreError SqliteHistoryStore::writeError(const QSqlError& error) const
{
    return writeError(explain(error));
}

StoreError SqliteHistoryStore::writeError(const QString& problem) const
{
    return {tr("The history could not be saved to %1: %2").arg(QDir::toNativeSeparators(m_path), problem)};
}

} // namespace limber
