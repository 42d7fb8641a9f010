#include "style/Appearance.h"

#include <QFontMetrics>
#include <QLabel>
#include <QPushButton>

#include <algorithm>
#include <cmath>

namespace limber::appearance {

QColor mix(const QColor& from, const QColor& to, qreal t)
{
    const qreal k = std::clamp<qreal>(t, 0.0, 1.0);
    const QColor a = from.toRgb();
    const QColor b = to.toRgb();
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * k),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * k),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * k),
                            static_cast<float>(a.alphaF() + (b.alphaF() - a.alphaF()) * k));
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor accent(const QPalette& palette)
{
    return palette.color(QPalette::Highlight);
}

QColor accentWash(const QPalette& palette, qreal strength)
{
    return mix(palette.color(QPalette::Window), accent(palette), strength);
}

QColor mutedText(const QPalette& palette)
{
    // 0.72 keeps secondary text well above a 4.5:1 contrast on both themes.
    return mix(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.72);
}

QColor hairline(const QPalette& palette)
{
    return mix(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.16);
}

QColor surface(const QPalette& palette)
{
    // Base is the "paper" colour of the theme: white-ish in light themes,
    // a lifted grey in dark ones. Blending a little keeps it calm.
    return mix(palette.color(QPalette::Window), palette.color(QPalette::Base), 0.7);
}

QColor warningWash(const QPalette& palette)
{
    const QColor amber = QColor::fromHsl(38, 200, isDark(palette) ? 110 : 150);
    return mix(palette.color(QPalette::Window), amber, isDark(palette) ? 0.35 : 0.22);
}

namespace {

qreal relativeLuminance(const QColor& colour)
{
    const auto channel = [](float value) {
        const qreal v = value;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

} // namespace

qreal contrastRatio(const QColor& a, const QColor& b)
{
    const qreal la = relativeLuminance(a);
    const qreal lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableBehind(const QColor& background, const QColor& text, qreal ratio)
{
    // Move the background away from the text's lightness in small steps; ten
    // steps of 6% cover any accent a theme is likely to pick.
    const QColor target = text.lightnessF() > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
    QColor fill = background;
    for (int step = 1; step <= 10 && contrastRatio(fill, text) < ratio; ++step)
        fill = mix(background, target, 0.06 * step);
    return fill;
}

QColor accentText(const QPalette& palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor towards = isDark(palette) ? QColor(Qt::white) : QColor(Qt::black);
    QColor text = accent(palette);
    for (int step = 1; step <= 10 && contrastRatio(text, window) < 4.5; ++step)
        text = mix(accent(palette), towards, 0.06 * step);
    return text;
}

QColor primaryFill(const QPalette& palette)
{
    return readableBehind(accent(palette), palette.color(QPalette::HighlightedText));
}

QFont scaledFont(const QFont& base, qreal factor, QFont::Weight weight)
{
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * factor);
    else if (base.pixelSize() > 0)
        font.setPixelSize(std::max(1, static_cast<int>(std::lround(base.pixelSize() * factor))));
    font.setWeight(weight);
    return font;
}

QLabel* heading(const QString& text, QWidget* parent, qreal factor)
{
    auto* label = new QLabel(text, parent);
    label->setFont(scaledFont(parent->font(), factor, QFont::DemiBold));
    return label;
}

void setMuted(QWidget* widget)
{
    QPalette pal = widget->palette();
    pal.setColor(QPalette::WindowText, mutedText(pal));
    widget->setPalette(pal);
}

void styleAsLink(QPushButton* button)
{
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    QPalette pal = button->palette();
    pal.setColor(QPalette::ButtonText, accentText(pal));
    button->setPalette(pal);
}

int spacing(const QFont& font)
{
    return std::max(6, QFontMetrics(font).height() / 2);
}

} // namespace limber::appearance
