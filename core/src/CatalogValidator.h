#pragma once

#include "limber/CatalogLoader.h"

#include <QJsonObject>
#include <QString>

namespace limber {

// Turns a parsed catalog document into `result.catalog` and reports into
// `result.issues` every value and every rule that does not hold.
// `known` lets a user file refer to regions defined by an earlier file.
void validateCatalog(const QJsonObject& root, const QString& fileName, const Catalog* known,
                     const CatalogLoader::Pictures& pictures, CatalogParseResult& result);

} // namespace limber
