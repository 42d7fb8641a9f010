#include "audio/SoundPlugin.h"

#include "audio/CuePlayer.h"
#include "audio/QtSpeechEngine.h"

namespace limber {

std::unique_ptr<Chimes> SoundPlugin::createChimes(const SoundSettings& settings)
{
    return std::make_unique<CuePlayer>(settings);
}

std::unique_ptr<SpeechSystem> SoundPlugin::createSpeechSystem()
{
    return std::make_unique<QtSpeechSystem>();
}

} // namespace limber
