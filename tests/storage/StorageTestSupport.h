#pragma once

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <gtest/gtest.h>

namespace limber::test {

// A history file in a folder of its own that disappears after the test.
struct TempHistory {
    QTemporaryDir dir;
    QString folder() const { return dir.path(); }
    QString path() const { return dir.filePath(QStringLiteral("history.sqlite")); }
    QStringList entries() const { return QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot); }
};

// A plain connection to a database file, for building old schemas and looking
// at what the store wrote without going through it.
class RawDatabase final {
public:
    explicit RawDatabase(const QString& path)
        : m_name(QStringLiteral("raw-%1").arg(++counter()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open()) << db.lastError().text().toStdString();
    }
    ~RawDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDatabase(const RawDatabase&) = delete;
    RawDatabase& operator=(const RawDatabase&) = delete;

    void exec(const QString& sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        EXPECT_TRUE(query.exec(sql)) << sql.toStdString() << ": " << query.lastError().text().toStdString();
    }
    // For statements the file should refuse: true when it ran.
    bool tryExec(const QString& sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return query.exec(sql);
    }
    QVariant value(const QString& sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next()) {
            ADD_FAILURE() << sql.toStdString() << ": " << query.lastError().text().toStdString();
            return {};
        }
        return query.value(0);
    }

private:
    static int& counter()
    {
        static int n = 0;
        return n;
    }
    QString m_name;
};

// Version 1 exactly as it shipped, written out here rather than taken from the
// store, so the migration test keeps testing the files people really have.
inline void createVersion1(RawDatabase& db)
{
    db.exec(QStringLiteral(
        "CREATE TABLE sessions (id INTEGER PRIMARY KEY AUTOINCREMENT, started_at INTEGER NOT NULL,"
        " updated_at INTEGER NOT NULL, ended_at INTEGER, region_id TEXT NOT NULL, exercise_ids TEXT NOT NULL,"
        " exercises_planned INTEGER NOT NULL, exercises_completed INTEGER NOT NULL DEFAULT 0,"
        " steps_completed INTEGER NOT NULL DEFAULT 0, total_steps INTEGER NOT NULL,"
        " resume_exercise INTEGER NOT NULL DEFAULT 0, active_ms INTEGER NOT NULL DEFAULT 0,"
        " outcome TEXT NOT NULL CHECK (outcome IN ('running', 'completed', 'stopped', 'interrupted')),"
        " resumable INTEGER NOT NULL DEFAULT 1,"
        " pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),"
        " pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10))"));
    db.exec(QStringLiteral("PRAGMA user_version = 1"));
}

// Version 2 exactly as it shipped (the sessions without their pain columns,
// pain check-ins in a table of their own), written out for the same reason.
inline void createVersion2(RawDatabase& db)
{
    db.exec(QStringLiteral(
        "CREATE TABLE sessions (id INTEGER PRIMARY KEY AUTOINCREMENT, started_at INTEGER NOT NULL,"
        " updated_at INTEGER NOT NULL, ended_at INTEGER, region_id TEXT NOT NULL, exercise_ids TEXT NOT NULL,"
        " exercises_planned INTEGER NOT NULL, exercises_completed INTEGER NOT NULL DEFAULT 0,"
        " steps_completed INTEGER NOT NULL DEFAULT 0, total_steps INTEGER NOT NULL,"
        " resume_exercise INTEGER NOT NULL DEFAULT 0, active_ms INTEGER NOT NULL DEFAULT 0,"
        " outcome TEXT NOT NULL CHECK (outcome IN ('running', 'completed', 'stopped', 'interrupted')),"
        " resumable INTEGER NOT NULL DEFAULT 1)"));
    db.exec(QStringLiteral("CREATE TABLE pain_checkins (id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL,"
                           " region_id TEXT NOT NULL, level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 10),"
                           " session_id INTEGER REFERENCES sessions(id) ON DELETE CASCADE,"
                           " moment TEXT NOT NULL CHECK (moment IN ('before', 'after', 'standalone')))"));
    db.exec(QStringLiteral("CREATE INDEX pain_checkins_at ON pain_checkins(at)"));
    db.exec(QStringLiteral("CREATE UNIQUE INDEX pain_checkins_session_moment"
                           " ON pain_checkins(session_id, moment) WHERE session_id IS NOT NULL"));
    db.exec(QStringLiteral("CREATE INDEX sessions_started_at ON sessions(started_at)"));
    db.exec(QStringLiteral("PRAGMA user_version = 2"));
}

