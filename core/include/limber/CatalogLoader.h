#pragma once

#include "limber/Catalog.h"
#include "limber/JsonIssue.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace limber {

// One finding of the loader, e.g. "catalog.json: exercises[3].dose.hold_s: must be between 1 and 600".
// The catalog is read with the general JSON reader, so its findings are JSON issues.
using CatalogIssue = JsonIssue;

struct CatalogParseResult {
    Catalog catalog; // what could be read; only trustworthy when ok()
    QList<CatalogIssue> issues;
    bool ok() const;
};

// Reads and validates catalog JSON. Every problem is reported, not just the
// first, so a person fixing a file sees all of them at once.
class CatalogLoader final {
public:
    static constexpr qint64 MaxFileBytes = 1024 * 1024;

    // `known` lets a user file refer to regions defined by an earlier file.
    static CatalogParseResult parse(const QByteArray& json, const QString& fileName, const Catalog* known = nullptr);
    static CatalogParseResult loadFile(const QString& path, const Catalog* known = nullptr);
};

// The built-in catalog plus every *.json in the user's catalog folder.
// A broken user file is reported and skipped; it never takes the built-in one down.
struct LoadedCatalog {
    Catalog catalog;
    QList<CatalogIssue> issues;
};

LoadedCatalog loadCatalogs(const QString& builtInPath, const QString& userFolder);

// Where a user may drop extra catalog files: <AppDataLocation>/catalog.
QString userCatalogFolder();

// The catalog compiled into every Limber binary (resources/catalog/builtin.json).
QString builtInCatalogPath();

// What Limber runs with: the built-in catalog and the user's folder, every
// issue also written to the log (errors as errors, warnings as warnings).
LoadedCatalog loadInstalledCatalogs();

} // namespace limber
