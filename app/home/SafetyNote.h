#pragma once

#include <QCoreApplication>
#include <QString>

namespace limber {

// The reminder that Limber is for everyday relief, not a diagnosis. Shown once
// before the first session and always reachable from the Help menu.
class SafetyNote final {
    Q_DECLARE_TR_FUNCTIONS(SafetyNote)

public:
    static QString title();
    static QString brief();    // the banner on home
    static QString detailed(); // "About these exercises"

    // Remembered across runs, so the banner steps aside once read.
    static bool isAcknowledged();
    static void acknowledge();
};

} // namespace limber
