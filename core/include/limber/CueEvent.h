#pragma once

#include "limber/Plan.h"

#include <QList>

#include <optional>

namespace limber {

// One cue as the engine emitted it, with the step it belongs to: what the
// chimes and the voice gather into one moment.
struct CueEvent {
    Cue cue = Cue::Prepare;
    int stepIndex = -1;

    bool operator==(const CueEvent&) const = default;
};

// When several cues arrive at the same moment (ExerciseDone, Release and
// Prepare can), only the most important one sounds: one chime per moment.
// Higher wins. The order follows what a person on the floor most needs to
// know: the session is over or starting, then the exercise is over, then what
// to do with the body now, then pacing, then counting.
int priority(Cue cue);
std::optional<Cue> mostImportant(const QList<Cue>& cues);

} // namespace limber
