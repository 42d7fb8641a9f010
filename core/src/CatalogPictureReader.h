#pragma once

#include "limber/CatalogLoader.h"
#include "limber/JsonReader.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace limber {

// Reads an exercise's optional "picture" (docs/catalog-format.md). Returns a
// Picture of Kind::None when the exercise has none, std::nullopt when the
// picture has errors (each reported through `json`).
std::optional<Picture> readPicture(JsonReader& json, const QJsonObject& exercise, const QString& exercisePath,
                                   const CatalogLoader::Pictures& pictures);

} // namespace limber
