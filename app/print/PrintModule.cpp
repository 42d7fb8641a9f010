#include "print/PrintModule.h"

#include "modules/ModuleLoader.h"
#include "print/PrintBackend.h"

#include <spdlog/spdlog.h>

// Set for this file by app/CMakeLists.txt.
#ifndef LIMBER_PRINT_MODULE_NAME
#error "LIMBER_PRINT_MODULE_NAME (the module's file name) is not defined"
#endif

namespace limber {

PrintModule& PrintModule::shared()
{
    // Built at the first print and kept: the printer dialog's CUPS threads
    // may outlive the dialog, so the code under them never goes.
    static PrintModule module(ModuleLoader::locate(QStringLiteral(LIMBER_PRINT_MODULE_NAME)));
    return module;
}

PrintModule::PrintModule(const QString& path)
    : m_module(std::make_unique<ModuleLoader>(path, LimberPrintBackend_iid))
    , m_backend(m_module->root<PrintBackend>())
{
    if (m_backend)
        spdlog::info("print: module {} loaded", path.toStdString());
    else
        spdlog::warn("printing unavailable: cannot load the print module {}: {}; Export as PDF still works",
                     path.toStdString(), m_module->problem().toStdString());
}

PrintModule::~PrintModule() = default;

QString PrintModule::path() const
{
    return m_module->path();
}

QString PrintModule::problem() const
{
    return m_module->problem();
}

} // namespace limber
