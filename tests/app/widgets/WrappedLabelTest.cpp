#include "AppTestSupport.h"

#include "widgets/WrappedLabel.h"

#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLabel>

#include <cmath>
#include <memory>

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

// A plain QLabel with every setting of `label` that its size depends on.
std::unique_ptr<QLabel> twinOf(const WrappedLabel& label)
{
    auto plain = std::make_unique<QLabel>(label.text());
    plain->setWordWrap(true);
    plain->setFont(label.font());
    plain->setTextFormat(label.textFormat());
    plain->setAlignment(label.alignment());
    plain->setMargin(label.margin());
    plain->setIndent(label.indent());
    // The frame first: its width is part of the contents margins, which QFrame
    // recomputes when the frame changes.
    plain->setFrameStyle(label.frameStyle());
    plain->setLineWidth(label.lineWidth());
    plain->setContentsMargins(label.contentsMargins());
    plain->setMinimumSize(label.minimumSize());
    plain->setMaximumWidth(label.maximumWidth());
    plain->setTextInteractionFlags(label.textInteractionFlags());
    return plain;
}

void expectSameSizesAsQLabel(const WrappedLabel& label, const std::string& what)
{
    const std::unique_ptr<QLabel> plain = twinOf(label);
    EXPECT_EQ(label.sizeHint(), plain->sizeHint()) << what;
    EXPECT_EQ(label.minimumSizeHint(), plain->minimumSizeHint()) << what;
    for (const int width : {0, 1, 37, 80, 121, 200, 333, 640, 1500})
        EXPECT_EQ(label.heightForWidth(width), plain->heightForWidth(width)) << what << " at " << width;
}

// Home's words and some that break lines in other places: hyphens, a slash,
// a long unbreakable word, newlines, a carriage return, an ellipsis, accents, a
// right-to-left sentence, Chinese, which breaks between any two characters.
const QStringList Words = {
    QStringLiteral("Where does it hurt?"),
    LongText,
    QStringLiteral("These gentle stretches are for everyday aches. They can't tell you what is causing your pain: "
                   "if it lasts, keeps coming back or is severe, please have a doctor or chiropractor look at it."),
    QStringLiteral("Knee-to-chest stretch, cat/cow and a well-known, physiotherapist-approved twist"),
    QStringLiteral("Supercalifragilisticexpialidociously long word in a narrow column"),
    QStringLiteral("First line\nSecond line, a little longer than the first\n\nafter an empty one"),
    QStringLiteral("A carriage\r return is a space"),
    QStringLiteral("Beugen Sie sich langsam nach vorn, bis Sie eine sanfte Dehnung im unteren Rücken spüren…"),
    QStringLiteral("\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD, \u05D6\u05D4\u05D5 \u05DE\u05E9\u05E4\u05D8 "
                   "\u05D0\u05E8\u05D5\u05DA \u05DE\u05E2\u05D8"),
    QStringLiteral("\u6162\u6162\u5411\u524D\u5F2F\u8170\uFF0C\u76F4\u5230\u611F\u5230\u4E0B\u80CC\u90E8"
                   "\u8F7B\u8F7B\u62C9\u4F38\u3002"),
    QStringLiteral("x"),
};

TEST_F(WrappedLabelTest, MeasuresPlainWordsAsQLabelDoes)
{
    for (const QString& words : Words) {
        WrappedLabel label(words);
        ASSERT_TRUE(label.measuresItself()) << words.toStdString();
        expectSameSizesAsQLabel(label, words.toStdString());
    }
}

