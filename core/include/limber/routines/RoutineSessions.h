#pragma once

#include "limber/History.h"
#include "limber/routines/Routine.h"

#include <QDate>
#include <QList>

#include <optional>

namespace limber {

class Catalog;

// The rest of an interrupted session of `routine` (the history's record of
// it): the routine's entries from the exercise the session stopped at on,
// each with its own dose, so that "Continue" plans exactly what was left.
// nullopt when the record is not of this routine, when the routine was
// changed since (other exercises, or another order: the record's place in it
// would be wrong), or when nothing is left to do.
std::optional<Routine> remainingRoutine(const Routine& routine, const SessionRecord& interrupted,
                                        const Catalog& catalog);

// A routine's week against its "how often" (RoutineFrequency): how many days
// of this week (Monday to Sunday, local time) had a session of it, and how
// many sessions of it today. A session counts as it does for the weekly goal
// (countsTowardsStreak: at least one exercise done to the end).
struct RoutineWeek {
    int daysDone = 0;   // days this week with a session of the routine
    int daysGoal = 0;   // frequency.daysPerWeek; 0 when not said
    int timesToday = 0; // sessions of the routine today
    int timesGoal = 0;  // frequency.timesPerDay; 0 when not said
    bool doneToday = false;

    bool weekReached() const { return daysGoal > 0 && daysDone >= daysGoal; }
};

RoutineWeek routineWeek(const Routine& routine, const QList<SessionRecord>& sessions, const QDate& today);

// The routine a reminder offers beside its desk exercise: one with a "how
// often" that is due today (fewer sessions today than its times per day, or
// none today when only days per week are said) and whose week is not done.
// Of several, the one furthest behind: the most days still owed this week,
// then the most sessions still owed today, then the first in `routines`
// (the person's order). nullopt when none is due.
std::optional<Routine> dueRoutine(const QList<Routine>& routines, const QList<SessionRecord>& sessions,
                                  const QDate& today);

} // namespace limber
