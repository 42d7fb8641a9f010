#pragma once

class QTextStream;

namespace limber {

struct CommandLine;

// `limber --reminders on|off|status`: changes or prints the reminder switch in
// the settings file, and tells a running Limber to follow at once.
int runRemindersCommand(const CommandLine& commandLine, QTextStream& out, QTextStream& err);

} // namespace limber
