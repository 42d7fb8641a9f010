#include "AppTestSupport.h"

#include "widgets/NoticeBanner.h"

#include <QLabel>

#include <gtest/gtest.h>

namespace limber {
namespace {

class NoticeBannerTest : public test::WidgetTest { };

// The banner's two labels, title first (they are its only labels).
QList<QLabel*> labelsOf(const NoticeBanner& banner)
{
    return banner.findChildren<QLabel*>(QString(), Qt::FindDirectChildrenOnly);
}

TEST_F(NoticeBannerTest, PlainWordsAreShownAsTheyAre)
{
    NoticeBanner banner(NoticeBanner::Tone::Information);
    banner.setTitle(QStringLiteral("Before <you> start"));
    banner.setText(QStringLiteral("Stop if 1 < 2 & it hurts"));
    const QList<QLabel*> labels = labelsOf(banner);
    ASSERT_EQ(labels.size(), 2);
    for (QLabel* label : labels)
        EXPECT_EQ(label->textFormat(), Qt::PlainText) << label->text().toStdString();
    EXPECT_EQ(banner.title(), QStringLiteral("Before <you> start"));
    EXPECT_EQ(banner.text(), QStringLiteral("Stop if 1 < 2 & it hurts"));
}

TEST_F(NoticeBannerTest, MarkupIsForListsAndLineBreaks)
{
    NoticeBanner banner(NoticeBanner::Tone::Warning);
    banner.setRichText(QStringLiteral("<ul><li>one</li><li>two</li></ul>"));
    const QList<QLabel*> labels = labelsOf(banner);
    ASSERT_EQ(labels.size(), 2);
    EXPECT_EQ(labels.at(1)->textFormat(), Qt::RichText);
    // And back: plain words after markup are plain again.
    banner.setText(QStringLiteral("<b>not bold</b>"));
    EXPECT_EQ(labels.at(1)->textFormat(), Qt::PlainText);
}

TEST_F(NoticeBannerTest, AWarningCanBeCopiedANoticeIsOnlyRead)
{
    NoticeBanner warning(NoticeBanner::Tone::Warning);
    for (QLabel* label : labelsOf(warning))
        EXPECT_TRUE(label->textInteractionFlags() & Qt::TextSelectableByMouse) << "a file name or error to copy";
    NoticeBanner notice(NoticeBanner::Tone::Information);
    for (QLabel* label : labelsOf(notice))
        EXPECT_EQ(label->textInteractionFlags() & Qt::TextSelectableByMouse, 0)
            << "laid out as plain words, without a text document";
}

} // namespace
} // namespace limber
