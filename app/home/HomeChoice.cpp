#include "home/HomeChoice.h"

#include "home/ExerciseCard.h"
#include "home/HomeView.h"
#include "home/RoutinePanel.h"

namespace limber {

HomeChoice HomeChoice::of(const HomeView& home)
{
    const RoutinePanel* panel = home.builtRoutinePanel();
    if (!panel) // no region was chosen
        return {};
    return {panel->regionId(), panel->chosenExerciseIds(), panel->planOptions().reps};
}

void HomeChoice::applyTo(HomeView& home) const
{
    if (regionId.isEmpty())
        return;
    home.selectRegion(regionId);
    // Cards of exercises deleted meanwhile are simply not there; new ones start unticked.
    for (ExerciseCard* card : home.routinePanel()->cards()) {
        card->setIncluded(included.contains(card->exerciseId()));
        if (const auto chosen = reps.constFind(card->exerciseId()); chosen != reps.constEnd())
            card->setChosenReps(*chosen);
    }
}

} // namespace limber
