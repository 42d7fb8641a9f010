#include "home/BodyFigure.h"

#include <QPainterPath>

#include <gtest/gtest.h>

#include <array>

namespace limber {
namespace {

constexpr std::array Areas {BodyArea::NeckShoulders, BodyArea::UpperBack, BodyArea::LowerBack};

// The painted area of a path, in design units squared, by counting a grid of points.
double coveredArea(const QPainterPath& path, const QRectF& within)
{
    constexpr int Steps = 120;
    const double dx = within.width() / Steps;
    const double dy = within.height() / Steps;
    int inside = 0;
    for (int i = 0; i < Steps; ++i) {
        for (int j = 0; j < Steps; ++j) {
            if (path.contains(QPointF(within.left() + (i + 0.5) * dx, within.top() + (j + 0.5) * dy)))
                ++inside;
        }
    }
    return inside * dx * dy;
}

TEST(BodyFigure, EachAreaHoldsItsAnchorAndNoOtherAreaDoes)
{
    const BodyFigure& figure = BodyFigure::instance();
    for (const BodyArea area : Areas) {
        const QPointF anchor = figure.anchor(area);
        for (const BodyArea other : Areas)
            EXPECT_EQ(figure.area(other).contains(anchor), other == area)
                << static_cast<int>(area) << " anchor in " << static_cast<int>(other);
    }
}

TEST(BodyFigure, AreasLieOnTheBodyOffTheHeadAndDoNotOverlap)
{
    const BodyFigure& figure = BodyFigure::instance();
    const QRectF bounds = figure.bounds();
    for (const BodyArea area : Areas) {
        const QPainterPath& path = figure.area(area);
        ASSERT_FALSE(path.isEmpty());
        EXPECT_TRUE(bounds.contains(path.boundingRect())) << static_cast<int>(area);
        const double size = coveredArea(path, bounds);
        EXPECT_GT(size, 0.0);
        // What lies off the body or on the head is at most the grid's rounding at the edges.
        EXPECT_LT(coveredArea(path.subtracted(figure.silhouette()), bounds), size * 0.01) << static_cast<int>(area);
        EXPECT_LT(coveredArea(path.intersected(figure.head()), bounds), size * 0.01) << static_cast<int>(area);
        for (const BodyArea other : Areas) {
            if (other != area) {
                EXPECT_LT(coveredArea(path.intersected(figure.area(other)), bounds), size * 0.01);
            }
        }
    }
    // The bands follow the back from top to bottom.
    EXPECT_LT(figure.area(BodyArea::NeckShoulders).boundingRect().center().y(),
              figure.area(BodyArea::UpperBack).boundingRect().center().y());
    EXPECT_LT(figure.area(BodyArea::UpperBack).boundingRect().center().y(),
              figure.area(BodyArea::LowerBack).boundingRect().center().y());
}

} // namespace
} // namespace limber
