#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace limber {

class ModuleLoader;

class Chimes;
class SoundBackend;
class SpeechSystem;
struct SoundSettings;

// The limber-sound module (chimes over QtMultimedia, the voice over
// QtTextToSpeech), loaded when sound is first needed, after the first frame.
// Loading it costs what linking those libraries used to cost before main().
//
// A module that is missing or will not load is logged once, naming the file
// and why; the chimes and the voice are then silent stand-ins that say so,
// and nothing else changes.
//
// Every object made here comes from the module's code: destroy it before
// this SoundModule. The module itself is never unloaded while the process
// runs (nothing it made could outlive its code by accident).
class SoundModule final {
public:
    // Looks for the module in candidates() and loads the first there is.
    SoundModule();
    // Loads exactly `path` (tests; a path that does not exist is a missing module).
    explicit SoundModule(const QString& path);
    ~SoundModule();
    SoundModule(const SoundModule&) = delete;
    SoundModule& operator=(const SoundModule&) = delete;

    // Where the module is looked for (modules/ModuleLoader::candidates).
    static QStringList candidates();

    bool isLoaded() const { return m_backend != nullptr; }
    // The file loaded, or the one that was tried.
    QString path() const;
    // Why it is not loaded (the loader's words), empty when it is.
    QString problem() const;

    std::unique_ptr<Chimes> createChimes(const SoundSettings& settings);
    std::unique_ptr<SpeechSystem> createSpeechSystem();

private:
    void load(const QString& path);

    std::unique_ptr<ModuleLoader> m_module;
    SoundBackend* m_backend = nullptr; // the module's root object, owned by its library
};

} // namespace limber
