#pragma once

#include <QString>

#include <memory>

namespace limber {

class ModuleLoader;
class PrintBackend;

// The limber-print module (printing on paper over QtPrintSupport), loaded at
// the first File › Print…: until someone prints, neither it nor QtPrintSupport
// and CUPS are in the process. A module that is missing or will not load is
// logged once, naming the file and why, and printing says so; Export as PDF
// does not need it.
class PrintModule final {
public:
    // The module of this process, looked for (modules/ModuleLoader) and
    // loaded on the first call; it stays to the end.
    static PrintModule& shared();
    // Loads exactly `path` (tests; a path that does not exist is a missing module).
    explicit PrintModule(const QString& path);
    ~PrintModule();
    PrintModule(const PrintModule&) = delete;
    PrintModule& operator=(const PrintModule&) = delete;

    // Null when the module did not load.
    PrintBackend* backend() const { return m_backend; }
    // The file loaded, or the one that was tried.
    QString path() const;
    // Why it is not loaded (the loader's words), empty when it is.
    QString problem() const;

private:
    std::unique_ptr<ModuleLoader> m_module;
    PrintBackend* m_backend = nullptr; // the module's root object, owned by its library
};

} // namespace limber
