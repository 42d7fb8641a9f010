#include "desktop/DBusIdleTime.h"

#include "desktop/DBusCalls.h"

#include <spdlog/spdlog.h>

namespace limber {

std::unique_ptr<MutterIdleTime> MutterIdleTime::probe(const QDBusConnection& bus, QString* whyNot)
{
    if (!dbus::hasOwner(bus, Service)) {
        *whyNot = Service + QStringLiteral(" is not on the session bus");
        return nullptr;
    }
    QString error;
    if (!dbus::callForValue(bus, Service, Path, Interface, QStringLiteral("GetIdletime"), {}, &error)) {
        *whyNot = Service + QStringLiteral(" does not answer (") + error + QLatin1Char(')');
        return nullptr;
    }
    std::unique_ptr<MutterIdleTime> monitor(new MutterIdleTime(bus));
    if (!monitor->addIdleWatch(&error)) {
        *whyNot = Service + QStringLiteral(" has no idle watch (") + error + QLatin1Char(')');
        return nullptr;
    }
    return monitor;
}

MutterIdleTime::MutterIdleTime(const QDBusConnection& bus)
    : m_bus(bus)
{
    m_bus.connect(Service, Path, Interface, QStringLiteral("WatchFired"), this, SLOT(onWatchFired(uint)));
}

MutterIdleTime::~MutterIdleTime()
{
    // Mutter drops a client's watches when it leaves the bus; this is for a
    // monitor replaced while Limber keeps running.
    removeWatch(m_idleWatch);
    removeWatch(m_userActiveWatch);
}

std::optional<qint64> MutterIdleTime::idleMs()
{
    QString error;
    const std::optional<QVariant> idle
        = dbus::callForValue(m_bus, Service, Path, Interface, QStringLiteral("GetIdletime"), {}, &error);
    if (!idle || !idle->canConvert<qulonglong>()) {
        Q_EMIT lost(QStringLiteral("GetIdletime failed: ") + error);
        return std::nullopt;
    }
    return static_cast<qint64>(idle->toULongLong());
}

bool MutterIdleTime::addIdleWatch(QString* error)
{
    const std::optional<QVariant> id
        = dbus::callForValue(m_bus, Service, Path, Interface, QStringLiteral("AddIdleWatch"),
                             {QVariant::fromValue(static_cast<qulonglong>(IdleWatchMs))}, error);
    if (!id)
        return false;
    m_idleWatch = id->toUInt();
    // A person already away longer than the watch would not trigger it until
    // the next time they go idle: watch for their return right away.
    const std::optional<qint64> idle = idleMs();
    if (idle && *idle >= IdleWatchMs)
        addUserActiveWatch();
    return true;
}

void MutterIdleTime::addUserActiveWatch()
{
    if (m_userActiveWatch != 0)
        return;
    QString error;
    const std::optional<QVariant> id
        = dbus::callForValue(m_bus, Service, Path, Interface, QStringLiteral("AddUserActiveWatch"), {}, &error);
    if (!id) {
        Q_EMIT lost(QStringLiteral("AddUserActiveWatch failed: ") + error);
        return;
    }
    m_userActiveWatch = id->toUInt();
}

void MutterIdleTime::removeWatch(uint id)
{
    if (id == 0)
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("RemoveWatch"));
    call << id;
    m_bus.send(call); // nothing to do with the answer
}

void MutterIdleTime::onWatchFired(uint id)
{
    if (id == m_idleWatch) {
        addUserActiveWatch();
        Q_EMIT activityChanged();
    } else if (id != 0 && id == m_userActiveWatch) {
        m_userActiveWatch = 0; // one-shot: Mutter has removed it
        Q_EMIT activityChanged();
    }
}

std::unique_ptr<ScreenSaverIdleTime> ScreenSaverIdleTime::probe(const QDBusConnection& bus, QString* whyNot)
{
    if (!dbus::hasOwner(bus, Service)) {
        *whyNot = Service + QStringLiteral(" is not on the session bus");
        return nullptr;
    }
    QString error;
    const std::optional<QVariant> idle
        = dbus::callForValue(bus, Service, Path, Interface, QStringLiteral("GetSessionIdleTime"), {}, &error);
    if (!idle) {
        *whyNot = Service + QStringLiteral(" has no idle time (") + error + QLatin1Char(')');
        return nullptr;
    }
    return std::unique_ptr<ScreenSaverIdleTime>(new ScreenSaverIdleTime(bus));
}

std::optional<qint64> ScreenSaverIdleTime::idleMs()
{
    QString error;
    const std::optional<QVariant> seconds
        = dbus::callForValue(m_bus, Service, Path, Interface, QStringLiteral("GetSessionIdleTime"), {}, &error);
    if (!seconds) {
        Q_EMIT lost(QStringLiteral("GetSessionIdleTime failed: ") + error);
        return std::nullopt;
    }
    return static_cast<qint64>(seconds->toUInt()) * 1000;
}

} // namespace limber
