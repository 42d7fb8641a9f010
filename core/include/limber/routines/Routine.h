#pragma once

#include "limber/Catalog.h"

#include <QList>
#include <QString>

#include <optional>

namespace limber {

// What a routine may change about one exercise's dose. Every field is
// optional: left out, the catalog's dose (and the person's settings) apply.
// Values outside RoutineLimits are clamped when the routine is planned, so a
// typo in a hand-written file can never ask for a ten-minute hold.
struct DoseOverride {
    std::optional<int> holdSeconds;      // each hold (hold doses)
    std::optional<int> sets;             // holds per side (hold doses)
    std::optional<bool> perSide;         // hold on each side in turn (hold doses)
    std::optional<int> repetitions;      // repetitions (repetition doses)
    std::optional<double> phaseScale;    // each paced phase's length × this (repetition doses; 2.0 = twice as slow)
    std::optional<int> restSeconds;      // rest between the holds of this exercise
    std::optional<int> restAfterSeconds; // rest after this exercise, before the next

    bool isEmpty() const
    {
        return !holdSeconds && !sets && !perSide && !repetitions && !phaseScale && !restSeconds && !restAfterSeconds;
    }
    friend bool operator==(const DoseOverride&, const DoseOverride&) = default;
};

// The planner's safe bounds for a routine's overrides. A physiotherapist's
// prescription fits well inside them; they only stop absurd values.
struct RoutineLimits {
    static constexpr int MinHoldSeconds = 3;
    static constexpr int MaxHoldSeconds = 120;
    static constexpr int MinSets = 1;
    static constexpr int MaxSets = 10;
    static constexpr int MinRepetitions = 1;
    static constexpr int MaxRepetitions = 50;
    static constexpr double MinPhaseScale = 0.5;
    static constexpr double MaxPhaseScale = 3.0;
    static constexpr int MinRestSeconds = 0;
    static constexpr int MaxRestSeconds = 300;
    static constexpr int MaxEntries = 50;
    static constexpr int MaxTimesPerDay = 6;
    static constexpr int MaxNameLength = 120;
    static constexpr int MaxNotesLength = 4000;
};

struct RoutineEntry {
    QString exerciseId;
    DoseOverride dose;
    QString note; // the therapist's words for this exercise ("stop if it tingles")

    friend bool operator==(const RoutineEntry&, const RoutineEntry&) = default;
};

// How often the routine is meant to be done; 0 means "not said".
struct RoutineFrequency {
    int timesPerDay = 0;
    int daysPerWeek = 0;

    bool isSet() const { return timesPerDay > 0 || daysPerWeek > 0; }
    friend bool operator==(const RoutineFrequency&, const RoutineFrequency&) = default;
};

// A named, ordered list of exercises with their own doses: what a person
// builds in the editor, or what their physiotherapist hands them.
struct Routine {
    // Declared so that Routine is not an aggregate: otherwise a braced list of
    // exercise ids, plan({"a", "b"}), could also be read as a Routine.
    Routine() = default;

    QString id; // stable file-name-safe id ("my-morning-routine")
    QString name;
    QString notes;
    QList<RoutineEntry> entries;
    RoutineFrequency frequency;

    QStringList exerciseIds() const;
    friend bool operator==(const Routine&, const Routine&) = default;
};

// The exercise as this routine asks for it: the catalog's exercise with the
// entry's overrides applied and clamped to RoutineLimits (a hold never longer
// than the exercise's own maximum, such as the pelvic tilt's 10 s).
Exercise applyOverride(const Exercise& exercise, const DoseOverride& dose);

// A lower-case id made of letters, digits and dashes, from a routine's name;
// "routine" when nothing usable is left.
QString routineIdFromName(const QString& name);

} // namespace limber
