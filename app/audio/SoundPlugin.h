#pragma once

#include "audio/SoundBackend.h"

#include <QObject>

namespace limber {

// The root object of the limber-sound module: the one place that makes
// CuePlayer and QtSpeechSystem, so only this module links QtMultimedia and
// QtTextToSpeech. audio/SoundModule loads it once the first frame is shown.
class SoundPlugin final : public QObject, public SoundBackend {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LimberSoundBackend_iid)
    Q_INTERFACES(limber::SoundBackend)

public:
    std::unique_ptr<Chimes> createChimes(const SoundSettings& settings) override;
    std::unique_ptr<SpeechSystem> createSpeechSystem() override;
};

} // namespace limber
