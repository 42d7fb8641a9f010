#include "limber/ReminderSuggestion.h"

#include "limber/Catalog.h"

namespace limber {

namespace {

bool doableAtTheDesk(const Exercise& exercise)
{
    return exercise.canBeDoneAt(Place::Chair) || exercise.canBeDoneAt(Place::Standing);
}

bool offerable(const Exercise& exercise, const SetAside& setAside)
{
    return doableAtTheDesk(exercise) && !setAside.contains(exercise.id);
}

} // namespace

ReminderSuggestion ReminderSuggestion::choose(const Catalog& catalog, const QString& recentRegionId, int rotation,
                                              const SetAside& setAside)
{
    QList<const Exercise*> candidates;
    for (const Exercise* exercise : catalog.exercisesOf(recentRegionId)) {
        if (offerable(*exercise, setAside))
            candidates.append(exercise);
    }
    // The region that hurt has nothing for the desk (the lower back's are all
    // on the floor): then every desk exercise, in turn.
    if (candidates.isEmpty()) {
        for (const Exercise& exercise : catalog.exercises()) {
            if (offerable(exercise, setAside))
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
