#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

class QPaintDevice;

namespace limber {

// Type, colours and units of the printed handout for one paint device (a PDF
// writer or a printer), so a layout measured on it is the layout painted on
// it. Paper is white whatever the screen's theme: the colours are fixed, dark
// ink on white, with one calm blue that still reads in grey on a
// black-and-white printer.
class HandoutStyle final {
public:
    explicit HandoutStyle(const QPaintDevice& device);

    const QPaintDevice& device() const { return m_device; }
    // Millimetres in device units.
    double mm(double millimetres) const { return millimetres * m_unitsPerMm; }
    double unitsPerMm() const { return m_unitsPerMm; }

    QFont title;   // the routine's name on the first page
    QFont name;    // an exercise's name
    QFont dose;    // its dose, the first thing a patient looks for
    QFont heading; // "Starting position", "Step by step"
    QFont body;
    QFont small; // captions, the header and footer, the grid

    QColor ink;
    QColor muted;
    QColor accent;
    QColor onAccent;
    QColor hairline;
    QColor wash; // the grid's header row, the picture frames

    // The palette the pose figure is drawn in on paper.
    QPalette figurePalette() const;

private:
    const QPaintDevice& m_device;
    double m_unitsPerMm;
};

} // namespace limber
