#pragma once

#include "limber/History.h"
#include "limber/SessionEngine.h"

#include <QObject>
#include <QString>

#include <optional>

namespace limber {

class Catalog;
class Clock;

// Writes a session to the history while it runs: at the start, at every step
// (and so at every completed exercise), on pause, on stop and at the end. A
// crash or a kill therefore loses at most the step in progress, and the
// record left "running" shows up as interrupted next time.
//
// Saving never gets in the session's way: when the store fails, the session
// goes on, lastError() says why and saveErrorChanged() tells the UI once.
//
// Must not outlive the engine it listens to (make it the engine's child, or
// destroy it first).
class HistoryRecorder final : public QObject {
    Q_OBJECT

public:
    HistoryRecorder(HistoryStore& store, SessionEngine& engine, const Clock& clock, const Catalog& catalog,
                    QObject* parent = nullptr);

    // Pain the person reported before the next session; stored with it, then forgotten.
    void setPainBefore(std::optional<int> level) { m_pendingPainBefore = level; }

    // The next session the engine starts continues `interrupted` (from
    // HistoryStore::lastInterrupted) instead of starting a new record. Give the
    // engine a plan of interrupted.exerciseIds from progress.resumeExerciseIndex
    // on; any other plan starts a new record as usual.
    void continueSession(const SessionRecord& interrupted) { m_pendingContinuation = interrupted; }

    // Pain after the session being recorded, or the one that just ended.
    StoreStatus setPainAfter(int level);

    // The session being (or last) recorded; 0 when none was stored.
    qint64 sessionId() const { return m_sessionId; }
    bool isRecording() const { return m_recording; }

    // Why the last write failed; empty while saving works.
    const QString& lastError() const { return m_lastError; }
    bool canSave() const { return m_lastError.isEmpty(); }

public Q_SLOTS:
    // Writes where the session is right now; connected to aboutToQuit.
    void saveProgressNow();

Q_SIGNALS:
    // Saving started failing (message for the person: "history cannot be
    // saved" and why), or works again (empty message).
    void saveErrorChanged(const QString& message);
    // A session ended, completed or stopped, and was written (id 0 if it never
    // could be): the moment to ask "how does your back feel now?".
    void sessionEnded(qint64 sessionId, limber::SessionOutcome outcome);

private:
    void onCue(Cue cue, int stepIndex);
    void onStepChanged(int index);
    void onStateChanged(SessionEngine::State state);
    void onEnded(SessionOutcome outcome);

    void begin();
    bool ensureStored(); // retries a start that could not be written
    bool continueInterrupted();
    void save(int stepsCompletedInPlan, int resumeExerciseInPlan, bool announce);
    SessionProgress progress(int stepsCompletedInPlan, int resumeExerciseInPlan) const;
    qint64 activeMs() const;
    void noteResult(const StoreStatus& status);
    QString regionOf(const QStringList& exerciseIds) const;

    HistoryStore& m_store;
    SessionEngine& m_engine;
    const Clock& m_clock;
    const Catalog& m_catalog;

    std::optional<int> m_pendingPainBefore;
    std::optional<SessionRecord> m_pendingContinuation;

    SessionRecord m_record; // what begin() asked the store to keep
    qint64 m_sessionId = 0;
    bool m_recording = false;
    bool m_continuing = false;

    // A continued session's plan covers only what was left; these carry what
    // was done before so the record adds up.
    int m_exerciseOffset = 0;
    int m_stepOffset = 0;
    int m_exercisesBefore = 0;
    qint64 m_activeMsBefore = 0;

    int m_furthestStep = 0;       // steps of this plan left behind
    int m_resumeExercise = 0;     // in this plan
    qint64 m_activeMs = 0;        // of this run, finished running stretches
    qint64 m_runningSinceMs = -1; // clock time the current running stretch began
    std::optional<SessionProgress> m_lastSaved;
    QString m_lastError;
};

} // namespace limber
