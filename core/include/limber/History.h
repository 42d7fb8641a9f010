#pragma once

#include "limber/Reminder.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <chrono>
#include <optional>
#include <utility>

namespace limber {

// How a session ended. Running is what the record says while it is under way;
// a record still Running when the history is next opened was cut short by a
// crash, a kill or a power cut, and becomes Interrupted.
enum class SessionOutcome { Running, Completed, Stopped, Interrupted };

// Stable names used in the database and in CSV; never translated.
QString toString(SessionOutcome outcome);
std::optional<SessionOutcome> sessionOutcomeFromString(const QString& text);

constexpr int MinPainLevel = 0;
constexpr int MaxPainLevel = 10;
bool isValidPainLevel(int level);

// Where a session had got to. Written as the session goes, so a crash loses at
// most the step that was in progress.
struct SessionProgress {
    int resumeExerciseIndex = 0; // the exercise to continue from (the one in progress, or the next)
    int exercisesCompleted = 0;  // exercises done to the end, not skipped
    int stepsCompleted = 0;      // steps left behind (a skipped step counts as left behind)
    qint64 activeMs = 0;         // time actually spent exercising; pauses excluded
    QDateTime at;                // when this was true; invalid means "now"
};

// One stretching session as the history keeps it.
struct SessionRecord {
    qint64 id = 0; // 0 until stored
    QDateTime start;
    QDateTime end; // last moment the record was written: progress, finish or stop
    QString regionId;
    QStringList exerciseIds; // the planned routine, in order
    // The person's own routine this session ran (Plan::routineId/routineName),
    // its name as it was then; both empty for a region's or hand-picked exercises.
    QString routineId;
    QString routineName;
    int totalSteps = 0;
    SessionProgress progress;
    SessionOutcome outcome = SessionOutcome::Running;
    std::optional<int> painBefore; // 0..10, when the person said
    std::optional<int> painAfter;
    bool resumable = true; // false once the person discarded the offer to continue

    int exercisesPlanned() const { return static_cast<int>(exerciseIds.size()); }
    double activeMinutes() const { return static_cast<double>(progress.activeMs) / 60000.0; }
    // Interrupted, something is left to do and the person did not say "discard".
    bool canResume() const;
};

// "How much does your back hurt?", answered 0..10. Tied to a session when asked
// just before or after one; a check-in on its own has no session.
struct PainCheckIn {
    enum class Moment { Before, After, Standalone };
    qint64 id = 0;
    QDateTime at;
    QString regionId;
    int level = 0;
    std::optional<qint64> sessionId;
    Moment moment = Moment::Standalone;
};

QString toString(PainCheckIn::Moment moment);
std::optional<PainCheckIn::Moment> painMomentFromString(const QString& text);

// One reminder as the history keeps it.
struct ReminderRecord {
    qint64 id = 0;   // 0 until stored
    QDateTime due;   // when the schedule wanted it; invalid means "when shown"
    QDateTime shown; // when the person saw it (later than due while do-not-disturb held it); invalid means "now"
    ReminderReason reason = ReminderReason::ActiveUse;
    std::optional<ReminderOutcome> outcome; // nullopt while it is still open
    QDateTime answered;                     // when the outcome was last set; invalid while open
    std::optional<qint64> sessionId;        // the session it started, if any

    bool isOpen() const { return !outcome.has_value(); }
};

// "This one hurt": an exercise the person marked, on a session's summary, as
// having made the pain sharper. Limber stops suggesting it (home's ticks, the
// reminders, --plan for a region) until the person asks for it again; it can
// still be chosen by hand, deliberately, never silently.
struct SetAsideMark {
    qint64 id = 0; // 0 until stored
    QString exerciseId;
    QDateTime at;                    // when it was marked; invalid means "now"
    std::optional<qint64> sessionId; // the session whose summary it was marked on
    QDateTime liftedAt;              // when "Suggest it again" was chosen; invalid while the mark holds

