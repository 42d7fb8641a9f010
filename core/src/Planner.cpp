#include "limber/Plan.h"

#include "limber/CatalogText.h"
#include "limber/routines/Routine.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace limber {

namespace {

QString trPlan(const char* text)
{
    return QCoreApplication::translate("limber::Planner", text);
}

Cue cueForBreath(Breath breath)
{
    switch (breath) {
    case Breath::In:
        return Cue::BreatheIn;
    case Breath::Out:
        return Cue::BreatheOut;
    case Breath::None:
        break;
    }
    return Cue::Rep;
}

// The hold-length setting describes the usual 30 s hold; other holds keep
// their proportion to it (a 10 s pelvic tilt stays a third of it), never
// exceeding an exercise's own maximum.
qint64 scaledHoldMs(const HoldDose& dose, int standardHoldMs)
{
    constexpr double catalogStandardMs = 30000.0;
    const double scaled = dose.holdMs * (standardHoldMs / catalogStandardMs);
    qint64 ms = std::llround(scaled / 100.0) * 100; // keep durations tidy to a tenth of a second
    if (dose.maxHoldMs)
        ms = std::min<qint64>(ms, *dose.maxHoldMs);
    return std::max<qint64>(ms, 1000);
}

} // namespace

double PlanOptions::paceFactor(Pace pace)
{
    switch (pace) {
    case Pace::Slower:
        return 1.25;
    case Pace::Faster:
        return 0.8;
    case Pace::Normal:
        break;
    }
    return 1.0;
}

int Plan::exerciseStart(int stepIndex) const
{
    if (stepIndex < 0 || stepIndex >= steps.size())
        return -1;
    const int exercise = steps[stepIndex].exerciseIndex;
    int first = stepIndex;
    while (first > 0 && steps[first - 1].exerciseIndex == exercise)
        --first;
    // The rest that opens an exercise belongs to the gap before it; its lead-in is where it starts.
    for (int i = first; i < steps.size() && steps[i].exerciseIndex == exercise; ++i) {
        if (steps[i].kind == StepKind::Prepare)
            return i;
    }
    return first;
}

int Plan::nextExerciseStart(int stepIndex) const
{
    if (stepIndex < 0 || stepIndex >= steps.size())
        return -1;
    const int exercise = steps[stepIndex].exerciseIndex;
    for (int i = stepIndex + 1; i < steps.size(); ++i) {
        if (steps[i].exerciseIndex != exercise)
            return exerciseStart(i);
    }
    return -1;
}

Plan Planner::plan(const QStringList& exerciseIds, const PlanOptions& options) const
{
    QList<PlanItem> items;
    for (const QString& id : exerciseIds) {
        if (const Exercise* exercise = m_catalog.exercise(id))
            items.append({*exercise, false, options.restBetweenHoldsMs, options.restBetweenExercisesMs});
    }
    return planItems(items, options);
}

Plan Planner::plan(const Routine& routine, const PlanOptions& options) const
{
    using L = RoutineLimits;
    const auto restMs = [](std::optional<int> seconds, int fallbackMs) {
        return seconds ? std::clamp(*seconds, L::MinRestSeconds, L::MaxRestSeconds) * 1000 : fallbackMs;
    };
    QList<PlanItem> items;
    int restBeforeMs = options.restBetweenExercisesMs;
    for (const RoutineEntry& entry : routine.entries) {
        const Exercise* exercise = m_catalog.exercise(entry.exerciseId);
        if (!exercise)
            continue;
        // A hold the routine sets is the therapist's number: the person's
        // hold-length setting does not stretch it.
        const bool exactHold = exercise->dose.type == Dose::Type::Hold && entry.dose.holdSeconds.has_value();
        items.append({applyOverride(*exercise, entry.dose), exactHold,
                      restMs(entry.dose.restSeconds, options.restBetweenHoldsMs), restBeforeMs});
        restBeforeMs = restMs(entry.dose.restAfterSeconds, options.restBetweenExercisesMs);
    }
    Plan result = planItems(items, options);
    result.routineId = routine.id;
    result.routineName = routine.name;
    return result;
}

Plan Planner::planItems(const QList<PlanItem>& items, const PlanOptions& options) const
{
    Plan result;
    int exerciseIndex = 0;
    for (const PlanItem& item : items) {
        const Exercise& exercise = item.exercise;
        if (exerciseIndex > 0 && item.restBeforeMs > 0) {
            Step rest;
            rest.kind = StepKind::Rest;
            rest.exerciseId = exercise.id;
            rest.durationMs = item.restBeforeMs;
            rest.cue = Cue::Release;
            rest.exerciseIndex = exerciseIndex;
            rest.label = trPlan(QT_TRANSLATE_NOOP("limber::Planner", "Rest and breathe"));
            result.steps.append(rest);
        }

        Step prepare;
        prepare.kind = StepKind::Prepare;
        prepare.exerciseId = exercise.id;
        prepare.durationMs = std::max(options.leadInMs, 1000);
        prepare.cue = Cue::Prepare;
        prepare.exerciseIndex = exerciseIndex;
        prepare.side = exercise.dose.type == Dose::Type::Hold && exercise.dose.hold.perSide ? Side::Left : Side::None;
        prepare.label = trPlan(QT_TRANSLATE_NOOP("limber::Planner", "Get into position"));
        result.steps.append(prepare);

        if (exercise.dose.type == Dose::Type::Hold)
            appendHolds(result, item, options, exerciseIndex);
        else
            appendRepetitions(result, exercise, options, exerciseIndex);

        result.exerciseIds.append(exercise.id);
        ++exerciseIndex;
    }

    qint64 at = 0;
    for (Step& step : result.steps) {
        step.startMs = at;
        at += step.durationMs;
    }
    result.totalMs = at;
    return result;
}

