#include "audio/SoundModule.h"

#include "audio/SilentSound.h"
#include "audio/SoundBackend.h"
#include "audio/SpeechEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

#include <spdlog/spdlog.h>

// Set for this file by app/CMakeLists.txt.
#ifndef LIMBER_SOUND_MODULE_NAME
#error "LIMBER_SOUND_MODULE_NAME (the module's file name) is not defined"
#endif
#ifndef LIMBER_SOUND_MODULE_RELATIVE_DIR
#error "LIMBER_SOUND_MODULE_RELATIVE_DIR (the installed module's folder, from the executable's) is not defined"
#endif

namespace limber {

SoundModule::SoundModule()
{
    const QStringList paths = candidates();
    for (const QString& path : paths) {
        if (QFileInfo::exists(path)) {
            load(path);
            return;
        }
    }
    load(paths.constLast()); // where it should have been installed: named in the warning
}

SoundModule::SoundModule(const QString& path)
{
    load(path);
}

// Members go in reverse: m_backend is only a pointer; the loader goes without
// unload(), so Qt unloads the library at exit, when nothing made from it is left.
SoundModule::~SoundModule() = default;

QStringList SoundModule::candidates()
{
    const QDir here(QCoreApplication::applicationDirPath());
    const QString name = QStringLiteral(LIMBER_SOUND_MODULE_NAME);
    return {here.filePath(name),
            QDir::cleanPath(here.filePath(QStringLiteral(LIMBER_SOUND_MODULE_RELATIVE_DIR "/") + name))};
}

void SoundModule::load(const QString& path)
{
    m_path = path;
    m_loader = std::make_unique<QPluginLoader>(path);
    // Kept mapped to the end: QtMultimedia's PulseAudio threads and the speech
    // engines must never find their code gone.
    m_loader->setLoadHints(QLibrary::PreventUnloadHint);
    QObject* root = m_loader->instance();
    m_backend = qobject_cast<SoundBackend*>(root);
    if (!root)
        m_problem = m_loader->errorString();
    else if (!m_backend)
        m_problem = QStringLiteral("it is not Limber's sound module (%1)").arg(QLatin1String(LimberSoundBackend_iid));
    if (m_backend) {
        spdlog::info("sound: module {} loaded", path.toStdString());
        return;
    }
    spdlog::warn("sound unavailable: cannot load the sound module {}: {}; chimes and voice are off and the session "
                 "carries on without them",
                 path.toStdString(), m_problem.toStdString());
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
