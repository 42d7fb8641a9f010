#pragma once

#include <QPainterPath>

#include <array>

namespace limber::bodyfigure {

// The figure is sketched on a 200 × 340 grid (easy to reason about) and built
// five times larger: boolean path operations flatten curves at a fixed
// tolerance, so a bigger design space keeps region edges smooth when scaled up.
inline constexpr qreal GridScale = 5.0;
inline constexpr qreal GridWidth = 200.0;
inline constexpr qreal GridHeight = 340.0;

// What BodyFigure holds, in this order.
enum class Part { Silhouette, Head, NeckShoulders, UpperBack, LowerBack, Spine, Details };
inline constexpr std::size_t PartCount = 7;
using Parts = std::array<QPainterPath, PartCount>;

inline constexpr std::size_t index(Part part)
{
    return static_cast<std::size_t>(part);
}

// The figure drawn from its curves, the areas cut out of it by boolean path
// operations, in design space. That cutting is about 32 M instructions, so
// the build does it once (home/BodyFigureBaker) and Limber reads the result
// (home/BodyFigureBaked.h); the tests check that the two agree.
Parts design();

} // namespace limber::bodyfigure
