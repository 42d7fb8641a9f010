#include "pose/FigureColours.h"

#include "pose/FigureGeometry.h"

namespace limber {

using namespace figure;

FigureColours FigureColours::fromPalette(const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor base = palette.color(QPalette::Base);
    FigureColours colours;
    colours.figure = mix(text, base, 0.28);
    colours.farLimb = mix(text, base, 0.55);
    colours.prop = mix(text, base, 0.78);
    colours.floor = mix(text, base, 0.62);
    colours.glow = palette.color(QPalette::Highlight);
    // The arrow needs more contrast than the soft glow: a touch of text colour.
    colours.arrow = mix(palette.color(QPalette::Highlight), text, 0.15);
    return colours;
}

} // namespace limber
