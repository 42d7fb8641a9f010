#pragma once

#include "limber/History.h"
#include "limber/routines/Routine.h"

#include <QStringList>

#include <optional>

namespace limber {

class Catalog;
class RoutineLibrary;

// What "Continue" runs for an interrupted session (HistoryStore::lastInterrupted).
struct ResumePlan {
    QStringList exerciseIds;        // what was left, in order
    std::optional<Routine> routine; // set when it runs as the person's routine, with its own doses
};

// A session of one of the person's routines continues with the rest of that
// routine (its doses, rests and notes), when the routine is still there and
// still the one the session ran; anything else continues with the rest of the
// exercises as the catalog doses them, as before there were routines.
ResumePlan resumePlanFor(const SessionRecord& interrupted, const RoutineLibrary* library, const Catalog& catalog);

} // namespace limber
