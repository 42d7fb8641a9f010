#include "remote/X11ScreenSaver.h"

#include <QGuiApplication>

#include <spdlog/spdlog.h>

#include <xcb/screensaver.h>
#include <xcb/xcb.h>

namespace limber {

X11ScreenSaver::X11ScreenSaver()
{
#if QT_CONFIG(xcb)
    auto* x11 = qGuiApp ? qGuiApp->nativeInterface<QNativeInterface::QX11Application>() : nullptr;
    xcb_connection_t* connection = x11 ? x11->connection() : nullptr;
    if (!connection)
        return;
    const xcb_query_extension_reply_t* extension = xcb_get_extension_data(connection, &xcb_screensaver_id);
    if (!extension || !extension->present) {
        spdlog::info("screen saver: the X server has no MIT-SCREEN-SAVER extension");
        return;
    }
    m_connection = connection;
#endif
}

X11ScreenSaver::~X11ScreenSaver()
{
    setSuspended(false);
}

void X11ScreenSaver::setSuspended(bool suspended)
{
    if (!m_connection || suspended == m_suspended)
        return;
    m_suspended = suspended;
    xcb_screensaver_suspend(m_connection, suspended ? 1 : 0);
    xcb_flush(m_connection);
}

} // namespace limber
