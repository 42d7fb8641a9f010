#pragma once

#include "limber/ReminderScheduler.h"

#include <QDBusConnection>
#include <QDBusServiceWatcher>
#include <QString>

#include <memory>
#include <vector>

namespace limber {

class DoNotDisturb;
class IdleTime;
class ScreenLock;
class X11Desktop;

// What this desktop says about the person, for the ReminderScheduler. It picks
// at run time what the desktop offers and logs the pick in one line:
// - idle time: GNOME's Mutter idle monitor, else org.freedesktop.ScreenSaver,
//   else X11's MIT-SCREEN-SAVER extension, else none (seesIdleTime() false);
// - screen lock: org.freedesktop.ScreenSaver and GNOME's org.gnome.ScreenSaver;
// - do-not-disturb: a fullscreen window other than Limber's (X11), the
//   notification server's do-not-disturb, or a Limber session running.
// Nothing here runs a timer: services are asked when current() is called and
// their signals (return from idle, lock, do-not-disturb, a service coming or
// going) emit changed(). A service that errors or vanishes is logged once and
// the next one is used.
class DesktopActivity final : public ActivitySource {
    Q_OBJECT

public:
    explicit DesktopActivity(const QDBusConnection& bus = QDBusConnection::sessionBus(), QObject* parent = nullptr);
    ~DesktopActivity() override;

    Activity current() const override;
    bool seesIdleTime() const override;
    // For Preferences: why reminders follow the clock alone; empty when idle time is seen.
    QString limitation() const;

    // Where each part comes from, as logged; empty when nothing provides it.
    QString idleTimeSource() const;
    QStringList screenLockSources() const;
    QString doNotDisturbSource() const;
    bool seesFullscreen() const { return m_x11 != nullptr; }

public Q_SLOTS:
    // A Limber session opened or closed: reminders wait while one runs.
    void setSessionRunning(bool running);

private:
    void pickSources();
    void pickIdleTime(bool logFailures);
    void pickScreenLocks();
    void pickDoNotDisturb();
    void logFailure(const QString& service, const QString& whyNot, bool enabled = true) const;
    void logPick() const;
    void onIdleTimeLost(const QString& reason);
    void onDoNotDisturbLost(const QString& reason);
    void onServiceOwnerChanged(const QString& service);

    QDBusConnection m_bus;
    QDBusServiceWatcher m_watcher;
    std::shared_ptr<X11Desktop> m_x11;
    std::unique_ptr<IdleTime> m_idleTime;
    std::vector<std::unique_ptr<ScreenLock>> m_screenLocks;
    std::unique_ptr<DoNotDisturb> m_doNotDisturb;
    bool m_sessionRunning = false;
};

} // namespace limber