    bool holds() const { return !liftedAt.isValid(); }
};

// What went wrong, in words for the person: names the file and the problem.
struct StoreError {
    QString message;
};

// A value or the reason there is none. Errors are returned, never thrown, so a
// history that cannot be saved never takes the session down with it.
template <typename T>
class StoreResult final {
public:
    StoreResult(T value)
        : m_value(std::move(value))
    {
    } // NOLINT: implicit on purpose, like std::expected
    StoreResult(StoreError error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    const QString& errorMessage() const { return m_error.message; }

private:
    std::optional<T> m_value;
    StoreError m_error;
};

// The outcome of an operation that returns nothing but may fail.
class StoreStatus final {
public:
    StoreStatus() = default; // success
    StoreStatus(StoreError error)
        : m_error(std::move(error))
        , m_ok(false)
    {
    }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString& errorMessage() const { return m_error.message; }

private:
    StoreError m_error;
    bool m_ok = true;
};

// What opening the history found. Opening can succeed and still have news for
// the person, e.g. that a damaged file was moved aside.
struct OpenReport {
    QString databasePath;
    QString movedAsidePath;       // where a damaged file now is; empty when none was
    QString notice;               // a message for the person; empty when there is nothing to say
    int migratedFromVersion = -1; // schema version found; -1 for a new file
    int interruptedSessions = 0;  // sessions found still running, now marked interrupted
};

// The record of sessions, pain check-ins, reminders and set-aside exercises. Abstract so the recorder and the
// views can be tested without a database, and so core needs no Qt SQL.
class HistoryStore {
public:
    virtual ~HistoryStore() = default;

    virtual StoreResult<OpenReport> open() = 0;
    virtual bool isOpen() const = 0;

    // Stores a new session (outcome Running) and returns its id. A painBefore
    // in the record is stored as a check-in.
    virtual StoreResult<qint64> beginSession(const SessionRecord& record) = 0;
    virtual StoreStatus updateProgress(qint64 id, const SessionProgress& progress) = 0;
    virtual StoreStatus finishSession(qint64 id, SessionOutcome outcome, const SessionProgress& progress) = 0;
    // Marks an interrupted session as running again, for continuing where it stopped.
    virtual StoreStatus resumeSession(qint64 id) = 0;
    virtual StoreStatus setPainBefore(qint64 id, int level) = 0;
    virtual StoreStatus setPainAfter(qint64 id, int level) = 0;
    virtual StoreResult<qint64> addPainCheckIn(const PainCheckIn& checkIn) = 0;

    // Sessions that started in [from, to), oldest first. Invalid bounds are open.
    virtual StoreResult<QList<SessionRecord>> sessions(const QDateTime& from = {}, const QDateTime& to = {}) const = 0;
    virtual StoreResult<QList<PainCheckIn>> painCheckIns(const QDateTime& from = {},
                                                         const QDateTime& to = {}) const = 0;

    // Stores a reminder that was just shown (normally with no outcome yet) and returns its id.
    virtual StoreResult<qint64> addReminder(const ReminderRecord& reminder) = 0;
    // Answers an open reminder, or turns Started into Finished, or ties a
    // Started one to its session (Started again with a `sessionId`). Any other
    // change of an answer is refused. `sessionId` 0 keeps the session already
    // tied to it; another id must name a stored session.
    virtual StoreStatus setReminderOutcome(qint64 id, ReminderOutcome outcome, qint64 sessionId = 0) = 0;
    // Reminders shown in [from, to), oldest first. Invalid bounds are open.
    virtual StoreResult<QList<ReminderRecord>> reminders(const QDateTime& from = {},
                                                         const QDateTime& to = {}) const = 0;

    // The most recent session, when it was interrupted no longer than `maxAge`
    // before `now` and there is something left to do; nullopt otherwise.
    virtual StoreResult<std::optional<SessionRecord>> lastInterrupted(std::chrono::seconds maxAge,
                                                                      const QDateTime& now
                                                                      = QDateTime::currentDateTimeUtc()) const = 0;
    // The person chose not to continue. The record stays: the exercises were done.
    virtual StoreStatus discardInterrupted(qint64 id) = 0;

    // "This one hurt" (SetAside.h). Stores a mark and returns its id; marking
    // an exercise that is already set aside returns the mark that holds.
    // `mark.sessionId`, when given, must name a stored session.
    virtual StoreResult<qint64> addSetAside(const SetAsideMark& mark) = 0;
    // Takes back a mark made by mistake (Undo on the summary): gone, as if never made.
    virtual StoreStatus removeSetAside(qint64 markId) = 0;
    // "Suggest it again": the marks of `exerciseId` that hold are lifted at
    // `at` (invalid: now). The record stays: it did hurt that day.
    virtual StoreStatus liftSetAside(const QString& exerciseId, const QDateTime& at = {}) = 0;
    // Every mark, lifted ones included, oldest first.
    virtual StoreResult<QList<SetAsideMark>> setAsideMarks() const = 0;
};

} // namespace limber
