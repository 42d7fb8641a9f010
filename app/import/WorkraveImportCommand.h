#pragma once

class QTextStream;

namespace limber {

class Catalog;
struct CommandLine;

// `limber --import-workrave FILE`: imports a Workrave exercises.xml into the
// user's catalog folder, as File › Import Workrave Exercises… does, and prints
// what came in. Exit status 0 when imported, 1 (and one line naming the file
// and the problem) when the file is refused or cannot be written.
int runWorkraveImportCommand(const CommandLine& commandLine, const Catalog& catalog, QTextStream& out,
                             QTextStream& err);

} // namespace limber
