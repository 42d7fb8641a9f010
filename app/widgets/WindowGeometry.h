#pragma once

#include <QSize>

class QWidget;

namespace limber {

// Where the person left the window last time, kept in the settings
// (window/geometry); `fallback` is the size when nothing (usable) is kept.
void restoreWindowGeometry(QWidget& window, QSize fallback);
void saveWindowGeometry(const QWidget& window);

} // namespace limber
