// Full screen on a bare X server (this program's own Xvfb, no window
// manager): Qt's request would be ignored, so FullScreen gives the window the
// screen's geometry itself; with an EWMH window manager that supports
// _NET_WM_STATE_FULLSCREEN it leaves the job to it.
#include "desktop/X11WindowManager.h"
#include "session/FullScreen.h"

#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QTest>

#include <gtest/gtest.h>
#include <xcb/xcb.h>

#include <cstdlib>
#include <cstring>

namespace limber {
namespace {

xcb_connection_t* qtConnection()
{
    return qGuiApp->nativeInterface<QNativeInterface::QX11Application>()->connection();
}

xcb_atom_t atom(xcb_connection_t* connection, const char* name)
{
    const auto cookie = xcb_intern_atom(connection, 0, static_cast<uint16_t>(std::strlen(name)), name);
    xcb_intern_atom_reply_t* reply = xcb_intern_atom_reply(connection, cookie, nullptr);
    const xcb_atom_t value = reply ? reply->atom : xcb_atom_t {XCB_ATOM_NONE};
    std::free(reply);
    return value;
}

// Where the X server has the window now: a round trip on Qt's own
// connection, so every request Qt made before is applied.
QRect serverGeometry(const QWidget& window)
{
    xcb_connection_t* connection = qtConnection();
    xcb_get_geometry_reply_t* reply
        = xcb_get_geometry_reply(connection, xcb_get_geometry(connection, window.winId()), nullptr);
    if (!reply)
        return {};
    const QRect geometry(reply->x, reply->y, reply->width, reply->height);
    std::free(reply);
    return geometry;
}

TEST(X11FullScreen, WithoutAWindowManagerTheWindowTakesTheWholeScreen)
{
    ASSERT_EQ(QGuiApplication::platformName(), QStringLiteral("xcb"));
    EXPECT_FALSE(X11WindowManager::honoursFullScreen()) << "a bare Xvfb has no window manager";

    QMainWindow window;
    window.setGeometry(QRect(30, 40, 320, 240));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const QRect before = serverGeometry(window);
    const QRect screen = window.screen()->geometry();
    ASSERT_NE(before.size(), screen.size());

    FullScreen fullScreen;
    fullScreen.enter(&window);
    EXPECT_TRUE(fullScreen.isSizedByHand());
    EXPECT_EQ(serverGeometry(window), screen) << "the X server has the window over its whole screen";
    fullScreen.leave();
    EXPECT_EQ(serverGeometry(window).size(), before.size()) << "and back as it was";
}

TEST(X11FullScreen, AWindowManagerThatSupportsItIsLeftToDoIt)
{
    // The EWMH announcement of a window manager: its check window, named on
    // the root and on itself, and _NET_WM_STATE_FULLSCREEN in _NET_SUPPORTED.
    xcb_connection_t* wm = xcb_connect(nullptr, nullptr);
    ASSERT_FALSE(xcb_connection_has_error(wm));
    const xcb_screen_t* screen = xcb_setup_roots_iterator(xcb_get_setup(wm)).data;
    const xcb_window_t check = xcb_generate_id(wm);
    xcb_create_window(wm, XCB_COPY_FROM_PARENT, check, screen->root, 0, 0, 1, 1, 0, XCB_WINDOW_CLASS_INPUT_ONLY,
                      XCB_COPY_FROM_PARENT, 0, nullptr);
    const xcb_atom_t checkAtom = atom(wm, "_NET_SUPPORTING_WM_CHECK");
    const xcb_atom_t supported = atom(wm, "_NET_SUPPORTED");
    const xcb_atom_t fullScreenAtom = atom(wm, "_NET_WM_STATE_FULLSCREEN");
    xcb_change_property(wm, XCB_PROP_MODE_REPLACE, screen->root, checkAtom, XCB_ATOM_WINDOW, 32, 1, &check);
    xcb_change_property(wm, XCB_PROP_MODE_REPLACE, check, checkAtom, XCB_ATOM_WINDOW, 32, 1, &check);
    const xcb_atom_t none = atom(wm, "_NET_WM_STATE");
    xcb_change_property(wm, XCB_PROP_MODE_REPLACE, screen->root, supported, XCB_ATOM_ATOM, 32, 1, &none);
    std::free(xcb_get_input_focus_reply(wm, xcb_get_input_focus(wm), nullptr));
    EXPECT_FALSE(X11WindowManager::honoursFullScreen()) << "a window manager without full screen";

    xcb_change_property(wm, XCB_PROP_MODE_APPEND, screen->root, supported, XCB_ATOM_ATOM, 32, 1, &fullScreenAtom);
    std::free(xcb_get_input_focus_reply(wm, xcb_get_input_focus(wm), nullptr));
    EXPECT_TRUE(X11WindowManager::honoursFullScreen());

    // A window manager that died leaves a stale id behind: that is no window manager.
    xcb_destroy_window(wm, check);
    std::free(xcb_get_input_focus_reply(wm, xcb_get_input_focus(wm), nullptr));
    EXPECT_FALSE(X11WindowManager::honoursFullScreen());

    xcb_delete_property(wm, screen->root, checkAtom);
    xcb_delete_property(wm, screen->root, supported);
    std::free(xcb_get_input_focus_reply(wm, xcb_get_input_focus(wm), nullptr));
    xcb_disconnect(wm);
}

} // namespace
} // namespace limber
