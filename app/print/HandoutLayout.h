#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>

namespace limber {

class HandoutBlocks;
struct Handout;

// Where each piece of a handout goes, page by page, in device units with the
// origin at the top left of the printable area. A block is never split: an
// exercise that does not fit below the last one starts the next page.
struct HandoutBlock {
    enum class Kind { Intro, Exercise, Grid };
    Kind kind = Kind::Intro;
    int index = 0; // the exercise's index, or the grid's week (1 or 2)
    QRectF rect;
};

struct HandoutPage {
    QRectF header; // empty on the first page, whose intro names the routine
    QRectF footer;
    QList<HandoutBlock> blocks;
};

class HandoutLayout final {
public:
    static QList<HandoutPage> paginate(const Handout& handout, const HandoutBlocks& blocks, const QSizeF& printable);
};

} // namespace limber
