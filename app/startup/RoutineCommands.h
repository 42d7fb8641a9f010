#pragma once

#include "limber/Catalog.h"
#include "limber/routines/Routine.h"

#include <QString>

#include <optional>

class QTextStream;

namespace limber {

struct CommandLine;

// The routine side of the command line (docs/routine-format.md):
// `--list` shows the saved routines, `--plan` takes a routine's name, id or
// file, `--import FILE`, `--export-routine ROUTINE FILE`.

// After the catalog listing: the saved routines with their id and length.
void printRoutines(const Catalog& catalog, QTextStream& out);
// A plan for `target` when it names a routine file or a saved routine (and
// not a region or exercise ids); nullopt leaves it to the catalog's plan.
std::optional<int> planRoutine(const Catalog& catalog, const QString& target, bool json, QTextStream& out,
                               QTextStream& err);
// A routine named by `target`: a routine file (.json or .limber) or a saved
// routine's name or id, with the catalog to plan it from (the installed one
// plus an archive's own exercises). nullopt when nothing matched; `error`
// then names the file when a file was given and could not be read.
struct FoundRoutine {
    Routine routine;
    Catalog catalog;
};
std::optional<FoundRoutine> findRoutine(const Catalog& installed, const QString& target, QString* error);

int importArchive(const Catalog& installed, const QString& path, bool replace, QTextStream& out, QTextStream& err);
int exportRoutine(const QString& routine, const QString& path, QTextStream& out, QTextStream& err);

} // namespace limber
