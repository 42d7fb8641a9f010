#include "limber/CueEvent.h"

#include <algorithm>

namespace limber {

int priority(Cue cue)
{
    switch (cue) {
    case Cue::SessionDone:
        return 100;
    case Cue::SessionStart:
        return 90;
    case Cue::ExerciseDone:
        return 80;
    case Cue::SwitchSides:
        return 70;
    case Cue::HoldStart:
        return 60;
    case Cue::Release:
        return 50;
    case Cue::Prepare:
        return 40;
    case Cue::BreatheIn:
        return 30;
    case Cue::BreatheOut:
        return 30;
    case Cue::Rep:
        return 20;
    case Cue::HoldEnding:
        return 10;
    }
    return 0;
}

std::optional<Cue> mostImportant(const QList<Cue>& cues)
{
    if (cues.isEmpty())
        return std::nullopt;
    // max_element keeps the first of equals: with a tie the earlier cue wins.
    return *std::max_element(cues.begin(), cues.end(), [](Cue a, Cue b) { return priority(a) < priority(b); });
}

} // namespace limber
