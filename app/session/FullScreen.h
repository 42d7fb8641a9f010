#pragma once

#include <QPointer>
#include <QWidget>

namespace limber {

// Puts a top-level window in full screen and back as it was: its window
// states (maximized stays maximized) and its menu bar, which a full screen
// read from across the room has no use for.
class FullScreen final {
public:
    void enter(QWidget* window);
    void leave();
    bool isOn() const { return !m_window.isNull(); }

private:
    QPointer<QWidget> m_window;
    Qt::WindowStates m_before;
    bool m_menuBarWasVisible = false;
};

} // namespace limber
