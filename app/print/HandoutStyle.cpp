#include "print/HandoutStyle.h"

#include <QGuiApplication>
#include <QPaintDevice>

namespace limber {

namespace {

QFont sized(const QFont& base, double points, QFont::Weight weight)
{
    QFont font = base;
    font.setPointSizeF(points);
    font.setWeight(weight);
    return font;
}

} // namespace

HandoutStyle::HandoutStyle(const QPaintDevice& device)
    : m_device(device)
    , m_unitsPerMm(device.logicalDpiY() / 25.4)
{
    // The desktop's face (what the window uses), at sizes chosen for paper:
    // 10.5 pt body text is comfortable at arm's length, also for older eyes.
    const QFont base = QGuiApplication::font();
    title = sized(base, 20, QFont::Bold);
    name = sized(base, 14, QFont::Bold);
    dose = sized(base, 11, QFont::DemiBold);
    heading = sized(base, 10.5, QFont::DemiBold);
    body = sized(base, 10.5, QFont::Normal);
    small = sized(base, 8.5, QFont::Normal);

    ink = QColor(0x1d, 0x21, 0x27);
    muted = QColor(0x55, 0x5d, 0x68);
    accent = QColor(0x1f, 0x6f, 0xbf);
    onAccent = Qt::white;
    hairline = QColor(0xb8, 0xbf, 0xc8);
    wash = QColor(0xee, 0xf3, 0xf9);
}

QPalette HandoutStyle::figurePalette() const
{
    QPalette palette;
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::WindowText, ink);
    palette.setColor(QPalette::Text, ink);
    palette.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    return palette;
}

} // namespace limber
