#pragma once

#include "audio/CueSounds.h"

#include <QStringList>

#include <array>

class QSettings;

namespace limber {

// How the chimes sound, as a person set it. Stored in group "sound" of the
// application's QSettings. A corrupt or out-of-range value falls back to its
// default with a log warning, so a damaged file never silences a session by
// accident (or makes it blaring).
struct SoundSettings {
    static constexpr int DefaultVolume = 80;
    static constexpr int MinVolume = 0;
    static constexpr int MaxVolume = 100;

    int volume = DefaultVolume; // 0..100 as a person hears it (logarithmic), not a linear gain
    bool muted = false;

    bool isCueEnabled(Cue cue) const { return m_cueEnabled[indexOf(cue)]; }
    void setCueEnabled(Cue cue, bool enabled) { m_cueEnabled[indexOf(cue)] = enabled; }
    // True when nothing can sound at all: muted or the volume turned right down.
    bool isSilent() const { return muted || volume <= MinVolume; }

    // Reads group "sound" of `store`; problems go to `warnings` and to the log.
    static SoundSettings load(const QSettings& store, QStringList* warnings = nullptr);
    void save(QSettings& store) const;

    bool operator==(const SoundSettings&) const = default;

private:
    std::array<bool, AllCues.size()> m_cueEnabled = [] {
        std::array<bool, AllCues.size()> all {};
        all.fill(true);
        return all;
    }();
};

} // namespace limber
