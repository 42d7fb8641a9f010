#pragma once

#include "remote/X11ScreenSaver.h"

#include "limber/SessionEngine.h"

#include <QDBusConnection>
#include <QObject>

#include <optional>

namespace limber {

class Timer;
class TimerSource;

// Keeps the screen lit through a session: from its start until it ends or
// stops, org.freedesktop.ScreenSaver.Inhibit is held (and the X11 screen saver
// suspended on X11). A session paused longer than LetBlankAfterPausedMs lets
// the screen blank again; resuming asks again. A crash releases the inhibit
// too: the desktop drops it with Limber's bus connection.
class ScreenInhibitor final : public QObject {
    Q_OBJECT

public:
    static constexpr int LetBlankAfterPausedMs = 3 * 60 * 1000;
    static const QString ServiceName; // org.freedesktop.ScreenSaver
    static const QString ObjectPath;  // /org/freedesktop/ScreenSaver

    // With a bus that is not connected only the X11 part works: the owner says so once.
    ScreenInhibitor(SessionEngine& engine, TimerSource& timers, QDBusConnection bus = QDBusConnection::sessionBus(),
                    QObject* parent = nullptr);
    ~ScreenInhibitor() override;

    ScreenInhibitor(const ScreenInhibitor&) = delete;
    ScreenInhibitor& operator=(const ScreenInhibitor&) = delete;

    // True from asking the desktop until letting go (the reply may still be on its way).
    bool wantsScreenOn() const { return m_wanted; }
    // The desktop's cookie while it holds our inhibit.
    std::optional<uint> cookie() const { return m_cookie; }
    // True while the X server's own screen saver is suspended (X11 sessions only).
    bool suspendsX11ScreenSaver() const { return m_x11.isSuspended(); }
    // An Inhibit is on its way and not answered yet.
    bool isWaitingForDesktop() const { return m_pending; }

Q_SIGNALS:
    // The desktop answered an Inhibit (with a cookie) or an UnInhibit; for tests and logs.
    void inhibitChanged(bool held);

private:
    void onStateChanged(SessionEngine::State state);
    void inhibit();
    void uninhibit();
    void sendUnInhibit(uint cookie);

    SessionEngine& m_engine;
    QDBusConnection m_bus;
    Timer* m_pausedTimer;
    X11ScreenSaver m_x11;
    std::optional<uint> m_cookie;
    bool m_wanted = false;
    bool m_pending = false; // an Inhibit is on its way
    bool m_warned = false;  // the one line about a missing service
};

} // namespace limber
