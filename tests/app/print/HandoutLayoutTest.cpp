// The handout's pages, laid out on a real PDF writer offscreen: no exercise
// split across pages, nothing outside the printable area, A4 and Letter.
#include "AppTestSupport.h"

#include "print/Handout.h"
#include "print/HandoutBlocks.h"
#include "print/HandoutDocument.h"
#include "print/HandoutStyle.h"
#include "print/PrintedPose.h"

#include <QBuffer>
#include <QImage>
#include <QPdfWriter>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <memory>

namespace limber {
namespace {

class HandoutLayoutTest : public ::testing::Test {
protected:
    std::unique_ptr<QPdfWriter> writer(QPageSize::PageSizeId size)
    {
        auto pdf = std::make_unique<QPdfWriter>(&m_buffer);
        pdf->setPageLayout(HandoutDocument::pageLayout(QPageSize(size)));
        return pdf;
    }
    Handout handout(const QString& target) { return *HandoutBuilder(test::builtinCatalog()).fromTarget(target); }
    static QString allExercises()
    {
        QStringList ids;
        for (const Exercise& exercise : test::builtinCatalog().exercises())
            ids.append(exercise.id);
        return ids.join(QLatin1Char(','));
    }

    // Every block inside the printable area, below the header, above the
    // footer, and none overlapping the next.
    static void expectInside(const QList<HandoutPage>& pages, const QSizeF& printable)
    {
        const QRectF area(QPointF(0, 0), printable);
        for (qsizetype p = 0; p < pages.size(); ++p) {
            const HandoutPage& page = pages.at(p);
            SCOPED_TRACE(p + 1);
            EXPECT_EQ(page.header.isEmpty(), p == 0);
            EXPECT_TRUE(area.contains(page.footer));
            double last = page.header.isEmpty() ? 0 : page.header.bottom();
            for (const HandoutBlock& block : page.blocks) {
                EXPECT_TRUE(area.contains(block.rect));
                EXPECT_GE(block.rect.top(), last);
                EXPECT_LE(block.rect.bottom(), page.footer.top());
                EXPECT_GT(block.rect.height(), 0);
                last = block.rect.bottom();
            }
        }
    }

