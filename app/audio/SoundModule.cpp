#include "audio/SoundModule.h"

#include "audio/SilentSound.h"
#include "audio/SoundBackend.h"
#include "audio/SpeechEngine.h"
#include "modules/ModuleLoader.h"

#include <spdlog/spdlog.h>

// Set for this file by app/CMakeLists.txt.
#ifndef LIMBER_SOUND_MODULE_NAME
#error "LIMBER_SOUND_MODULE_NAME (the module's file name) is not defined"
#endif

namespace limber {

SoundModule::SoundModule()
{
    load(ModuleLoader::locate(QStringLiteral(LIMBER_SOUND_MODULE_NAME)));
}

SoundModule::SoundModule(const QString& path)
{
    load(path);
}

// m_backend is only a pointer into the module, which stays loaded (ModuleLoader).
SoundModule::~SoundModule() = default;

QStringList SoundModule::candidates()
{
    return ModuleLoader::candidates(QStringLiteral(LIMBER_SOUND_MODULE_NAME));
}

QString SoundModule::path() const
{
    return m_module->path();
}

QString SoundModule::problem() const
{
    return m_module->problem();
}

void SoundModule::load(const QString& path)
{
    m_module = std::make_unique<ModuleLoader>(path, LimberSoundBackend_iid);
    m_backend = m_module->root<SoundBackend>();
    if (m_backend) {
        spdlog::info("sound: module {} loaded", path.toStdString());
        return;
    }
    spdlog::warn("sound unavailable: cannot load the sound module {}: {}; chimes and voice are off and the session "
                 "carries on without them",
                 path.toStdString(), m_module->problem().toStdString());
}

std::unique_ptr<Chimes> SoundModule::createChimes(const SoundSettings& settings)
{
    if (m_backend)
        return m_backend->createChimes(settings);
    return std::make_unique<SilentChimes>(settings);
}

std::unique_ptr<SpeechSystem> SoundModule::createSpeechSystem()
{
    if (m_backend)
        return m_backend->createSpeechSystem();
    return std::make_unique<SilentSpeechSystem>();
}

} // namespace limber
