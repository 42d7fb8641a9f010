#pragma once

#include "home/BodyFigureDesign.h"

#include <QPainterPath>

#include <array>
#include <cstdint>

namespace limber::bodyfigure {

// A QPainterPath as data: its elements as QPainterPath::elementAt() gives
// them, and its fill rule. The build writes the figure's parts this way
// (home/BodyFigureBaker), so Limber builds them from numbers instead of
// cutting the areas out again at every start.
struct BakedElement {
    std::uint8_t type; // QPainterPath::ElementType
    double x;
    double y;
};

struct BakedPath {
    const BakedElement* elements;
    int count;
    Qt::FillRule fillRule;
};

// Generated at build time: BodyFigureBaked.cpp in the build tree.
extern const std::array<BakedPath, PartCount> bakedParts;

// The path the elements describe, element for element.
QPainterPath toPath(const BakedPath& baked);

} // namespace limber::bodyfigure
