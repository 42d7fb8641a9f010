#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QPluginLoader;

namespace limber {

// One of Limber's modules (limber-sound, limber-print): a Qt plugin that holds
// the code needing libraries the executable does not link, loaded when the
// feature is first used, so those libraries cost nothing before the first
// frame (docs/architecture.md, "Sound is a module").
//
// Once loaded, a module stays mapped until the process ends: what it made,
// and the threads its libraries started, must never find its code gone.
class ModuleLoader final {
public:
    // Loads exactly `path` and checks that its root object implements the
    // interface `iid` (Q_DECLARE_INTERFACE's), so a stray or older file is
    // refused, never misread.
    ModuleLoader(const QString& path, const char* iid);
    ~ModuleLoader();
    ModuleLoader(const ModuleLoader&) = delete;
    ModuleLoader& operator=(const ModuleLoader&) = delete;

    // Where a module called `fileName` is looked for: next to the executable
    // (the build tree), then in Limber's private library folder as installed
    // (/usr/lib/limber/modules beside /usr/bin/limber).
    static QStringList candidates(const QString& fileName);
    // The first candidate that exists, else the installed place (which a
    // warning can then name).
    static QString locate(const QString& fileName);

    // The module's root object, or null when it did not load or is not the
    // module asked for.
    template <class Interface>
    Interface* root() const
    {
        return m_root ? qobject_cast<Interface*>(m_root) : nullptr;
    }
    bool isLoaded() const { return m_root != nullptr; }
    // The file loaded, or the one that was tried.
    const QString& path() const { return m_path; }
    // Why it is not loaded (the loader's words), empty when it is.
    const QString& problem() const { return m_problem; }

private:
    // Kept for the module's whole life: deleted last, without unload(), it
    // lets Qt unload the library at exit, after everything made from it is gone.
    std::unique_ptr<QPluginLoader> m_loader;
    QObject* m_root = nullptr; // owned by the loader's library
    QString m_path;
    QString m_problem;
};

} // namespace limber
