#include "HistoryMigrations.h"

namespace limber::sqlite {

const QList<Migration>& historyMigrations()
{
    static const QList<Migration> steps = {
        {1,
         {QStringLiteral("CREATE TABLE sessions ("
                         " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                         " started_at INTEGER NOT NULL," // ms since the epoch, UTC
                         " updated_at INTEGER NOT NULL," // last progress write
                         " ended_at INTEGER,"            // set when completed or stopped
                         " region_id TEXT NOT NULL,"
                         " exercise_ids TEXT NOT NULL," // JSON array, the planned routine
                         " exercises_planned INTEGER NOT NULL,"
                         " exercises_completed INTEGER NOT NULL DEFAULT 0,"
                         " steps_completed INTEGER NOT NULL DEFAULT 0,"
                         " total_steps INTEGER NOT NULL,"
                         " resume_exercise INTEGER NOT NULL DEFAULT 0,"
                         " active_ms INTEGER NOT NULL DEFAULT 0,"
                         " outcome TEXT NOT NULL"
                         "  CHECK (outcome IN ('running', 'completed', 'stopped', 'interrupted')),"
                         " resumable INTEGER NOT NULL DEFAULT 1,"
                         " pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),"
                         " pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10))")}},
        {2,
         {QStringLiteral("CREATE TABLE pain_checkins ("
                         " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                         " at INTEGER NOT NULL,"
                         " region_id TEXT NOT NULL,"
                         " level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 10),"
                         " session_id INTEGER REFERENCES sessions(id) ON DELETE CASCADE,"
                         " moment TEXT NOT NULL CHECK (moment IN ('before', 'after', 'standalone')))"),
          QStringLiteral("CREATE INDEX pain_checkins_at ON pain_checkins(at)"),
          QStringLiteral("CREATE UNIQUE INDEX pain_checkins_session_moment"
                         " ON pain_checkins(session_id, moment) WHERE session_id IS NOT NULL"),
          QStringLiteral("INSERT INTO pain_checkins (at, region_id, level, session_id, moment)"
                         " SELECT started_at, region_id, pain_before, id, 'before'"
                         " FROM sessions WHERE pain_before IS NOT NULL"),
          QStringLiteral("INSERT INTO pain_checkins (at, region_id, level, session_id, moment)"
                         " SELECT COALESCE(ended_at, updated_at), region_id, pain_after, id, 'after'"
                         " FROM sessions WHERE pain_after IS NOT NULL"),
          QStringLiteral("ALTER TABLE sessions DROP COLUMN pain_before"),
          QStringLiteral("ALTER TABLE sessions DROP COLUMN pain_after"),
          QStringLiteral("CREATE INDEX sessions_started_at ON sessions(started_at)")}},
        {3,
         {QStringLiteral("CREATE TABLE reminders ("
                         " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                         " due_at INTEGER NOT NULL,"   // ms since the epoch, UTC
                         " shown_at INTEGER NOT NULL," // later than due_at while do-not-disturb held it
                         " reason TEXT NOT NULL"
                         "  CHECK (reason IN ('active-use', 'time-of-day', 'snoozed', 'one-off')),"
                         " outcome TEXT" // NULL while the reminder is open
                         "  CHECK (outcome IN ('started', 'finished', 'snoozed', 'skipped', 'ignored')),"
                         " answered_at INTEGER,"
                         // A session outlives its reminder's link: the exercises were done.
                         " session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL)"),
          QStringLiteral("CREATE INDEX reminders_shown_at ON reminders(shown_at)")}},
        {4,
         {QStringLiteral("CREATE TABLE set_aside ("
                         " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                         " exercise_id TEXT NOT NULL CHECK (length(exercise_id) > 0),"
                         " marked_at INTEGER NOT NULL CHECK (typeof(marked_at) = 'integer')," // ms since the epoch, UTC
                         // The mark outlives its session: the exercise still hurt that day.
                         " session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,"
                         " lifted_at INTEGER CHECK (lifted_at IS NULL OR typeof(lifted_at) = 'integer'))"),
          // At most one mark holds per exercise; lifted ones stay as the record.
          QStringLiteral("CREATE UNIQUE INDEX set_aside_holding ON set_aside(exercise_id) WHERE lifted_at IS NULL")}},
        {5,
         // Which of the person's routines a session ran, and its name then (a
         // routine can be renamed or deleted; the history keeps what was done).
         // NULL for a region's suggestion, hand-picked exercises, and every
         // session recorded before version 5.
         {QStringLiteral("ALTER TABLE sessions ADD COLUMN routine_id TEXT"),
          QStringLiteral("ALTER TABLE sessions ADD COLUMN routine_name TEXT")}},
    };
    return steps;
}

} // namespace limber::sqlite