TEST_F(WrappedLabelTest, MeasuresWithEveryFontMarginIndentAndAlignment)
{
    const QFont base = QFont();
    QFont big = base;
    big.setPointSizeF(base.pointSizeF() * 2.0);
    big.setWeight(QFont::DemiBold);
    QFont odd = base;
    odd.setPointSizeF(base.pointSizeF() * 1.35);
    QFont pixels = base;
    pixels.setPixelSize(17);
    const QList<Qt::Alignment> alignments = {Qt::AlignLeft | Qt::AlignTop, Qt::AlignRight | Qt::AlignBottom,
                                             Qt::AlignCenter, Qt::AlignRight | Qt::AlignVCenter};
    int checked = 0;
    for (const QString& words : {Words.at(1), Words.at(3), Words.at(5)}) {
        for (const QFont& font : {base, big, odd, pixels}) {
            for (const Qt::Alignment alignment : alignments) {
                WrappedLabel label(words);
                label.setFont(font);
                label.setAlignment(alignment);
                expectSameSizesAsQLabel(label, "font " + font.toString().toStdString());
                label.setMargin(5);
                label.setIndent(7);
                label.setContentsMargins(3, 9, 11, 2);
                expectSameSizesAsQLabel(label, "margins, font " + font.toString().toStdString());
                label.setIndent(-1);
                label.setFrameStyle(QFrame::Box | QFrame::Plain);
                expectSameSizesAsQLabel(label, "framed, font " + font.toString().toStdString());
                label.setMinimumSize(150, 40);
                label.setMaximumWidth(400);
                expectSameSizesAsQLabel(label, "limits, font " + font.toString().toStdString());
                ++checked;
            }
        }
    }
    EXPECT_EQ(checked, 48);
}

TEST_F(WrappedLabelTest, MeasuresWithFontsThatSpaceTheirLines)
{
    // The default font has no leading; fonts with some (a fraction of a
    // pixel, or a negative one) space their lines apart, as QLabel must too.
    QList<QFont> spaced;
    for (const QString& family : QFontDatabase::families()) {
        for (const int points : {9, 13}) {
            QFont font(family);
            font.setPointSize(points);
            const qreal leading = QFontMetricsF(font).leading();
            if (leading != 0 && leading != std::round(leading) && spaced.size() < 4)
                spaced.append(font);
            else if (leading < 0 && spaced.size() < 6)
                spaced.append(font);
        }
    }
    ASSERT_FALSE(spaced.isEmpty()) << "no font with leading here (Debian: fonts-urw-base35)";
    for (const QFont& font : spaced) {
        for (const QString& words : {Words.at(1), Words.at(5)}) {
            WrappedLabel label(words);
            label.setFont(font);
            expectSameSizesAsQLabel(label, font.toString().toStdString());
        }
    }
}

TEST_F(WrappedLabelTest, LeavesRichSelectableAndJustifiedWordsToQLabel)
{
    WrappedLabel label(LongText);
    EXPECT_TRUE(label.measuresItself());
    label.setTextFormat(Qt::RichText);
    EXPECT_FALSE(label.measuresItself());
    expectSameSizesAsQLabel(label, "rich");
    label.setTextFormat(Qt::AutoText);
    label.setText(QStringLiteral("<b>bold</b> words"));
    EXPECT_FALSE(label.measuresItself()) << "markup, seen as rich text";
    expectSameSizesAsQLabel(label, "auto rich");
    label.setText(LongText);
    EXPECT_TRUE(label.measuresItself());
    label.setTextInteractionFlags(Qt::TextSelectableByMouse);
    EXPECT_FALSE(label.measuresItself());
    expectSameSizesAsQLabel(label, "selectable");
    label.setTextInteractionFlags(Qt::NoTextInteraction);
    label.setFocusPolicy(Qt::NoFocus); // selectable text took the focus
    label.setText(QStringLiteral("Tab\tstops"));
    EXPECT_FALSE(label.measuresItself());
    expectSameSizesAsQLabel(label, "tabs");
    label.setText(LongText);
    EXPECT_TRUE(label.measuresItself());
    label.setAlignment(Qt::AlignJustify);
    EXPECT_FALSE(label.measuresItself());
    expectSameSizesAsQLabel(label, "justified");
}

TEST_F(WrappedLabelTest, ANewTextOrFontIsMeasuredAgain)
{
    WrappedLabel label(QStringLiteral("Short."));
    const QSize shortHint = label.sizeHint();
    label.setText(LongText);
    EXPECT_NE(label.sizeHint(), shortHint);
    expectSameSizesAsQLabel(label, "new text");
    QFont bigger = label.font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.5);
    label.setFont(bigger);
    expectSameSizesAsQLabel(label, "new font");
    label.setMinimumWidth(300);
    expectSameSizesAsQLabel(label, "new minimum width");
}

} // namespace
} // namespace limber
