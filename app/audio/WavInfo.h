#pragma once

#include <QByteArray>

namespace limber {

// What CuePlayer needs to know about a chime before it ever plays it: how long
// it is and when its strike has died down enough for the voice to start.
// Reads 16-bit PCM WAV only, the one format QSoundEffect plays.
struct WavInfo {
    bool valid = false;
    int sampleRate = 0;
    int channels = 0;
    int bitsPerSample = 0;
    int lengthMs = 0;
    // Time after which the sound stays at least SettledBelowPeakDb under its
    // loudest 10 ms: the bell has rung out into a soft tail that a voice can
    // start over without the two being heard as talking over each other.
    int settledMs = 0;

    static constexpr double SettledBelowPeakDb = 12.0;

    static WavInfo inspect(const QByteArray& wav);
};

} // namespace limber
