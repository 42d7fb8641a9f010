#include "limber/ReminderSuggestion.h"

#include "limber/Catalog.h"

namespace limber {

namespace {

bool doableAtTheDesk(const Exercise& exercise)
{
    return exercise.canBeDoneAt(Place::Chair) || exercise.canBeDoneAt(Place::Standing);
}

} // namespace

ReminderSuggestion ReminderSuggestion::choose(const Catalog& catalog, const QString& recentRegionId, int rotation)
{
    QList<const Exercise*> candidates;
    for (const Exercise* exercise : catalog.exercisesOf(recentRegionId)) {
        if (doableAtTheDesk(*exercise))
            candidates.append(exercise);
    }
    // The region that hurt has nothing for the desk (the lower back's are all
    // on the floor): then every desk exercise, in turn.
    if (candidates.isEmpty()) {
        for (const Exercise& exercise : catalog.exercises()) {
            if (doableAtTheDesk(exercise))
                candidates.append(&exercise);
        }
    }
    if (candidates.isEmpty())
        return {};
    const qsizetype turn = (rotation < 0 ? 0 : rotation) % candidates.size();
    const Exercise& chosen = *candidates.at(turn);
    return ReminderSuggestion {{chosen.id}, chosen.regionId};
}

} // namespace limber
