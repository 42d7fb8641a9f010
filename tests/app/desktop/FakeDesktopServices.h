#pragma once

#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QMutex>
#include <QObject>
#include <QThread>

#include <atomic>
#include <map>
#include <optional>

namespace limber::test {

// What the fake services report, set by the test from its own thread.
struct FakeDesktopState {
    std::atomic<quint64> idleMs {0};
    std::atomic<bool> screenSaverActive {false};
    std::atomic<bool> inhibited {false};
    std::atomic<bool> idleTimeBroken {false};  // GetSessionIdleTime starts failing
    std::atomic<int> sessionIdleTimeCalls {0}; // org.freedesktop.ScreenSaver
    std::atomic<int> getIdletimeCalls {0};     // Mutter

    enum class Watch { Idle, UserActive };
    // Mutter's watches by id, as Limber added them.
    QMutex watchesMutex;
    std::map<uint, Watch> watches;
    uint nextWatchId = 1;
    std::optional<uint> watchOf(Watch kind);
};

// org.freedesktop.ScreenSaver, all of it. Built without idle time it answers
// GetSessionIdleTime with an error, as GNOME Shell's does.
class FakeScreenSaverAdaptor final : public QDBusAbstractAdaptor {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")

public:
    FakeScreenSaverAdaptor(QObject* parent, FakeDesktopState& state, const QDBusConnection& bus, bool hasIdleTime)
        : QDBusAbstractAdaptor(parent)
        , m_state(state)
        , m_bus(bus)
        , m_hasIdleTime(hasIdleTime)
    {
    }

public Q_SLOTS:
    void Lock() { m_state.screenSaverActive = true; }
    void SimulateUserActivity() { m_state.idleMs = 0; }
    bool GetActive() { return m_state.screenSaverActive; }
    uint GetActiveTime() { return 0; }
    uint GetSessionIdleTime(const QDBusMessage& message);
    bool SetActive(bool active)
    {
        m_state.screenSaverActive = active;
        return true;
    }
    uint Inhibit(const QString&, const QString&) { return ++m_cookies; }
    void UnInhibit(uint) { }
    uint Throttle(const QString&, const QString&) { return ++m_cookies; }
    void UnThrottle(uint) { }

Q_SIGNALS:
    void ActiveChanged(bool active);

private:
    FakeDesktopState& m_state;
    QDBusConnection m_bus;
    bool m_hasIdleTime;
    uint m_cookies = 0;
};

// GNOME's own screen saver interface (GNOME Shell serves both).
class FakeGnomeScreenSaverAdaptor final : public QDBusAbstractAdaptor {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.gnome.ScreenSaver")

public:
    FakeGnomeScreenSaverAdaptor(QObject* parent, FakeDesktopState& state)
        : QDBusAbstractAdaptor(parent)
        , m_state(state)
    {
    }

public Q_SLOTS:
    void Lock() { m_state.screenSaverActive = true; }
    bool GetActive() { return m_state.screenSaverActive; }
    uint GetActiveTime() { return 0; }
    void SetActive(bool active) { m_state.screenSaverActive = active; }

Q_SIGNALS:
    void ActiveChanged(bool active);
    void WakeUpScreen();

private:
    FakeDesktopState& m_state;
};

// GNOME's org.gnome.Mutter.IdleMonitor.
class FakeMutterAdaptor final : public QDBusAbstractAdaptor {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.gnome.Mutter.IdleMonitor")

public:
    FakeMutterAdaptor(QObject* parent, FakeDesktopState& state)
        : QDBusAbstractAdaptor(parent)
        , m_state(state)
    {
    }

public Q_SLOTS:
    qulonglong GetIdletime()
    {
        ++m_state.getIdletimeCalls;
        return m_state.idleMs;
    }
    uint AddIdleWatch(qulonglong intervalMs);
    uint AddUserActiveWatch();
    void RemoveWatch(uint id);
    void ResetIdletime() { m_state.idleMs = 0; }

Q_SIGNALS:
    void WatchFired(uint id);

private:
    uint add(FakeDesktopState::Watch kind);
    FakeDesktopState& m_state;
};

// org.freedesktop.Notifications with KDE's `Inhibited` property.
class FakeNotificationsAdaptor final : public QDBusAbstractAdaptor {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
    Q_PROPERTY(bool Inhibited READ inhibited)

public:
    FakeNotificationsAdaptor(QObject* parent, FakeDesktopState& state)
        : QDBusAbstractAdaptor(parent)
        , m_state(state)
    {
    }
    bool inhibited() const { return m_state.inhibited; }

public Q_SLOTS:
    QStringList GetCapabilities() { return {QStringLiteral("body"), QStringLiteral("actions")}; }
    uint Notify(const QString&, uint, const QString&, const QString&, const QString&, const QStringList&,
                const QVariantMap&, int)
    {
        return ++m_ids;
    }
    void CloseNotification(uint) { }
    QString GetServerInformation(QString& vendor, QString& version, QString& specVersion);

Q_SIGNALS:
    void NotificationClosed(uint id, uint reason);
    void ActionInvoked(uint id, const QString& actionKey);

private:
    FakeDesktopState& m_state;
    uint m_ids = 0;
};

// Desktop services on a bus connection of their own, served by a thread of
// their own: Limber asks them with blocking calls, which a service in the
// test's thread could not answer.
class FakeDesktopServices final {
public:
    enum Service {
        ScreenSaver = 1,
        ScreenSaverWithoutIdleTime = 2,
        Mutter = 4,
        Notifications = 8,
        GnomeScreenSaver = 16,
    };

    explicit FakeDesktopServices(int services);
    ~FakeDesktopServices();
    FakeDesktopServices(const FakeDesktopServices&) = delete;
    FakeDesktopServices& operator=(const FakeDesktopServices&) = delete;

    FakeDesktopState& state() { return m_state; }

    // What the real services emit (QDBusConnection::send is thread-safe).
    void setScreenSaverActive(bool active);
    void fireWatch(uint id);
    void setInhibited(bool inhibited);

private:
    void emitSignal(const QString& path, const QString& interface, const QString& name, const QVariantList& args);

    FakeDesktopState m_state;
    QString m_connectionName;
    int m_services;
    QThread m_thread;
    QObject* m_root = nullptr; // lives in m_thread
};

} // namespace limber::test
