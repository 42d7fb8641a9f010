#pragma once

#include <QString>

namespace limber {

// Sets up the one application logger: stderr plus a rotating file under the
// app's data location, with Qt's own messages routed into it. Call once,
// after QCoreApplication exists. Returns the log file path, or an empty
// string when the folder was not writable (logging then goes to stderr only).
QString setUpLogging(bool verbose);

} // namespace limber
