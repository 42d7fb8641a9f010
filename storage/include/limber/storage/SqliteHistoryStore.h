#pragma once

#include "limber/History.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;
class QSqlDatabase;
class QSqlError;
class QSqlQuery;

namespace limber {

// The history in one SQLite file, through Qt SQL's QSQLITE driver.
//
// Durability: WAL journal with synchronous=NORMAL. A commit is in the WAL file
// (the OS page cache) before the call returns, so killing Limber loses nothing
// that was committed; only a power cut can lose the last few commits, and even
// then the file stays consistent. That makes a write per step cheap enough for
// the GUI thread, which is what keeps a crash from losing more than one step.
//
// A lock file beside the database says which process has it open: a second
// Limber must not take the first one's live session for an interrupted one.
//
// Faults never throw and never crash: every operation returns its error. A
// damaged file is moved aside (history.sqlite.corrupt-YYYYMMDD-HHMMSS) and a
// fresh one started; open() says where the old one went.
class SqliteHistoryStore final : public HistoryStore {
    Q_DECLARE_TR_FUNCTIONS(limber::SqliteHistoryStore)

public:
    // Version 1: sessions. Version 2: pain check-ins in their own table (the
    // pain columns of version 1 move there) and an index on session start.
    // Version 3: reminders and how they were answered. Version 4: exercises
    // set aside because they made the pain sharper ("This one hurt").
    static constexpr int SchemaVersion = 5;

    // <AppDataLocation>/history.sqlite
    static QString defaultPath();

    // The set-aside marks in the file at `databasePath`, read without opening
    // the history for writing: no file is made, nothing is migrated or marked
    // interrupted (for `limber --plan`, which must change nothing). A missing
    // file, or one from before version 4, has none.
    static StoreResult<QList<SetAsideMark>> readSetAsideMarks(const QString& databasePath = defaultPath());

    explicit SqliteHistoryStore(QString databasePath = defaultPath());
    ~SqliteHistoryStore() override;
    SqliteHistoryStore(const SqliteHistoryStore&) = delete;
    SqliteHistoryStore& operator=(const SqliteHistoryStore&) = delete;

    const QString& databasePath() const { return m_path; }
    void close();

    StoreResult<OpenReport> open() override;
    bool isOpen() const override { return m_open; }

    StoreResult<qint64> beginSession(const SessionRecord& record) override;
    StoreStatus updateProgress(qint64 id, const SessionProgress& progress) override;
    StoreStatus finishSession(qint64 id, SessionOutcome outcome, const SessionProgress& progress) override;
    StoreStatus resumeSession(qint64 id) override;
    StoreStatus setPainBefore(qint64 id, int level) override;
    StoreStatus setPainAfter(qint64 id, int level) override;
    StoreResult<qint64> addPainCheckIn(const PainCheckIn& checkIn) override;

    StoreResult<qint64> addReminder(const ReminderRecord& reminder) override;
    StoreStatus setReminderOutcome(qint64 id, ReminderOutcome outcome, qint64 sessionId = 0) override;
    StoreResult<QList<ReminderRecord>> reminders(const QDateTime& from = {}, const QDateTime& to = {}) const override;

    StoreResult<QList<SessionRecord>> sessions(const QDateTime& from = {}, const QDateTime& to = {}) const override;
    StoreResult<QList<PainCheckIn>> painCheckIns(const QDateTime& from = {}, const QDateTime& to = {}) const override;
    StoreResult<std::optional<SessionRecord>> lastInterrupted(std::chrono::seconds maxAge,
                                                              const QDateTime& now
                                                              = QDateTime::currentDateTimeUtc()) const override;
    StoreStatus discardInterrupted(qint64 id) override;

    StoreResult<qint64> addSetAside(const SetAsideMark& mark) override;
    StoreStatus removeSetAside(qint64 markId) override;
    StoreStatus liftSetAside(const QString& exerciseId, const QDateTime& at = {}) override;
    StoreResult<QList<SetAsideMark>> setAsideMarks() const override;

private:
    enum class Attempt { Opened, Damaged, Failed };
    struct AttemptResult {
        Attempt attempt = Attempt::Failed;
        QString problem;
        int foundVersion = -1;
        int interrupted = 0;
        QString notice;
    };

    AttemptResult attemptOpen();
    StoreStatus migrate(int fromVersion);
    StoreResult<int> markRunningAsInterrupted();
    bool anotherLimberHasItOpen();
    StoreResult<QString> moveDamagedFileAside();
    void removeConnection();
    QSqlDatabase database() const;

    // Runs `work` inside one transaction; rolls back when it reports an error.
    template <typename Work>
    StoreStatus write(Work&& work);
    StoreStatus setPain(qint64 id, int level, PainCheckIn::Moment moment);

    StoreError notOpenError() const;
    // What went wrong, in words a person can act on where we know better
    // than SQLite's own (a full disk); otherwise SQLite's text.
    QString explain(const QSqlError& error) const;
    StoreError readError(const QSqlError& error) const;
    StoreError writeError(const QSqlError& error) const;
    StoreError writeError(const QString& problem) const;

    QString m_path;
    QString m_connectionName;
    QString m_openProblem; // why the last open() failed, repeated by every later call
    std::unique_ptr<QLockFile> m_lock;
    bool m_open = false;
};

} // namespace limber
