#pragma once

#include "limber/CueEvent.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <array>
#include <cstddef>
#include <optional>

namespace limber {

// The chimes Limber ships, one WAV each under :/limber/sounds/ (made by
// scripts/make-sounds.sh; see docs/sounds.md).
enum class Sound {
    SessionStart,
    Prepare,
    HoldStart,
    Release,
    SwitchSides,
    BreatheIn,
    BreatheOut,
    Rep,
    HoldEnding,
    ExerciseDone,
    SessionDone,
};

inline constexpr std::array AllCues {
    Cue::SessionStart, Cue::Prepare, Cue::HoldStart,  Cue::Release,      Cue::SwitchSides, Cue::BreatheIn,
    Cue::BreatheOut,   Cue::Rep,     Cue::HoldEnding, Cue::ExerciseDone, Cue::SessionDone,
};
inline constexpr std::array AllSounds {
    Sound::SessionStart, Sound::Prepare, Sound::HoldStart,  Sound::Release,      Sound::SwitchSides, Sound::BreatheIn,
    Sound::BreatheOut,   Sound::Rep,     Sound::HoldEnding, Sound::ExerciseDone, Sound::SessionDone,
};

constexpr std::size_t indexOf(Cue cue)
{
    return static_cast<std::size_t>(cue);
}
constexpr std::size_t indexOf(Sound sound)
{
    return static_cast<std::size_t>(sound);
}

Sound soundFor(Cue cue);
// Stable name of a sound: its file stem ("hold-start") and what CuePlayer::played reports.
QString soundName(Sound sound);
QUrl soundSource(Sound sound);      // qrc:/limber/sounds/NAME.wav
QString soundResource(Sound sound); // :/limber/sounds/NAME.wav

} // namespace limber
