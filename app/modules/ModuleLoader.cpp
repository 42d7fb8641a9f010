#include "modules/ModuleLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

// Set for this file by app/CMakeLists.txt.
#ifndef LIMBER_MODULE_RELATIVE_DIR
#error "LIMBER_MODULE_RELATIVE_DIR (the installed modules' folder, from the executable's) is not defined"
#endif

namespace limber {

ModuleLoader::ModuleLoader(const QString& path, const char* iid)
    : m_loader(std::make_unique<QPluginLoader>(path))
    , m_path(path)
{
    m_loader->setLoadHints(QLibrary::PreventUnloadHint);
    QObject* root = m_loader->instance();
    if (!root) {
        m_problem = m_loader->errorString();
        if (m_problem.endsWith(QLatin1Char('.')))
            m_problem.chop(1); // it goes inside a sentence: "cannot load …: <problem>; …"
        return;
    }
    // qt_metacast knows the interfaces Q_INTERFACES declared, by their iid.
    if (!root->qt_metacast(iid)) {
        m_problem = QStringLiteral("it is not the Limber module that was expected (%1)").arg(QLatin1String(iid));
        return;
    }
    m_root = root;
}

ModuleLoader::~ModuleLoader() = default;

QStringList ModuleLoader::candidates(const QString& fileName)
{
    const QDir here(QCoreApplication::applicationDirPath());
    return {here.filePath(fileName),
            QDir::cleanPath(here.filePath(QStringLiteral(LIMBER_MODULE_RELATIVE_DIR "/") + fileName))};
}

QString ModuleLoader::locate(const QString& fileName)
{
    const QStringList paths = candidates(fileName);
    for (const QString& path : paths) {
        if (QFileInfo::exists(path))
            return path;
    }
    return paths.constLast();
}

} // namespace limber
