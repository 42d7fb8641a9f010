#include "limber/routines/RoutineSessions.h"

#include "limber/Catalog.h"
#include "limber/HistoryStats.h"

#include <QSet>

namespace limber {

std::optional<Routine> remainingRoutine(const Routine& routine, const SessionRecord& interrupted,
                                        const Catalog& catalog)
{
    if (routine.id.isEmpty() || interrupted.routineId != routine.id)
        return std::nullopt;
    // The planner leaves out an entry whose exercise the catalog does not
    // know, so the record's exercises are the known entries, in order.
    QList<RoutineEntry> planned;
    for (const RoutineEntry& entry : routine.entries) {
        if (catalog.exercise(entry.exerciseId))
            planned.append(entry);
    }
    QStringList ids;
    for (const RoutineEntry& entry : planned)
        ids.append(entry.exerciseId);
    const int from = interrupted.progress.resumeExerciseIndex;
    if (ids != interrupted.exerciseIds || from < 0 || from >= planned.size())
        return std::nullopt;
    Routine rest = routine;
    rest.entries = planned.mid(from);
    return rest;
}

RoutineWeek routineWeek(const Routine& routine, const QList<SessionRecord>& sessions, const QDate& today)
{
    RoutineWeek week;
    week.daysGoal = routine.frequency.daysPerWeek;
    week.timesGoal = routine.frequency.timesPerDay;
    const QDate monday = startOfWeek(today, Qt::Monday);
    QSet<QDate> days;
    for (const SessionRecord& session : sessions) {
        if (session.routineId != routine.id || !countsTowardsStreak(session))
            continue;
        const QDate day = session.start.toLocalTime().date();
        if (day < monday || day > today)
            continue;
        days.insert(day);
        if (day == today)
            ++week.timesToday;
    }
    week.daysDone = static_cast<int>(days.size());
    week.doneToday = week.timesToday > 0;
    return week;
}

std::optional<Routine> dueRoutine(const QList<Routine>& routines, const QList<SessionRecord>& sessions,
                                  const QDate& today)
{
    const Routine* best = nullptr;
    int bestDaysOwed = 0;
    int bestTimesOwed = 0;
    for (const Routine& routine : routines) {
        if (!routine.frequency.isSet())
            continue;
        const RoutineWeek week = routineWeek(routine, sessions, today);
        if (week.weekReached())
            continue;
        // Only days per week said: once today is enough.
        const int timesOwed = (week.timesGoal > 0 ? week.timesGoal : 1) - week.timesToday;
        if (timesOwed <= 0)
            continue;
        const int daysOwed = week.daysGoal > 0 ? week.daysGoal - week.daysDone : 0;
        // Strictly more behind replaces: on a tie the earlier routine stays.
        if (!best || daysOwed > bestDaysOwed || (daysOwed == bestDaysOwed && timesOwed > bestTimesOwed)) {
            best = &routine;
            bestDaysOwed = daysOwed;
            bestTimesOwed = timesOwed;
        }
    }
    if (!best)
        return std::nullopt;
    return *best;
}

} // namespace limber
