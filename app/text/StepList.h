#pragma once

#include <QString>
#include <QStringList>

namespace limber {

// An exercise's steps as a compact numbered list in rich text. A table rather
// than <ol>: Qt's list indent is a whole tab, which wastes a card's width.
QString stepListHtml(const QStringList& steps, int rowGapPx = 1);

} // namespace limber
