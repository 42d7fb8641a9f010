#include "limber/HistoryRecorder.h"

#include "limber/Catalog.h"
#include "limber/Clock.h"

#include <QCoreApplication>
#include <QHash>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace limber {

namespace {

// Worth a write: what a person would miss if it were lost. Time alone is not:
// it is saved with the next change, on pause and at the end.
bool sameMilestones(const SessionProgress& a, const SessionProgress& b)
{
    return a.resumeExerciseIndex == b.resumeExerciseIndex && a.exercisesCompleted == b.exercisesCompleted
        && a.stepsCompleted == b.stepsCompleted;
}

} // namespace

HistoryRecorder::HistoryRecorder(HistoryStore& store, SessionEngine& engine, const Clock& clock, const Catalog& catalog,
                                 QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_engine(engine)
    , m_clock(clock)
    , m_catalog(catalog)
{
    connect(&m_engine, &SessionEngine::cue, this, &HistoryRecorder::onCue);
    connect(&m_engine, &SessionEngine::stepChanged, this, &HistoryRecorder::onStepChanged);
    connect(&m_engine, &SessionEngine::stateChanged, this, &HistoryRecorder::onStateChanged);
    connect(&m_engine, &SessionEngine::finished, this, [this] { onEnded(SessionOutcome::Completed); });
    connect(&m_engine, &SessionEngine::stopped, this, [this] { onEnded(SessionOutcome::Stopped); });
    // Quitting mid-session leaves the record running, so it is offered for
    // resuming next time; this makes it hold the latest position.
    if (QCoreApplication* app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &HistoryRecorder::saveProgressNow);
}

StoreStatus HistoryRecorder::setPainAfter(int level)
{
    if (m_sessionId == 0)
        return StoreError {tr("There is no saved session to add the pain level to.")};
    const StoreStatus status = m_store.setPainAfter(m_sessionId, level);
    noteResult(status);
    return status;
}

void HistoryRecorder::saveProgressNow()
{
    if (!m_recording)
        return;
    const Step* step = m_engine.currentStep();
    save(m_furthestStep, step ? step->exerciseIndex : m_resumeExercise, true);
}

void HistoryRecorder::onCue(Cue cue, int stepIndex)
{
    if (cue == Cue::SessionStart) {
        begin();
    } else if (cue == Cue::ExerciseDone && m_recording) {
        const Step* step = m_engine.stepAt(stepIndex);
        save(stepIndex + 1, step ? step->exerciseIndex + 1 : m_resumeExercise, true);
    }
}

void HistoryRecorder::onStepChanged(int index)
{
    if (!m_recording)
        return;
    const Step* step = m_engine.stepAt(index);
    save(index, step ? step->exerciseIndex : m_resumeExercise, false);
}

void HistoryRecorder::onStateChanged(SessionEngine::State state)
{
    const qint64 now = m_clock.nowMs();
    if (state == SessionEngine::State::Running) {
        if (m_runningSinceMs < 0)
            m_runningSinceMs = now;
        return;
    }
    if (m_runningSinceMs >= 0) {
        m_activeMs += now - m_runningSinceMs;
        m_runningSinceMs = -1;
    }
    if (state == SessionEngine::State::Paused)
        saveProgressNow();
}

void HistoryRecorder::begin()
{
    m_recording = true;
    m_sessionId = 0;
    m_continuing = false;
    m_exerciseOffset = m_stepOffset = m_exercisesBefore = 0;
    m_activeMsBefore = 0;
    m_furthestStep = 0;
    m_resumeExercise = 0;
    m_activeMs = 0;
    m_runningSinceMs = m_engine.state() == SessionEngine::State::Running ? m_clock.nowMs() : -1;
    m_lastSaved.reset();

    if (m_pendingContinuation)
        m_continuing = continueInterrupted();
    m_pendingContinuation.reset();

    if (!m_continuing) {
        const Plan& plan = m_engine.plan();
        m_record = SessionRecord {};
        m_record.start = QDateTime::currentDateTimeUtc();
        m_record.regionId = regionOf(plan.exerciseIds);
        m_record.exerciseIds = plan.exerciseIds;
        m_record.routineId = plan.routineId;
        m_record.routineName = plan.routineName;
        m_record.totalSteps = static_cast<int>(plan.steps.size());
        m_record.painBefore = m_pendingPainBefore;
        ensureStored();
    }
    m_pendingPainBefore.reset();
}

bool HistoryRecorder::continueInterrupted()
{
    const SessionRecord& interrupted = *m_pendingContinuation;
    const int from = interrupted.progress.resumeExerciseIndex;
    const Plan& plan = m_engine.plan();
    if (plan.exerciseIds != interrupted.exerciseIds.mid(from)) {
        spdlog::warn("history: the plan is not the rest of session {}; recording a new session", interrupted.id);
        return false;
    }
    const StoreStatus resumed = m_store.resumeSession(interrupted.id);
    if (!resumed) {
        spdlog::warn("history: cannot continue session {}: {}; recording a new session", interrupted.id,
                     resumed.errorMessage().toStdString());
        return false;
    }
    m_record = interrupted;
    m_sessionId = interrupted.id;
    m_exerciseOffset = from;
    m_stepOffset = std::max(0, interrupted.totalSteps - static_cast<int>(plan.steps.size()));
    m_exercisesBefore = interrupted.progress.exercisesCompleted;
    m_activeMsBefore = interrupted.progress.activeMs;
    if (m_pendingPainBefore)
        noteResult(m_store.setPainBefore(m_sessionId, *m_pendingPainBefore));
    spdlog::info("history: session {} continues at exercise {} of {}", m_sessionId, from + 1,
                 interrupted.exercisesPlanned());
    return true;
}

bool HistoryRecorder::ensureStored()
{
    if (m_sessionId != 0)
        return true;
    m_record.progress = progress(m_furthestStep, m_resumeExercise);
    const StoreResult<qint64> stored = m_store.beginSession(m_record);
    noteResult(stored ? StoreStatus() : StoreStatus(StoreError {stored.errorMessage()}));
    if (!stored)
        return false;
    m_sessionId = stored.value();
    m_lastSaved = m_record.progress;
    spdlog::info("history: session {} started (region {}, {} exercises)", m_sessionId, m_record.regionId.toStdString(),
                 m_record.exercisesPlanned());
    return true;
}

void HistoryRecorder::save(int stepsCompletedInPlan, int resumeExerciseInPlan, bool force)
{
    if (!m_recording)
        return;
    m_furthestStep = std::max(m_furthestStep, stepsCompletedInPlan);
    m_resumeExercise = resumeExerciseInPlan;
    if (!ensureStored())
        return;
    const SessionProgress now = progress(m_furthestStep, m_resumeExercise);
    if (!force && m_lastSaved && sameMilestones(now, *m_lastSaved))
        return;
    const StoreStatus status = m_store.updateProgress(m_sessionId, now);
    noteResult(status);
    if (!status)
        return;
    const bool exerciseDone = !m_lastSaved || now.exercisesCompleted != m_lastSaved->exercisesCompleted;
    m_lastSaved = now;
    // One stable line per completed exercise: the crash test waits for it.
    if (exerciseDone)
        spdlog::info("history: session {} saved exercises_completed={} steps_completed={}/{} active_ms={}", m_sessionId,
                     now.exercisesCompleted, now.stepsCompleted, m_record.totalSteps, now.activeMs);
    else
        spdlog::debug("history: session {} saved steps_completed={}", m_sessionId, now.stepsCompleted);
}

void HistoryRecorder::onEnded(SessionOutcome outcome)
{
    if (!m_recording)
        return;
    if (outcome == SessionOutcome::Completed) {
        const Plan& plan = m_engine.plan();
        m_furthestStep = static_cast<int>(plan.steps.size());
        m_resumeExercise = static_cast<int>(plan.exerciseIds.size());
    }
    if (ensureStored()) {
        const SessionProgress last = progress(m_furthestStep, m_resumeExercise);
        const StoreStatus status = m_store.finishSession(m_sessionId, outcome, last);
        noteResult(status);
        if (status)
            spdlog::info("history: session {} {} exercises_completed={}/{} active_ms={}", m_sessionId,
                         toString(outcome).toStdString(), last.exercisesCompleted, m_record.exercisesPlanned(),
                         last.activeMs);
    }
    m_recording = false;
    Q_EMIT sessionEnded(m_sessionId, outcome);
}

SessionProgress HistoryRecorder::progress(int stepsCompletedInPlan, int resumeExerciseInPlan) const
{
    SessionProgress result;
    result.resumeExerciseIndex = m_exerciseOffset + resumeExerciseInPlan;
    result.exercisesCompleted = m_exercisesBefore + m_engine.completedExercises();
    result.stepsCompleted = m_stepOffset + stepsCompletedInPlan;
    result.activeMs = m_activeMsBefore + activeMs();
    result.at = QDateTime::currentDateTimeUtc();
    return result;
}

qint64 HistoryRecorder::activeMs() const
{
    return m_activeMs + (m_runningSinceMs >= 0 ? m_clock.nowMs() - m_runningSinceMs : 0);
}

void HistoryRecorder::noteResult(const StoreStatus& status)
{
    const QString message = status ? QString() : status.errorMessage();
    if (message == m_lastError)
        return;
    m_lastError = message;
    if (message.isEmpty())
        spdlog::info("history: saving works again");
    else
        spdlog::error("history: {}", message.toStdString());
    Q_EMIT saveErrorChanged(message);
}

QString HistoryRecorder::regionOf(const QStringList& exerciseIds) const
{
    // A routine mixing regions is filed under the one most of it is for.
    QHash<QString, int> counts;
    QString best;
    for (const QString& id : exerciseIds) {
        const Exercise* exercise = m_catalog.exercise(id);
        if (!exercise)
            continue;
        const int count = ++counts[exercise->regionId];
        if (best.isEmpty() || count > counts.value(best))
            best = exercise->regionId;
    }
    return best;
}

} // namespace limber
