#pragma once

#include "limber/Catalog.h"
#include "limber/SetAside.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace limber {

struct Routine;

// Cues by meaning; the front end decides how each one sounds or looks.
enum class Cue {
    SessionStart,
    Prepare, // get into position for the next exercise
    HoldStart,
    Release,
    SwitchSides,
    BreatheIn,
    BreatheOut,
    Rep,        // a repetition phase without a breath instruction
    HoldEnding, // one of the last seconds of a hold
    ExerciseDone,
    SessionDone,
};

enum class StepKind { Prepare, Hold, Rest, SwitchSides, Move };
enum class Side { None, Left, Right };

// One entry of the flat timeline the engine walks through.
struct Step {
    StepKind kind = StepKind::Prepare;
    QString exerciseId;
    QString phaseId;    // for repetition phases ("lift", "cat"); empty otherwise
    qint64 startMs = 0; // offset from the start of the session
    qint64 durationMs = 0;
    int set = 0, sets = 0; // 1-based; 0 when not part of a set
    int rep = 0, reps = 0; // 1-based; 0 when not part of a repetition
    Side side = Side::None;
    Breath breath = Breath::None;
    Cue cue = Cue::Prepare;
    int exerciseIndex = 0; // position of the exercise within the routine
    QString label;         // what to do, in plain (translated) words

    qint64 endMs() const { return startMs + durationMs; }
};

enum class Pace { Slower, Normal, Faster };

struct PlanOptions {
    int leadInMs = 5000;
    int restBetweenHoldsMs = 10000;
    int restBetweenExercisesMs = 10000;
    int switchSidesMs = 5000;
    int holdMs = 30000; // the usual hold; exercises with a maximum (pelvic tilt) stay within it
    Pace pace = Pace::Normal;
    QHash<QString, int> reps; // chosen count for ranged doses, by exercise id
    int holdEndingCueSeconds = 3;

    static double paceFactor(Pace pace);
};

struct Plan {
    QList<Step> steps;
    QStringList exerciseIds;
    qint64 totalMs = 0;
    // The person's routine this plan runs (Planner::plan(Routine)); empty for
    // a region's suggestion or exercises ticked by hand. The history keeps it.
    QString routineId;
    QString routineName;

    bool isEmpty() const { return steps.isEmpty(); }
    // Index of the first step of the exercise after the one `stepIndex` belongs to, or -1.
    int nextExerciseStart(int stepIndex) const;
    int exerciseStart(int stepIndex) const;
};

// Turns a routine (exercise ids + options) into a flat, fully timed timeline.
class Planner final {
public:
    explicit Planner(const Catalog& catalog)
        : m_catalog(catalog)
    {
    }

    Plan plan(const QStringList& exerciseIds, const PlanOptions& options = {}) const;
    // A routine is planned like a list of exercises, with each entry's dose
    // and rests overriding the catalog's and the options' (see Routine.h).
    Plan plan(const Routine& routine, const PlanOptions& options = {}) const;

    // A region id gives its suggested exercises, as home ticks them: without
    // those in `setAside`, each replaced by the next fitting one (suggestFor);
    // otherwise a comma-separated list of ids, taken as given (a deliberate
    // choice). Returns an empty list and sets `error` when the target names
    // nothing known, or a region whose every exercise is set aside.
    QStringList resolveTarget(const QString& target, QString* error = nullptr, const SetAside& setAside = {}) const;

private:
    // One exercise as it will be planned: the catalog's, or a routine's copy with its overrides.
    struct PlanItem {
        Exercise exercise;
        bool exactHold = false; // the hold length is the routine's, not scaled by the hold setting
        int restBetweenHoldsMs = 0;
        int restBeforeMs = 0; // before this exercise, when it is not the first
    };

    Plan planItems(const QList<PlanItem>& items, const PlanOptions& options) const;
    void appendHolds(Plan& plan, const PlanItem& item, const PlanOptions& options, int exerciseIndex) const;
    void appendRepetitions(Plan& plan, const Exercise& exercise, const PlanOptions& options, int exerciseIndex) const;

    const Catalog& m_catalog;
};

// Serialisation, in PlanJson.cpp.
// {"total_ms": N, "steps": [{index, kind, exercise, duration_ms, set, sets, rep, reps, side, breath, label}]}
QJsonObject toJson(const Plan& plan);

QString toString(StepKind kind);
QString toString(Side side);
QString toString(Breath breath);
QString toString(Cue cue);

} // namespace limber
