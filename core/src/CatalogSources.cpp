#include "limber/CatalogLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

// Where catalogs come from: the built-in one, the user's folder, and how they merge.
namespace limber {

namespace {

void merge(Catalog& into, const Catalog& from, const QString& fileName)
{
    for (const Region& region : from.regions()) {
        if (into.region(region.id)) {
            spdlog::info("catalog: {} overrides region \"{}\"", fileName.toStdString(), region.id.toStdString());
        }
        into.addRegion(region);
    }
    for (const Exercise& exercise : from.exercises()) {
        if (into.exercise(exercise.id)) {
            spdlog::info("catalog: {} overrides exercise \"{}\"", fileName.toStdString(), exercise.id.toStdString());
        }
        into.addExercise(exercise);
    }
}

} // namespace

LoadedCatalog loadCatalogs(const QString& builtInPath, const QString& userFolder, const PictureChecker* checker)
{
    LoadedCatalog loaded;
    // Issues are returned, not logged one by one: the caller shows and logs
    // them, and logging here too would print every problem twice.
    const CatalogParseResult builtIn = CatalogLoader::loadFile(builtInPath);
    loaded.issues += builtIn.issues;
    if (!builtIn.ok()) {
        // User files extend the built-in catalog; without it they would only
        // add "unknown region" noise on top of the real problem.
        spdlog::error("catalog: the built-in catalog {} is broken; user catalogs not loaded",
                      builtInPath.toStdString());
        return loaded;
    }
    loaded.catalog = builtIn.catalog;

    if (userFolder.isEmpty() || !QDir(userFolder).exists())
        return loaded;
    const QFileInfoList files = QDir(userFolder).entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo& info : files) {
        const QString path = info.filePath();
        const CatalogParseResult user = CatalogLoader::loadFile(path, &loaded.catalog, checker);
        loaded.issues += user.issues;
        if (!user.ok()) {
            spdlog::warn("catalog: skipping {} because it has errors", path.toStdString());
            continue;
        }
        merge(loaded.catalog, user.catalog, path);
        spdlog::info("catalog: loaded {} ({} regions, {} exercises)", path.toStdString(), user.catalog.regions().size(),
                     user.catalog.exercises().size());
    }
    return loaded;
}

QString userCatalogFolder()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // An empty base would turn into "/catalog" at the file system root.
    if (base.isEmpty())
        return QString();
    return base + u"/catalog"_s;
}

QString builtInCatalogPath()
{
    return u":/limber/catalog/builtin.json"_s;
}

LoadedCatalog loadInstalledCatalogs(const PictureChecker* checker)
{
    LoadedCatalog loaded = loadCatalogs(builtInCatalogPath(), userCatalogFolder(), checker);
    for (const CatalogIssue& issue : loaded.issues) {
        if (issue.severity == CatalogIssue::Severity::Error)
            spdlog::error("catalog: {}", issue.toString().toStdString());
        else
            spdlog::warn("catalog: {}", issue.toString().toStdString());
    }
    return loaded;
}

} // namespace limber
