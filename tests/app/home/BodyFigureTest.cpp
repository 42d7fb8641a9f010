#include "home/BodyFigure.h"
#include "home/BodyFigureBaked.h"
#include "home/BodyFigureDesign.h"

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

// What the build wrote is the design, element for element: a change to the
// curves that was not baked again (or a baker that lost precision) fails here.
TEST(BodyFigure, TheBakedPartsAreTheDesignedOnes)
{
    const bodyfigure::Parts designed = bodyfigure::design();
    for (std::size_t part = 0; part < bodyfigure::PartCount; ++part) {
        const QPainterPath baked = bodyfigure::toPath(bodyfigure::bakedParts[part]);
        const QPainterPath& expected = designed[part];
        ASSERT_EQ(baked.elementCount(), expected.elementCount()) << "part " << part;
        EXPECT_EQ(baked.fillRule(), expected.fillRule()) << "part " << part;
        for (int i = 0; i < expected.elementCount(); ++i) {
            const QPainterPath::Element want = expected.elementAt(i);
            const QPainterPath::Element got = baked.elementAt(i);
            ASSERT_EQ(got.type, want.type) << "part " << part << ", element " << i;
            ASSERT_EQ(got.x, want.x) << "part " << part << ", element " << i;
            ASSERT_EQ(got.y, want.y) << "part " << part << ", element " << i;
        }
    }
    const BodyFigure& figure = BodyFigure::instance();
    EXPECT_EQ(figure.silhouette().elementCount(),
              designed[bodyfigure::index(bodyfigure::Part::Silhouette)].elementCount());
    EXPECT_EQ(figure.area(BodyArea::LowerBack).elementCount(),
              designed[bodyfigure::index(bodyfigure::Part::LowerBack)].elementCount());
}

TEST(BodyFigure, ABakedPathIsReadElementForElement)
{
    QPainterPath drawn(QPointF(1, 2));
    drawn.lineTo(3, 4);
    drawn.cubicTo(5, 6, 7, 8, 9, 10);
    drawn.closeSubpath();
    drawn.moveTo(20, 20);
    drawn.lineTo(30, 20);
    drawn.setFillRule(Qt::WindingFill);
    QList<bodyfigure::BakedElement> elements;
    for (int i = 0; i < drawn.elementCount(); ++i) {
        const QPainterPath::Element element = drawn.elementAt(i);
        elements.append({static_cast<std::uint8_t>(element.type), element.x, element.y});
    }
    const QPainterPath read
        = bodyfigure::toPath({elements.constData(), static_cast<int>(elements.size()), Qt::WindingFill});
    EXPECT_EQ(read, drawn);
    ASSERT_EQ(read.elementCount(), drawn.elementCount());
    for (int i = 0; i < drawn.elementCount(); ++i)
        EXPECT_EQ(read.elementAt(i).type, drawn.elementAt(i).type) << i;
    EXPECT_EQ(read.fillRule(), Qt::WindingFill);
}

} // namespace
} // namespace limber
