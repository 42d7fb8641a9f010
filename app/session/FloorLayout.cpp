#include "session/FloorLayout.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace limber {

namespace {

// Every digit, so the ink height does not depend on which ones are showing.
const QString AllDigits = QStringLiteral("0123456789");

QFont sized(const QFont& base, qreal pixels, QFont::Weight weight)
{
    QFont font = base;
    font.setPixelSize(std::max(8, static_cast<int>(std::floor(pixels))));
    font.setWeight(weight);
    return font;
}

// `font` made smaller, a step at a time, until `fits` says yes (or it is tiny).
template <typename Fits>
QFont shrunkToFit(QFont font, Fits fits)
{
    while (font.pixelSize() > 8 && !fits(QFontMetricsF(font)))
        font.setPixelSize(std::max(8, static_cast<int>(font.pixelSize() * 0.92)));
    return font;
}

} // namespace

FloorLayout FloorLayout::compute(QSize size, const QFont& base, const QString& heading, const QString& label,
                                 const QString& widestDigits)
{
    FloorLayout layout;
    const qreal w = size.width();
    const qreal h = size.height();
    const qreal marginX = std::max(16.0, w * 0.04);
    const qreal marginY = std::max(12.0, h * 0.04);
    const qreal innerWidth = std::max(1.0, w - 2 * marginX);

    // Heading: one line, a twentieth of the height at most.
    layout.headingFont = shrunkToFit(sized(base, h / 20.0, QFont::DemiBold), [&](const QFontMetricsF& metrics) {
        return metrics.horizontalAdvance(heading) <= innerWidth;
    });
    const qreal headingHeight = QFontMetricsF(sized(base, h / 20.0, QFont::DemiBold)).height();
    layout.heading = QRectF(marginX, marginY, innerWidth, headingHeight).toAlignedRect();

    // Digits: scale a trial size so the ink is DigitsShare of the height, then
    // narrow it only if the widest countdown would not fit across.
    QFont digits = sized(base, h * 0.5, QFont::DemiBold);
    const qreal trialInk = QFontMetricsF(digits).tightBoundingRect(AllDigits).height();
    if (trialInk > 0)
        digits.setPixelSize(std::max(8, static_cast<int>(std::ceil(digits.pixelSize() * h * DigitsShare / trialInk))));
    layout.digitsFont = shrunkToFit(
        digits, [&](const QFontMetricsF& metrics) { return metrics.horizontalAdvance(widestDigits) <= innerWidth; });
    const qreal ink = QFontMetricsF(layout.digitsFont).tightBoundingRect(AllDigits).height();
    const qreal digitsTop = layout.heading.bottom() + h * 0.03;
    layout.digits = QRectF(marginX, digitsTop, innerWidth, ink * 1.16).toAlignedRect();

    // The bar lies along the bottom, above the corner kept for the exit button.
    const qreal barHeight = std::max(6.0, h * 0.014);
    const qreal cornerHeight = h * 0.06;
    const qreal barTop = h - marginY - cornerHeight - barHeight;
    layout.bar = QRectF(marginX, barTop, innerWidth, barHeight).toAlignedRect();

    // What to do now fills what is left between the digits and the bar.
    const qreal labelTop = layout.digits.bottom() + h * 0.03;
    const qreal labelBottom = barTop - h * 0.03;
    layout.label = QRectF(marginX, labelTop, innerWidth, std::max(1.0, labelBottom - labelTop)).toAlignedRect();
    const QRectF labelBox = layout.label;
    layout.labelFont = shrunkToFit(sized(base, h / 11.0, QFont::DemiBold), [&](const QFontMetricsF& metrics) {
        const QRectF needed = metrics.boundingRect(labelBox, LabelFlags, label);
        return needed.width() <= labelBox.width() && needed.height() <= labelBox.height();
    });
    return layout;
}

QPointF FloorLayout::digitsOrigin(const QString& text) const
{
    const QFontMetricsF metrics(digitsFont);
    const QRectF ink = metrics.tightBoundingRect(AllDigits);
    const qreal baseline = digits.center().y() - (ink.top() + ink.height() / 2.0);
    return {digits.center().x() - metrics.horizontalAdvance(text) / 2.0, baseline};
}

QRectF FloorLayout::digitsInk(const QString& text) const
{
    return QFontMetricsF(digitsFont).tightBoundingRect(text).translated(digitsOrigin(text));
}

} // namespace limber
