#include "print/HandoutLayout.h"

#include "print/Handout.h"
#include "print/HandoutBlocks.h"

namespace limber {

QList<HandoutPage> HandoutLayout::paginate(const Handout& handout, const HandoutBlocks& blocks, const QSizeF& printable)
{
    const double width = printable.width();
    const double footerHeight = blocks.footerHeight();
    const double contentBottom = printable.height() - footerHeight;

    QList<HandoutPage> pages;
    double y = 0;
    auto newPage = [&] {
        HandoutPage page;
        page.footer = QRectF(0, contentBottom, width, footerHeight);
        if (!pages.isEmpty())
            page.header = QRectF(0, 0, width, blocks.headerHeight());
        y = page.header.isEmpty() ? 0 : page.header.bottom();
        pages.append(page);
    };
    auto place = [&](HandoutBlock::Kind kind, int index, double height) {
        // A block taller than a whole page still gets a page of its own (and is clipped there).
        if (y + height > contentBottom && !pages.last().blocks.isEmpty())
            newPage();
        pages.last().blocks.append({kind, index, QRectF(0, y, width, height)});
        y += height;
    };

    newPage();
    const QRectF measure(0, 0, width, 0);
    place(HandoutBlock::Kind::Intro, 0, blocks.intro(nullptr, handout, measure));
    for (int i = 0; i < static_cast<int>(handout.exercises.size()); ++i)
        place(HandoutBlock::Kind::Exercise, i, blocks.exercise(nullptr, handout.exercises.at(i), i + 1, measure));
    for (int week = 1; week <= HandoutBlocks::GridWeeks; ++week)
        place(HandoutBlock::Kind::Grid, week, blocks.tickGrid(nullptr, handout, week, measure));
    return pages;
}

} // namespace limber
