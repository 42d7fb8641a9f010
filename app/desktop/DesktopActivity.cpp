#include "desktop/DesktopActivity.h"

#include "desktop/DBusCalls.h"
#include "desktop/DBusIdleTime.h"
#include "desktop/DoNotDisturb.h"
#include "desktop/ScreenLock.h"
#include "desktop/X11Desktop.h"

#include <QGuiApplication>
#include <QWindow>

#include <spdlog/spdlog.h>

namespace limber {

DesktopActivity::DesktopActivity(const QDBusConnection& bus, QObject* parent)
    : ActivitySource(parent)
    , m_bus(bus)
{
    if (m_bus.isConnected()) {
        // Services that start or stop later (a screen saver restarted, a
        // notification server replaced) are picked up without polling.
        m_watcher.setConnection(m_bus);
        m_watcher.setWatchMode(QDBusServiceWatcher::WatchForOwnerChange);
        m_watcher.setWatchedServices(
            {MutterIdleTime::Service, ScreenSaverIdleTime::Service, ScreenLock::gnome().name, DoNotDisturb::Service});
        connect(&m_watcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
                [this](const QString& service, const QString&, const QString&) { onServiceOwnerChanged(service); });
    } else {
        spdlog::warn("activity: no session bus ({}); idle time, screen lock and do-not-disturb only from X11 if at all",
                     m_bus.lastError().message().toStdString());
    }
    m_x11 = X11Desktop::open();
    pickSources();
}

DesktopActivity::~DesktopActivity() = default;

Activity DesktopActivity::current() const
{
    Activity activity;
    if (m_idleTime)
        activity.idleMs = m_idleTime->idleMs().value_or(0);
    for (const auto& lock : m_screenLocks)
        activity.locked = activity.locked || lock->isActive();

    if (m_x11) {
        QSet<quint32> ownWindows;
        for (QWindow* window : QGuiApplication::allWindows()) {
            if (window->handle()) // winId() would create a native window for one that has none
                ownWindows.insert(static_cast<quint32>(window->winId()));
        }
        activity.doNotDisturb = m_x11->activeWindowIsFullscreen(ownWindows);
    }
    if (!activity.doNotDisturb && m_doNotDisturb)
        activity.doNotDisturb = m_doNotDisturb->isOn();
    activity.sessionRunning = m_sessionRunning;
    return activity;
}

bool DesktopActivity::seesIdleTime() const
{
    return m_idleTime != nullptr;
}

QString DesktopActivity::limitation() const
{
    if (m_idleTime)
        return {};
    return tr("This desktop does not tell how long the computer has been left alone, so natural breaks cannot be "
              "seen: reminders follow the clock.");
}

QString DesktopActivity::idleTimeSource() const
{
    return m_idleTime ? m_idleTime->name() : QString();
}

QStringList DesktopActivity::screenLockSources() const
{
    QStringList names;
    for (const auto& lock : m_screenLocks)
        names.append(lock->name());
    return names;
}

QString DesktopActivity::doNotDisturbSource() const
{
    return m_doNotDisturb ? m_doNotDisturb->name() : QString();
}

void DesktopActivity::setSessionRunning(bool running)
{
    if (running == m_sessionRunning)
        return;
    m_sessionRunning = running;
    Q_EMIT changed();
}

void DesktopActivity::pickSources()
{
    pickIdleTime(true);
    pickScreenLocks();
    pickDoNotDisturb();
    logPick();
}

void DesktopActivity::pickIdleTime(bool logFailures)
{
    m_idleTime.reset();
    m_idleTime = [this, logFailures]() -> std::unique_ptr<IdleTime> {
        QString whyNot;
        if (auto mutter = MutterIdleTime::probe(m_bus, &whyNot))
            return mutter;
        logFailure(MutterIdleTime::Service, whyNot, logFailures);
        if (auto screenSaver = ScreenSaverIdleTime::probe(m_bus, &whyNot))
            return screenSaver;
        logFailure(ScreenSaverIdleTime::Service, whyNot, logFailures);
        if (m_x11 && m_x11->hasIdleTime())
            return std::make_unique<X11IdleTime>(m_x11);
        return nullptr;
    }();
    if (!m_idleTime)
        return;
    connect(m_idleTime.get(), &IdleTime::activityChanged, this, &ActivitySource::changed);
    // Queued: lost() comes from inside current(), which must not delete its source under itself.
    connect(m_idleTime.get(), &IdleTime::lost, this, &DesktopActivity::onIdleTimeLost, Qt::QueuedConnection);
}

void DesktopActivity::pickScreenLocks()
{
    m_screenLocks.clear();
    for (const ScreenLock::Service& service : {ScreenLock::freedesktop(), ScreenLock::gnome()}) {
        QString whyNot;
        if (auto lock = ScreenLock::probe(m_bus, service, &whyNot)) {
            connect(lock.get(), &ScreenLock::activeChanged, this, &ActivitySource::changed);
            m_screenLocks.push_back(std::move(lock));
        } else {
            logFailure(service.name, whyNot);
        }
    }
}

void DesktopActivity::pickDoNotDisturb()
{
    QString whyNot;
    m_doNotDisturb = DoNotDisturb::probe(m_bus, &whyNot);
    if (!m_doNotDisturb)
        return;
    connect(m_doNotDisturb.get(), &DoNotDisturb::changed, this, &ActivitySource::changed);
    connect(m_doNotDisturb.get(), &DoNotDisturb::lost, this, &DesktopActivity::onDoNotDisturbLost,
            Qt::QueuedConnection);
}

// A service that is absent is the normal case on most desktops and is only
// named in the summary line; one that is there but fails deserves its own line.
void DesktopActivity::logFailure(const QString& service, const QString& whyNot, bool enabled) const
{
    if (enabled && !whyNot.isEmpty() && dbus::hasOwner(m_bus, service))
        spdlog::warn("activity: {}; trying the next source", whyNot.toStdString());
}

void DesktopActivity::logPick() const
{
    const auto orNothing
        = [](const QString& name) { return name.isEmpty() ? std::string("nothing") : name.toStdString(); };
    const std::string fullscreen = m_x11 ? "the X11 active window" : "nothing";
    spdlog::info("activity: idle time from {}; screen lock from {}; fullscreen from {}; do-not-disturb from {}",
                 m_idleTime ? m_idleTime->name().toStdString() : std::string("nothing (reminders follow the clock)"),
                 orNothing(screenLockSources().join(QStringLiteral(" and "))), fullscreen,
                 orNothing(doNotDisturbSource()));
}

void DesktopActivity::onIdleTimeLost(const QString& reason)
{
    if (!m_idleTime || m_idleTime.get() != sender())
        return; // already replaced
    spdlog::warn("activity: idle time from {} lost ({}); looking for another source", m_idleTime->name().toStdString(),
                 reason.toStdString());
    // Quietly: the line above already says what went wrong.
    pickIdleTime(false);
    logPick();
    Q_EMIT changed();
}

void DesktopActivity::onDoNotDisturbLost(const QString& reason)
{
    if (!m_doNotDisturb || m_doNotDisturb.get() != sender())
        return;
    spdlog::warn("activity: do-not-disturb lost ({})", reason.toStdString());
    m_doNotDisturb.reset();
    Q_EMIT changed();
}

void DesktopActivity::onServiceOwnerChanged(const QString& service)
{
    spdlog::info("activity: {} changed on the session bus", service.toStdString());
    pickSources();
    Q_EMIT changed();
}

} // namespace limber
