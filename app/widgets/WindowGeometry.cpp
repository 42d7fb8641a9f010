#include "widgets/WindowGeometry.h"

#include <QSettings>
#include <QWidget>

namespace limber {

namespace {

const QString& geometryKey()
{
    static const QString key = QStringLiteral("window/geometry");
    return key;
}

} // namespace

void restoreWindowGeometry(QWidget& window, QSize fallback)
{
    const QByteArray geometry = QSettings().value(geometryKey()).toByteArray();
    if (geometry.isEmpty() || !window.restoreGeometry(geometry))
        window.resize(fallback);
}

void saveWindowGeometry(const QWidget& window)
{
    QSettings().setValue(geometryKey(), window.saveGeometry());
}

} // namespace limber
