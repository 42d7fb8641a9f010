#include "desktop/X11WindowManager.h"

#include <QGuiApplication>

#include <xcb/xcb.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

namespace limber {

namespace {

struct FreeReply {
    void operator()(void* reply) const { std::free(reply); }
};
template <typename Reply>
using ReplyPtr = std::unique_ptr<Reply, FreeReply>;

xcb_atom_t atomNamed(xcb_connection_t* connection, const char* name)
{
    const xcb_intern_atom_cookie_t cookie
        = xcb_intern_atom(connection, 1, static_cast<std::uint16_t>(std::strlen(name)), name);
    const ReplyPtr<xcb_intern_atom_reply_t> reply(xcb_intern_atom_reply(connection, cookie, nullptr));
    return reply ? reply->atom : xcb_atom_t {XCB_ATOM_NONE};
}

// The 32-bit values of a window's property; empty on any error.
std::vector<std::uint32_t> values(xcb_connection_t* connection, xcb_window_t window, xcb_atom_t property,
                                  xcb_atom_t type, std::uint32_t longest)
{
    std::vector<std::uint32_t> result;
    if (property == XCB_ATOM_NONE)
        return result;
    const xcb_get_property_cookie_t cookie = xcb_get_property(connection, 0, window, property, type, 0, longest);
    const ReplyPtr<xcb_get_property_reply_t> reply(xcb_get_property_reply(connection, cookie, nullptr));
    if (!reply || reply->format != 32)
        return result;
    const auto* data = static_cast<const std::uint32_t*>(xcb_get_property_value(reply.get()));
    result.assign(data, data + xcb_get_property_value_length(reply.get()) / 4);
    return result;
}

} // namespace

bool X11WindowManager::honoursFullScreen()
{
    const auto* x11 = qGuiApp ? qGuiApp->nativeInterface<QNativeInterface::QX11Application>() : nullptr;
    xcb_connection_t* connection = x11 ? x11->connection() : nullptr;
    if (!connection || xcb_connection_has_error(connection))
        return true; // not X11: the platform does it
    const xcb_screen_t* screen = xcb_setup_roots_iterator(xcb_get_setup(connection)).data;
    if (!screen)
        return true;
    // A running EWMH window manager names its check window on the root, and
    // the same id on that window (a stale id left by one that died does not count).
    const xcb_atom_t check = atomNamed(connection, "_NET_SUPPORTING_WM_CHECK");
    const std::vector<std::uint32_t> onRoot = values(connection, screen->root, check, XCB_ATOM_WINDOW, 1);
    if (onRoot.empty() || values(connection, onRoot.front(), check, XCB_ATOM_WINDOW, 1) != onRoot)
        return false;
    const xcb_atom_t fullScreen = atomNamed(connection, "_NET_WM_STATE_FULLSCREEN");
    const std::vector<std::uint32_t> supported
        = values(connection, screen->root, atomNamed(connection, "_NET_SUPPORTED"), XCB_ATOM_ATOM, 4096);
    return fullScreen != XCB_ATOM_NONE && std::find(supported.begin(), supported.end(), fullScreen) != supported.end();
}

} // namespace limber
