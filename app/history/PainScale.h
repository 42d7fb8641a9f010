#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QPalette>
#include <QString>

namespace limber {

// How the 0..10 pain scale looks and reads, shared by the check-in dialog and
// the trend chart so a "7" is the same colour everywhere.
class PainScale final {
    Q_DECLARE_TR_FUNCTIONS(limber::PainScale)

public:
    // Calm green at 0 through amber to a soft red at 10; toned for the theme
    // so the colours glow in neither light nor dark mode.
    static QColor colour(int level, const QPalette& palette);
    // Text that stays readable on colour(level).
    static QColor textOn(int level, const QPalette& palette);
    // A word or two for the level: "No pain", "Moderate", ...
    static QString words(int level);
};

} // namespace limber