// What version 3 added to version 2, exactly as it shipped: the reminders.
inline void addVersion3Reminders(RawDatabase& db)
{
    db.exec(
        QStringLiteral("CREATE TABLE reminders (id INTEGER PRIMARY KEY AUTOINCREMENT, due_at INTEGER NOT NULL,"
                       " shown_at INTEGER NOT NULL,"
                       " reason TEXT NOT NULL CHECK (reason IN ('active-use', 'time-of-day', 'snoozed', 'one-off')),"
                       " outcome TEXT CHECK (outcome IN ('started', 'finished', 'snoozed', 'skipped', 'ignored')),"
                       " answered_at INTEGER, session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL)"));
    db.exec(QStringLiteral("CREATE INDEX reminders_shown_at ON reminders(shown_at)"));
    db.exec(QStringLiteral("PRAGMA user_version = 3"));
}

inline void createVersion3(RawDatabase& db)
{
    createVersion2(db);
    addVersion3Reminders(db);
}

// What version 4 added to version 3, exactly as it shipped: the set-aside marks.
inline void addVersion4SetAside(RawDatabase& db)
{
    db.exec(QStringLiteral("CREATE TABLE set_aside (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " exercise_id TEXT NOT NULL CHECK (length(exercise_id) > 0),"
                           " marked_at INTEGER NOT NULL CHECK (typeof(marked_at) = 'integer'),"
                           " session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,"
                           " lifted_at INTEGER CHECK (lifted_at IS NULL OR typeof(lifted_at) = 'integer'))"));
    db.exec(QStringLiteral("CREATE UNIQUE INDEX set_aside_holding ON set_aside(exercise_id) WHERE lifted_at IS NULL"));
    db.exec(QStringLiteral("PRAGMA user_version = 4"));
}

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly)) << path.toStdString();
    ASSERT_EQ(file.write(bytes), bytes.size());
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Root ignores file permissions (CAP_DAC_OVERRIDE), and CI runs as root, so a
// read-only folder would not be read-only at all. For this scope the thread
// gives up the capabilities that bypass permissions, as an ordinary user has
// none of them; they come back at the end (they stay in the permitted set).
class PermissionsEnforced final {
public:
    PermissionsEnforced()
    {
        if (geteuid() != 0)
            return;
        m_header.version = _LINUX_CAPABILITY_VERSION_3;
        m_header.pid = 0;
        if (syscall(SYS_capget, &m_header, m_saved) != 0)
            return;
        __user_cap_data_struct reduced[2] = {m_saved[0], m_saved[1]};
        const unsigned bypass = (1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH) | (1u << CAP_FOWNER);
        reduced[0].effective &= ~bypass;
        m_dropped = syscall(SYS_capset, &m_header, reduced) == 0;
    }
    ~PermissionsEnforced()
    {
        if (m_dropped)
            syscall(SYS_capset, &m_header, m_saved);
    }
    PermissionsEnforced(const PermissionsEnforced&) = delete;
    PermissionsEnforced& operator=(const PermissionsEnforced&) = delete;

    // False only for root where the capabilities could not be dropped.
    bool effective() const { return geteuid() != 0 || m_dropped; }

private:
    __user_cap_header_struct m_header {};
    __user_cap_data_struct m_saved[2] {};
    bool m_dropped = false;
};

} // namespace limber::test
