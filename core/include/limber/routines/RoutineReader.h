#pragma once

#include "limber/Catalog.h"
#include "limber/JsonIssue.h"
#include "limber/routines/Routine.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace limber {

struct RoutineParseResult {
    Routine routine; // what could be read; only trustworthy when ok()
    QList<JsonIssue> issues;
    bool ok() const;
    // The errors (not the warnings), one per line, for a message box or the terminal.
    QString errorText() const;
};

// Reads a routine file (docs/routine-format.md). Every problem is reported
// as "file: json.path: problem", all of them at once. Values outside
// RoutineLimits are errors, not silently clamped: the person who wrote the
// file should learn what is wrong. An exercise id the catalog does not know
// is not an error here (the exercise may come later); validate() warns.
class RoutineReader final {
    Q_DECLARE_TR_FUNCTIONS(limber::RoutineReader)

public:
    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaxFileBytes = 1024 * 1024;
    static constexpr int MaxDepth = 16;        // objects and arrays inside each other
    static constexpr int MaxIdLength = 60;     // ids name files
    static constexpr int MaxNoteLength = 1000; // one entry's note

    static RoutineParseResult parse(const QByteArray& json, const QString& fileName);
    static RoutineParseResult loadFile(const QString& path);
    // The routine object itself, e.g. inside a .limber archive.
    static RoutineParseResult fromJson(const QJsonObject& object, const QString& fileName);

    // Warnings about a routine read against a catalog: exercises it does not
    // know, and overrides that do not fit the exercise's dose (a hold length
    // for a repetition exercise).
    static QList<JsonIssue> validate(const Routine& routine, const Catalog& catalog, const QString& fileName);
};

// Whether `json` nests objects and arrays deeper than `maxDepth` (a cheap scan
// before the real parser, so an absurd file is refused with a clear message).
bool jsonNestsDeeperThan(const QByteArray& json, int maxDepth);

} // namespace limber
