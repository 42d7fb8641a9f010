#pragma once

#include <QPixmap>

#include <functional>

class QEvent;
class QPainter;
class QWidget;

namespace limber {

// The still part of an animated widget (a ring's track and words, the breath
// guide's outline and caption), painted once into a pixmap and blitted under
// every frame until something it shows changes. A blit stays on the GUI
// thread and costs a fraction of redrawing text and dashed or wide strokes.
class FaceCache final {
public:
    // Marks the face stale; the widget schedules its own repaint.
    void invalidate() { m_valid = false; }
    // Palette, font and style changes make every face stale.
    static bool isInvalidatedBy(const QEvent* event);

    // The face at `widget`'s size and pixel ratio, repainted by `paint` (on a
    // transparent pixmap, in widget coordinates) when stale or resized.
    const QPixmap& face(const QWidget& widget, const std::function<void(QPainter&)>& paint);

private:
    QPixmap m_pixmap;
    bool m_valid = false;
};

} // namespace limber