    QBuffer m_buffer;
};

TEST_F(HandoutLayoutTest, EveryExerciseIsOnOnePageAndInsideTheMargins)
{
    m_buffer.open(QIODevice::WriteOnly);
    const auto pdf = writer(QPageSize::A4);
    const Handout all = handout(allExercises());
    const QList<HandoutPage> pages = HandoutDocument::layout(all, *pdf);
    ASSERT_GE(pages.size(), 3); // nine exercises and the grid do not fit on two pages
    expectInside(pages, QSizeF(pdf->width(), pdf->height()));

    // Each exercise is one block, placed once, in order; the grid's two weeks come last.
    QList<int> exercises;
    QList<int> weeks;
    for (const HandoutPage& page : pages) {
        EXPECT_FALSE(page.blocks.isEmpty());
        for (const HandoutBlock& block : page.blocks) {
            if (block.kind == HandoutBlock::Kind::Exercise)
                exercises.append(block.index);
            else if (block.kind == HandoutBlock::Kind::Grid)
                weeks.append(block.index);
        }
    }
    QList<int> expected;
    for (int i = 0; i < all.exercises.size(); ++i)
        expected.append(i);
    EXPECT_EQ(exercises, expected);
    EXPECT_EQ(weeks, (QList<int> {1, 2}));
    EXPECT_EQ(pages.constFirst().blocks.constFirst().kind, HandoutBlock::Kind::Intro);
    // A page is broken only where the next block would not fit.
    const double bottom = pages.constFirst().footer.top();
    for (qsizetype p = 0; p + 1 < pages.size(); ++p) {
        const HandoutBlock& next = pages.at(p + 1).blocks.constFirst();
        EXPECT_GT(pages.at(p).blocks.constLast().rect.bottom() + next.rect.height(), bottom) << "page " << p + 1;
    }
}

TEST_F(HandoutLayoutTest, LetterIsWiderAndShorterThanA4)
{
    m_buffer.open(QIODevice::WriteOnly);
    const auto a4 = writer(QPageSize::A4);
    const auto letter = writer(QPageSize::Letter);
    const double mm = a4->logicalDpiX() / 25.4;
    // The printable area is the paper less 15 mm a side.
    EXPECT_NEAR(a4->width() / mm, 210 - 30, 1);
    EXPECT_NEAR(a4->height() / mm, 297 - 30, 1);
    EXPECT_NEAR(letter->width() / mm, 215.9 - 30, 1);
    EXPECT_NEAR(letter->height() / mm, 279.4 - 30, 1);

    const Handout all = handout(allExercises());
    const QList<HandoutPage> onA4 = HandoutDocument::layout(all, *a4);
    const QList<HandoutPage> onLetter = HandoutDocument::layout(all, *letter);
    expectInside(onLetter, QSizeF(letter->width(), letter->height()));
    EXPECT_GT(onLetter.constFirst().blocks.constFirst().rect.width(),
              onA4.constFirst().blocks.constFirst().rect.width());
    EXPECT_LT(onLetter.constFirst().footer.top(), onA4.constFirst().footer.top());
    EXPECT_GE(onLetter.size(), onA4.size());
}

TEST_F(HandoutLayoutTest, TwiceADayGivesTwoRowsADay)
{
    m_buffer.open(QIODevice::WriteOnly);
    const auto pdf = writer(QPageSize::A4);
    const HandoutStyle style(*pdf);
    const HandoutBlocks blocks(style);
    Handout once = handout(QStringLiteral("lower-back"));
    Handout twice = once;
    twice.sessionsPerDay = 2;
    const QRectF area(0, 0, pdf->width(), 0);
    const double onceHeight = blocks.tickGrid(nullptr, once, 2, area);
    const double twiceHeight = blocks.tickGrid(nullptr, twice, 2, area);
    // Seven more rows, each at least 6 mm to write in.
    EXPECT_GT(twiceHeight - onceHeight, style.mm(7 * 6 - 7 * 2));
    EXPECT_EQ(HandoutBlocks::sessionLabels(2), (QStringList {QStringLiteral("Morning"), QStringLiteral("Evening")}));
    EXPECT_EQ(HandoutBlocks::sessionLabels(1).size(), 1);
    EXPECT_EQ(HandoutBlocks::sessionLabels(9).size(), Handout::MaxSessionsPerDay);
    // Even six a day (a routine's most), each week of the grid fits on a page.
    twice.sessionsPerDay = Handout::MaxSessionsPerDay;
    EXPECT_LT(blocks.tickGrid(nullptr, twice, 1, area), pdf->height() - blocks.footerHeight() - blocks.headerHeight());
    expectInside(HandoutDocument::layout(twice, *pdf), QSizeF(pdf->width(), pdf->height()));
}

TEST_F(HandoutLayoutTest, ABlockTallerThanAPageGetsAPageOfItsOwn)
{
    m_buffer.open(QIODevice::WriteOnly);
    const auto pdf = writer(QPageSize::A4);
    Handout long_ = handout(QStringLiteral("cobra,piriformis"));
    for (int i = 0; i < 400; ++i)
        long_.exercises[1].steps.append(QStringLiteral("Breathe calmly and keep going."));
    const QList<HandoutPage> pages = HandoutDocument::layout(long_, *pdf);
    bool alone = false;
    for (const HandoutPage& page : pages) {
        for (const HandoutBlock& block : page.blocks)
            if (block.kind == HandoutBlock::Kind::Exercise && block.index == 1)
                alone = page.blocks.size() == 1;
    }
    EXPECT_TRUE(alone);
}

TEST_F(HandoutLayoutTest, ThePdfHasAPagePerLaidOutPage)
{
    const Handout region = handout(QStringLiteral("upper-back"));
    m_buffer.open(QIODevice::WriteOnly);
    const int laidOut = static_cast<int>(HandoutDocument::layout(region, *writer(QPageSize::Letter)).size());
    const QByteArray bytes = HandoutDocument::pdf(region, QPageSize(QPageSize::Letter));
    ASSERT_TRUE(bytes.startsWith("%PDF-"));
    const qsizetype pages = QString::fromLatin1(bytes).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]")));
    EXPECT_EQ(pages, laidOut);
    EXPECT_GE(laidOut, 2);
}

TEST_F(HandoutLayoutTest, ThePicturesShowAFigure)
{
    for (const QString& id : {QStringLiteral("cat-cow"), QStringLiteral("knee-to-chest")}) {
        const QList<PrintedPose::Kind> kinds = PrintedPose::picturesOf(id);
        ASSERT_EQ(kinds.size(), 2) << id.toStdString();
        m_buffer.open(QIODevice::WriteOnly);
        const HandoutStyle style(*writer(QPageSize::A4));
        for (PrintedPose::Kind kind : kinds) {
            const QImage image = PrintedPose::render(id, kind, QSize(600, 400), style.figurePalette());
            int dark = 0;
            for (int y = 0; y < image.height(); y += 2)
                for (int x = 0; x < image.width(); x += 2)
                    dark += qGray(image.pixel(x, y)) < 100 ? 1 : 0;
            EXPECT_GT(dark, 600) << id.toStdString(); // the body, in dark ink on white
            EXPECT_EQ(image.pixel(0, 0), qRgb(255, 255, 255));
        }
        m_buffer.close();
    }
    EXPECT_EQ(PrintedPose::picturesOf(QStringLiteral("no-such-exercise")).size(), 1);
}

} // namespace
} // namespace limber
