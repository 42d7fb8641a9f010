#pragma once

namespace limber {

// Whether someone will honour a request for full screen. On X11 that is the
// window manager, when there is one and it says it supports
// _NET_WM_STATE_FULLSCREEN (EWMH: _NET_SUPPORTING_WM_CHECK, _NET_SUPPORTED);
// with none (a bare Xvfb, a kiosk X session) Qt's request is ignored and the
// window keeps its size. Other platforms (Wayland, offscreen) do it themselves.
class X11WindowManager final {
public:
    static bool honoursFullScreen();
};

} // namespace limber
