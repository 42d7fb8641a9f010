#pragma once

struct xcb_connection_t;

namespace limber {

// The X server's own screen saver, which the D-Bus inhibit does not reach on
// X11 sessions without a desktop service. Suspending it is per client and
// nests on the server, so every suspend is matched by one resume here.
// Without an X11 connection (Wayland, offscreen) it does nothing.
class X11ScreenSaver final {
public:
    X11ScreenSaver();
    ~X11ScreenSaver();
    X11ScreenSaver(const X11ScreenSaver&) = delete;
    X11ScreenSaver& operator=(const X11ScreenSaver&) = delete;

    bool isAvailable() const { return m_connection != nullptr; }
    void setSuspended(bool suspended);
    bool isSuspended() const { return m_suspended; }

private:
    xcb_connection_t* m_connection = nullptr;
    bool m_suspended = false;
};

} // namespace limber
