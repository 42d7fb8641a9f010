#include "desktop/X11Desktop.h"

#include <QGuiApplication>
#include <QList>

#include <xcb/screensaver.h>
#include <xcb/xcb.h>

#include <cstdlib>
#include <cstring>

namespace limber {

namespace {

// xcb hands out replies to be freed with free().
struct FreeReply {
    void operator()(void* reply) const { std::free(reply); }
};
template <typename Reply>
using ReplyPtr = std::unique_ptr<Reply, FreeReply>;

std::uint32_t internAtom(xcb_connection_t* connection, const char* name)
{
    const xcb_intern_atom_cookie_t cookie
        = xcb_intern_atom(connection, 0, static_cast<std::uint16_t>(std::strlen(name)), name);
    const ReplyPtr<xcb_intern_atom_reply_t> reply(xcb_intern_atom_reply(connection, cookie, nullptr));
    return reply ? reply->atom : std::uint32_t {XCB_ATOM_NONE};
}

// The 32-bit values of a window's property (atoms, window ids), empty on any error.
QList<std::uint32_t> cardinals(xcb_connection_t* connection, std::uint32_t window, std::uint32_t property,
                               std::uint32_t type)
{
    QList<std::uint32_t> values;
    if (property == XCB_ATOM_NONE)
        return values;
    const xcb_get_property_cookie_t cookie = xcb_get_property(connection, 0, window, property, type, 0, 64);
    const ReplyPtr<xcb_get_property_reply_t> reply(xcb_get_property_reply(connection, cookie, nullptr));
    if (!reply || reply->format != 32)
        return values;
    const auto* data = static_cast<const std::uint32_t*>(xcb_get_property_value(reply.get()));
    const int count = xcb_get_property_value_length(reply.get()) / 4;
    for (int i = 0; i < count; ++i)
        values.append(data[i]);
    return values;
}

} // namespace

std::shared_ptr<X11Desktop> X11Desktop::open()
{
    const auto* x11 = qGuiApp ? qGuiApp->nativeInterface<QNativeInterface::QX11Application>() : nullptr;
    xcb_connection_t* connection = x11 ? x11->connection() : nullptr;
    if (!connection || xcb_connection_has_error(connection))
        return nullptr;
    const xcb_screen_t* screen = xcb_setup_roots_iterator(xcb_get_setup(connection)).data;
    if (!screen)
        return nullptr;
    return std::shared_ptr<X11Desktop>(new X11Desktop(connection, screen->root));
}

X11Desktop::X11Desktop(xcb_connection_t* connection, std::uint32_t root)
    : m_connection(connection)
    , m_root(root)
{
    m_activeWindowAtom = internAtom(connection, "_NET_ACTIVE_WINDOW");
    m_stateAtom = internAtom(connection, "_NET_WM_STATE");
    m_fullscreenAtom = internAtom(connection, "_NET_WM_STATE_FULLSCREEN");
    const xcb_query_extension_reply_t* extension = xcb_get_extension_data(connection, &xcb_screensaver_id);
    m_hasScreenSaverExtension = extension && extension->present;
}

std::optional<qint64> X11Desktop::idleMs() const
{
    if (!m_hasScreenSaverExtension)
        return std::nullopt;
    const xcb_screensaver_query_info_cookie_t cookie = xcb_screensaver_query_info(m_connection, m_root);
    const ReplyPtr<xcb_screensaver_query_info_reply_t> reply(
        xcb_screensaver_query_info_reply(m_connection, cookie, nullptr));
    if (!reply)
        return std::nullopt;
    return static_cast<qint64>(reply->ms_since_user_input);
}

bool X11Desktop::activeWindowIsFullscreen(const QSet<quint32>& ownWindows) const
{
    const QList<std::uint32_t> active = cardinals(m_connection, m_root, m_activeWindowAtom, XCB_ATOM_WINDOW);
    if (active.isEmpty() || active.constFirst() == XCB_WINDOW_NONE || ownWindows.contains(active.constFirst()))
        return false;
    return cardinals(m_connection, active.constFirst(), m_stateAtom, XCB_ATOM_ATOM).contains(m_fullscreenAtom);
}

X11IdleTime::X11IdleTime(std::shared_ptr<X11Desktop> desktop, QObject* parent)
    : IdleTime(parent)
    , m_desktop(std::move(desktop))
{
}

std::optional<qint64> X11IdleTime::idleMs()
{
    const std::optional<qint64> idle = m_desktop->idleMs();
    if (!idle)
        Q_EMIT lost(QStringLiteral("the X server stopped answering screen-saver queries"));
    return idle;
}

} // namespace limber
