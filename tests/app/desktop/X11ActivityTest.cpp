#include "desktop/DesktopActivity.h"

#include <QGuiApplication>
#include <QProcess>
#include <QTest>
#include <QWidget>

#include <gtest/gtest.h>
#include <xcb/xcb.h>

#include <cstdlib>
#include <cstring>
#include <memory>

namespace limber {
namespace {

// The part of a window manager these tests need: a window of another
// client, its _NET_WM_STATE, and the root's _NET_ACTIVE_WINDOW.
class FakeWindowManager final {
public:
    FakeWindowManager()
        : m_connection(xcb_connect(nullptr, nullptr))
    {
        if (xcb_connection_has_error(m_connection))
            throw std::runtime_error("no X connection for the fake window manager");
        m_root = xcb_setup_roots_iterator(xcb_get_setup(m_connection)).data->root;
    }
    ~FakeWindowManager() { xcb_disconnect(m_connection); }
    FakeWindowManager(const FakeWindowManager&) = delete;
    FakeWindowManager& operator=(const FakeWindowManager&) = delete;

    // Another application's window, mapped.
    xcb_window_t createWindow()
    {
        const xcb_window_t window = xcb_generate_id(m_connection);
        const xcb_screen_t* screen = xcb_setup_roots_iterator(xcb_get_setup(m_connection)).data;
        xcb_create_window(m_connection, XCB_COPY_FROM_PARENT, window, m_root, 0, 0, 640, 480, 0,
                          XCB_WINDOW_CLASS_INPUT_OUTPUT, screen->root_visual, 0, nullptr);
        xcb_map_window(m_connection, window);
        xcb_flush(m_connection);
        return window;
    }

    void setFullscreen(xcb_window_t window, bool fullscreen)
    {
        const xcb_atom_t state = atom("_NET_WM_STATE");
        if (fullscreen) {
            const xcb_atom_t value = atom("_NET_WM_STATE_FULLSCREEN");
            xcb_change_property(m_connection, XCB_PROP_MODE_REPLACE, window, state, XCB_ATOM_ATOM, 32, 1, &value);
        } else {
            xcb_change_property(m_connection, XCB_PROP_MODE_REPLACE, window, state, XCB_ATOM_ATOM, 32, 0, nullptr);
        }
        sync();
    }

    void activate(xcb_window_t window)
    {
        xcb_change_property(m_connection, XCB_PROP_MODE_REPLACE, m_root, atom("_NET_ACTIVE_WINDOW"), XCB_ATOM_WINDOW,
                            32, 1, &window);
        sync();
    }

private:
    xcb_atom_t atom(const char* name)
    {
        const auto cookie = xcb_intern_atom(m_connection, 0, static_cast<uint16_t>(std::strlen(name)), name);
        xcb_intern_atom_reply_t* reply = xcb_intern_atom_reply(m_connection, cookie, nullptr);
        const xcb_atom_t atom = reply ? reply->atom : xcb_atom_t {XCB_ATOM_NONE};
        std::free(reply);
        return atom;
    }
    // A round trip: the server has applied every request before Limber asks.
    void sync() { std::free(xcb_get_input_focus_reply(m_connection, xcb_get_input_focus(m_connection), nullptr)); }

    xcb_connection_t* m_connection;
    xcb_window_t m_root;
};

TEST(X11Activity, RunsOnXcbWithTheScreenSaverExtension)
{
    ASSERT_EQ(QGuiApplication::platformName(), QStringLiteral("xcb"));
    const DesktopActivity activity;
    EXPECT_TRUE(activity.seesFullscreen());
    ASSERT_TRUE(activity.seesIdleTime());
    EXPECT_EQ(activity.idleTimeSource(), QStringLiteral("the X11 MIT-SCREEN-SAVER extension"));
    EXPECT_TRUE(activity.limitation().isEmpty());
}

TEST(X11Activity, IdleTimeGrowsAndAPointerMoveResetsIt)
{
    const DesktopActivity activity;
    ASSERT_TRUE(activity.seesIdleTime());
    ASSERT_TRUE(QTest::qWaitFor([&] { return activity.current().idleMs >= 300; }, 10000))
        << "idle stays at " << activity.current().idleMs;
    for (const char* at : {"10", "20"}) {
        QProcess xdotool;
        xdotool.start(QStringLiteral("xdotool"),
                      {QStringLiteral("mousemove"), QString::fromLatin1(at), QString::fromLatin1(at)});
        ASSERT_TRUE(xdotool.waitForFinished(10000)) << "xdotool (package xdotool)";
        ASSERT_EQ(xdotool.exitCode(), 0);
    }
    EXPECT_LT(activity.current().idleMs, 300);
}

TEST(X11Activity, AnotherApplicationsFullscreenWindowIsDoNotDisturb)
{
    FakeWindowManager windowManager;
    const DesktopActivity activity;
    const xcb_window_t player = windowManager.createWindow();
    windowManager.activate(player);
    EXPECT_FALSE(activity.current().doNotDisturb) << "active but not fullscreen";

    windowManager.setFullscreen(player, true);
    EXPECT_TRUE(activity.current().doNotDisturb);

    windowManager.setFullscreen(player, false);
    EXPECT_FALSE(activity.current().doNotDisturb);
}

TEST(X11Activity, LimbersOwnFullscreenWindowIsNot)
{
    FakeWindowManager windowManager;
    const DesktopActivity activity;
    QWidget window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const auto own = static_cast<xcb_window_t>(window.winId());
    windowManager.setFullscreen(own, true);
    windowManager.activate(own);
    EXPECT_FALSE(activity.current().doNotDisturb);
}

} // namespace
} // namespace limber
