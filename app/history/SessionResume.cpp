#include "history/SessionResume.h"

#include "routines/RoutineLibrary.h"

#include "limber/routines/RoutineSessions.h"

#include <spdlog/spdlog.h>

namespace limber {

ResumePlan resumePlanFor(const SessionRecord& interrupted, const RoutineLibrary* library, const Catalog& catalog)
{
    ResumePlan plan;
    plan.exerciseIds = interrupted.exerciseIds.mid(interrupted.progress.resumeExerciseIndex);
    if (interrupted.routineId.isEmpty())
        return plan;
    const std::optional<Routine> routine = library ? library->routine(interrupted.routineId) : std::nullopt;
    if (routine)
        plan.routine = remainingRoutine(*routine, interrupted, catalog);
    if (!plan.routine)
        spdlog::warn("history: routine {} is gone or changed since session {}; continuing with the catalog's doses",
                     interrupted.routineId.toStdString(), interrupted.id);
    return plan;
}

} // namespace limber
