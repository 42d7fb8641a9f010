#pragma once

#include <QtPlugin>

#include <memory>

namespace limber {

class Chimes;
class SpeechSystem;
struct SoundSettings;

// The root of the limber-sound module (audio/SoundPlugin): it makes the parts
// that need QtMultimedia and QtTextToSpeech, which the executable does not
// link, so that loading them waits until after the first frame
// (audio/SoundModule loads it). Every object it makes must be destroyed
// before the module that made it.
class SoundBackend {
public:
    virtual ~SoundBackend() = default;

    virtual std::unique_ptr<Chimes> createChimes(const SoundSettings& settings) = 0;
    virtual std::unique_ptr<SpeechSystem> createSpeechSystem() = 0;
};

} // namespace limber

// The version at the end changes with the interface: an older module is refused, never misread.
#define LimberSoundBackend_iid "io.github.limber.Limber.SoundBackend/1"
Q_DECLARE_INTERFACE(limber::SoundBackend, LimberSoundBackend_iid)
