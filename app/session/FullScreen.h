#pragma once

#include <QPointer>
#include <QRect>
#include <QWidget>

#include <functional>

namespace limber {

// Puts a top-level window in full screen and back as it was: its window
// states (maximized stays maximized) and its menu bar, which a full screen
// read from across the room has no use for. Where nobody honours the request
// (X11 without a window manager), the window is itself given its screen's
// geometry and its old one back on leaving.
class FullScreen final {
public:
    // Who answers a full-screen request; by default the window manager check.
    using Honoured = std::function<bool()>;
    FullScreen();
    explicit FullScreen(Honoured honoured);

    void enter(QWidget* window);
    void leave();
    bool isOn() const { return !m_window.isNull(); }
    // True while the window was sized by hand because the request would be ignored.
    bool isSizedByHand() const { return m_sizedByHand; }

private:
    Honoured m_honoured;
    QPointer<QWidget> m_window;
    Qt::WindowStates m_before;
    QRect m_geometryBefore;
    bool m_menuBarWasVisible = false;
    bool m_sizedByHand = false;
};

} // namespace limber
