#pragma once

#include "limber/Catalog.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace limber {

// Writes catalog files in the format CatalogLoader reads
// (docs/catalog-format.md), pictures included, so that what an importer or
// an editor writes loads back as the same exercises.
class CatalogWriter final {
public:
    static QJsonObject toJson(const Region& region);
    static QJsonObject toJson(const Exercise& exercise);
    static QJsonObject toJson(const Picture& picture);
    // The whole file: {"format": 1, "regions": [...], "exercises": [...]}; an
    // empty list is left out, as the format allows.
    static QByteArray toBytes(const QList<Region>& regions, const QList<Exercise>& exercises);

    // Replaces `path` atomically (QSaveFile): the old file stays whole until
    // the new one is complete on disk. Empty on success, otherwise one
    // message naming the file ("…/mine.json: cannot write: No space left on device").
    static QString write(const QString& path, const QList<Region>& regions, const QList<Exercise>& exercises);
};

} // namespace limber
