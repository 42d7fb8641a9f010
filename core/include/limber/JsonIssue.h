#pragma once

#include <QString>

namespace limber {

// One finding of a JSON reader, e.g. "catalog.json: exercises[3].dose.hold_s: must be between 1 and 600".
struct JsonIssue {
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    QString file;
    QString path; // JSON path, empty for file-level problems
    QString message;

    // "warning: " for warnings, then "file: path: message"; empty parts are left out.
    QString toString() const;
};

} // namespace limber
