#pragma once

#include "desktop/IdleTime.h"

#include <QSet>
#include <QtGlobal>

#include <cstdint>
#include <memory>

struct xcb_connection_t;

namespace limber {

// What an X11 session says without a desktop service: idle time from the
// MIT-SCREEN-SAVER extension, and whether the active window is fullscreen
// (_NET_ACTIVE_WINDOW and _NET_WM_STATE, as window managers set them). Both
// are asked on demand over Qt's own connection to the display: nothing here
// wakes up by itself.
class X11Desktop final {
public:
    // Empty when Limber does not run on X11 (Wayland, offscreen).
    static std::shared_ptr<X11Desktop> open();

    bool hasIdleTime() const { return m_hasScreenSaverExtension; }
    std::optional<qint64> idleMs() const;
    // The active window is fullscreen and is none of `ownWindows` (Limber's
    // own fullscreen session is no reason to hold a reminder back here).
    bool activeWindowIsFullscreen(const QSet<quint32>& ownWindows) const;

private:
    X11Desktop(xcb_connection_t* connection, std::uint32_t root);

    xcb_connection_t* m_connection;
    std::uint32_t m_root;
    std::uint32_t m_activeWindowAtom = 0;
    std::uint32_t m_stateAtom = 0;
    std::uint32_t m_fullscreenAtom = 0;
    bool m_hasScreenSaverExtension = false;
};

// X11Desktop's idle time as an IdleTime source. The extension has no event
// for the return from idle, so that is seen at the next ask.
class X11IdleTime final : public IdleTime {
    Q_OBJECT

public:
    explicit X11IdleTime(std::shared_ptr<X11Desktop> desktop, QObject* parent = nullptr);

    std::optional<qint64> idleMs() override;
    QString name() const override { return QStringLiteral("the X11 MIT-SCREEN-SAVER extension"); }

private:
    std::shared_ptr<X11Desktop> m_desktop;
};

} // namespace limber
