#pragma once

#include <QColor>
#include <QPalette>

namespace limber {

// The figure's colours, taken from the widget's palette so it reads in light
// and dark themes alike.
struct FigureColours {
    QColor figure;  // body and near limbs
    QColor farLimb; // limbs on the far side, a step towards the background
    QColor prop;    // chair and mat
    QColor floor;
    QColor glow;  // the targeted area
    QColor arrow; // movement hints

    static FigureColours fromPalette(const QPalette& palette);
};

} // namespace limber
