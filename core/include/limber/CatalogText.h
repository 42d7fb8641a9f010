#pragma once

#include "limber/Catalog.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace limber {

// The catalog is written in English (resources/catalog/builtin.json); its
// translations live in the "Catalog" context of the .ts files, listed for
// lupdate in the generated CatalogStrings.cpp. Texts are translated when they
// are shown, not when loaded, so a language switch needs no reload and a
// user's own catalog simply stays as written.
QString catalogText(const QString& english);
QStringList catalogText(const QStringList& english);

// A copy with every text translated, for views that show many fields at once.
Exercise translated(Exercise exercise);
Region translated(Region region);

// Every text of the built-in catalog, as lupdate sees it (CatalogStrings.cpp).
const QList<const char*>& catalogSourceTexts();

} // namespace limber
