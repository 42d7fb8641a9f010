#include "audio/CueSounds.h"

#include <algorithm>

namespace limber {

Sound soundFor(Cue cue)
{
    switch (cue) {
    case Cue::SessionStart:
        return Sound::SessionStart;
    case Cue::Prepare:
        return Sound::Prepare;
    case Cue::HoldStart:
        return Sound::HoldStart;
    case Cue::Release:
        return Sound::Release;
    case Cue::SwitchSides:
        return Sound::SwitchSides;
    case Cue::BreatheIn:
        return Sound::BreatheIn;
    case Cue::BreatheOut:
        return Sound::BreatheOut;
    case Cue::Rep:
        return Sound::Rep;
    case Cue::HoldEnding:
        return Sound::HoldEnding;
    case Cue::ExerciseDone:
        return Sound::ExerciseDone;
    case Cue::SessionDone:
        return Sound::SessionDone;
    }
    return Sound::Prepare;
}

QString soundName(Sound sound)
{
    switch (sound) {
    case Sound::SessionStart:
        return QStringLiteral("session-start");
    case Sound::Prepare:
        return QStringLiteral("prepare");
    case Sound::HoldStart:
        return QStringLiteral("hold-start");
    case Sound::Release:
        return QStringLiteral("release");
    case Sound::SwitchSides:
        return QStringLiteral("switch-sides");
    case Sound::BreatheIn:
        return QStringLiteral("breathe-in");
    case Sound::BreatheOut:
        return QStringLiteral("breathe-out");
    case Sound::Rep:
        return QStringLiteral("rep");
    case Sound::HoldEnding:
        return QStringLiteral("hold-ending");
    case Sound::ExerciseDone:
        return QStringLiteral("exercise-done");
    case Sound::SessionDone:
        return QStringLiteral("session-done");
    }
    return {};
}

QString soundResource(Sound sound)
{
    return QStringLiteral(":/limber/sounds/%1.wav").arg(soundName(sound));
}

QUrl soundSource(Sound sound)
{
    return QUrl(QStringLiteral("qrc:/limber/sounds/%1.wav").arg(soundName(sound)));
}

} // namespace limber