void Planner::appendHolds(Plan& plan, const PlanItem& item, const PlanOptions& options, int exerciseIndex) const
{
    const Exercise& exercise = item.exercise;
    const HoldDose& dose = exercise.dose.hold;
    const qint64 holdMs = item.exactHold ? qint64(dose.holdMs) : scaledHoldMs(dose, options.holdMs);
    const QList<Side> sides = dose.perSide ? QList<Side> {Side::Left, Side::Right} : QList<Side> {Side::None};

    for (int s = 0; s < sides.size(); ++s) {
        const Side side = sides[s];
        if (s > 0) {
            Step switchSides;
            switchSides.kind = StepKind::SwitchSides;
            switchSides.exerciseId = exercise.id;
            switchSides.durationMs = std::max(options.switchSidesMs, 1000);
            switchSides.side = side;
            switchSides.cue = Cue::SwitchSides;
            switchSides.exerciseIndex = exerciseIndex;
            switchSides.label = side == Side::Right
                ? trPlan(QT_TRANSLATE_NOOP("limber::Planner", "Switch to the right side"))
                : trPlan(QT_TRANSLATE_NOOP("limber::Planner", "Switch to the left side"));
            plan.steps.append(switchSides);
        }
        for (int set = 1; set <= dose.sets; ++set) {
            Step hold;
            hold.kind = StepKind::Hold;
            hold.exerciseId = exercise.id;
            hold.durationMs = holdMs;
            hold.set = set;
            hold.sets = dose.sets;
            hold.side = side;
            hold.cue = Cue::HoldStart;
            hold.exerciseIndex = exerciseIndex;
            hold.label = trPlan(QT_TRANSLATE_NOOP("limber::Planner", "Hold"));
            plan.steps.append(hold);

            if (set < dose.sets && item.restBetweenHoldsMs > 0) {
                Step release;
                release.kind = StepKind::Rest;
                release.exerciseId = exercise.id;
                release.durationMs = item.restBetweenHoldsMs;
                release.set = set;
                release.sets = dose.sets;
                release.side = side;
                release.cue = Cue::Release;
                release.exerciseIndex = exerciseIndex;
                release.label = trPlan(QT_TRANSLATE_NOOP("limber::Planner", "Release"));
                plan.steps.append(release);
            }
        }
    }
}

void Planner::appendRepetitions(Plan& plan, const Exercise& exercise, const PlanOptions& options,
                                int exerciseIndex) const
{
    const RepetitionDose& dose = exercise.dose.repetitions;
    const int reps = std::clamp(options.reps.value(exercise.id, dose.reps), dose.minReps, dose.maxReps);
    const double pace = PlanOptions::paceFactor(options.pace);

    for (int rep = 1; rep <= reps; ++rep) {
        for (const Phase& phase : dose.phases) {
            Step step;
            step.exerciseId = exercise.id;
            step.phaseId = phase.id;
            step.rep = rep;
            step.reps = reps;
            step.breath = phase.breath;
            step.exerciseIndex = exerciseIndex;
            step.label = catalogText(phase.label);
            if (phase.kind == Phase::Kind::Hold) {
                // A hold inside a repetition keeps its length whatever the pace.
                step.kind = StepKind::Hold;
                step.durationMs = phase.durationMs;
                step.cue = Cue::HoldStart;
            } else {
                step.kind = StepKind::Move;
                step.durationMs = std::llround(phase.durationMs * pace);
                step.cue = cueForBreath(phase.breath);
            }
            plan.steps.append(step);
        }
    }
}

QStringList Planner::resolveTarget(const QString& target, QString* error, const SetAside& setAside) const
{
    const QString trimmed = target.trimmed();
    if (m_catalog.region(trimmed)) {
        const RegionSuggestion suggestion = suggestFor(m_catalog, trimmed, setAside);
        if (suggestion.everythingSetAside && error)
            *error = trPlan(QT_TRANSLATE_NOOP("limber::Planner",
                                              "every exercise for \"%1\" is set aside because it made the pain "
                                              "sharper; name the exercises to plan them anyway"))
                         .arg(trimmed);
        return suggestion.exerciseIds;
    }

    QStringList ids;
    for (const QString& part : trimmed.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString id = part.trimmed();
        if (!m_catalog.exercise(id)) {
            if (error)
                *error = trPlan(QT_TRANSLATE_NOOP("limber::Planner", "\"%1\" is neither a region nor an exercise"))
                             .arg(id);
            return {};
        }
        ids.append(id);
    }
    if (ids.isEmpty() && error)
        *error = trPlan(QT_TRANSLATE_NOOP("limber::Planner", "no region or exercise given"));
    return ids;
}

} // namespace limber
