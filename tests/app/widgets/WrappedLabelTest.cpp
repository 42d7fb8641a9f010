#include "AppTestSupport.h"

#include "widgets/WrappedLabel.h"

#include <QFont>
#include <QLabel>

#include <gtest/gtest.h>

namespace limber {
namespace {

class WrappedLabelTest : public test::WidgetTest { };

const QString LongText = QStringLiteral(
    "Move slowly, and stop any exercise that makes the pain sharper; a stretch should feel like a gentle pull.");

// What a plain QLabel, asked for the first time, says for the same words and settings.
int freshAnswer(const WrappedLabel& label, int width)
{
    QLabel plain(label.text());
    plain.setWordWrap(true);
    plain.setFont(label.font());
    plain.setTextFormat(label.textFormat());
    plain.setMargin(label.margin());
    plain.setIndent(label.indent());
    plain.setContentsMargins(label.contentsMargins());
    return plain.heightForWidth(width);
}

TEST_F(WrappedLabelTest, WrapsAndAnswersAsQLabelDoes)
{
    WrappedLabel label(LongText);
    EXPECT_TRUE(label.wordWrap());
    for (const int width : {80, 200, 80, 640, 200})
        EXPECT_EQ(label.heightForWidth(width), freshAnswer(label, width)) << width;
    EXPECT_GT(label.heightForWidth(80), label.heightForWidth(640)) << "narrower is taller";
}

TEST_F(WrappedLabelTest, ARememberedHeightFollowsNewWordsFontAndMargins)
{
    WrappedLabel label(QStringLiteral("Short."));
    const int oneLine = label.heightForWidth(120);

    label.setText(LongText);
    EXPECT_GT(label.heightForWidth(120), oneLine) << "the new text needs more lines";
    EXPECT_EQ(label.heightForWidth(120), freshAnswer(label, 120));

    QFont bigger = label.font();
    bigger.setPointSizeF(bigger.pointSizeF() * 2);
    const int before = label.heightForWidth(120);
    label.setFont(bigger);
    EXPECT_GT(label.heightForWidth(120), before) << "a bigger font is taller";
    EXPECT_EQ(label.heightForWidth(120), freshAnswer(label, 120));

    label.setContentsMargins(0, 30, 0, 30);
    EXPECT_EQ(label.heightForWidth(120), freshAnswer(label, 120));
    label.setMargin(12);
    EXPECT_EQ(label.heightForWidth(120), freshAnswer(label, 120));
    label.setTextFormat(Qt::RichText);
    label.setText(QStringLiteral("<p>One</p><p>Two</p><p>Three</p>"));
    EXPECT_EQ(label.heightForWidth(120), freshAnswer(label, 120));
}

} // namespace
} // namespace limber
