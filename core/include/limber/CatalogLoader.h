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

// Where a file's pictures are and who checks the images. Without a folder
// only the image paths themselves are checked (parse() of bytes); without a
// checker the files are checked for existence, place and size only.
struct CatalogPictures {
    QString folder;
    const PictureChecker* checker = nullptr;
};

// Reads and validates catalog JSON. Every problem is reported, not just the
// first, so a person fixing a file sees all of them at once.
class CatalogLoader final {
public:
    static constexpr qint64 MaxFileBytes = 1024 * 1024;

    using Pictures = CatalogPictures;

    // `known` lets a user file refer to regions defined by an earlier file.
    static CatalogParseResult parse(const QByteArray& json, const QString& fileName, const Catalog* known = nullptr,
                                    const Pictures& pictures = CatalogPictures());
    // Picture paths are relative to the file's folder.
    static CatalogParseResult loadFile(const QString& path, const Catalog* known = nullptr,
                                       const PictureChecker* checker = nullptr);
};

// The built-in catalog plus every *.json in the user's catalog folder.
// A broken user file is reported and skipped; it never takes the built-in one down.
struct LoadedCatalog {
    Catalog catalog;
    QList<CatalogIssue> issues;
};

LoadedCatalog loadCatalogs(const QString& builtInPath, const QString& userFolder,
                           const PictureChecker* checker = nullptr);

// Where a user may drop extra catalog files: <AppDataLocation>/catalog.
QString userCatalogFolder();

// The catalog compiled into every Limber binary (resources/catalog/builtin.json).
QString builtInCatalogPath();

// What Limber runs with: the built-in catalog and the user's folder, every
// issue also written to the log (errors as errors, warnings as warnings).
// `checker` judges the images of user exercises (the app passes QtGui's).
LoadedCatalog loadInstalledCatalogs(const PictureChecker* checker = nullptr);

} // namespace limber
