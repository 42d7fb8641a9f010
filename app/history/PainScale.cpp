#include "history/PainScale.h"

#include "style/Appearance.h"

#include "limber/History.h"

#include <algorithm>

namespace limber {

QColor PainScale::colour(int level, const QPalette& palette)
{
    const int clamped = std::clamp(level, MinPainLevel, MaxPainLevel);
    // Hue 135 (green) down to 5 (red), evenly, so neighbours are told apart.
    const int hue = 135 - clamped * 13;
    const bool dark = appearance::isDark(palette);
    return QColor::fromHsl(hue, dark ? 120 : 150, dark ? 95 : 170);
}

QColor PainScale::textOn(int level, const QPalette& palette)
{
    const QColor fill = colour(level, palette);
    return appearance::contrastRatio(fill, Qt::black) >= appearance::contrastRatio(fill, Qt::white) ? QColor(Qt::black)
                                                                                                    : QColor(Qt::white);
}

QString PainScale::words(int level)
{
    if (level <= 0)
        return tr("No pain");
    if (level <= 3)
        return tr("Mild");
    if (level <= 6)
        return tr("Moderate");
    if (level <= 9)
        return tr("Severe");
    return tr("Worst imaginable");
}

} // namespace limber
