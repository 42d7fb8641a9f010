#include "desktop/ScreenLock.h"

#include "desktop/DBusCalls.h"

namespace limber {

ScreenLock::Service ScreenLock::freedesktop()
{
    return {QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("/org/freedesktop/ScreenSaver"),
            QStringLiteral("org.freedesktop.ScreenSaver")};
}

ScreenLock::Service ScreenLock::gnome()
{
    return {QStringLiteral("org.gnome.ScreenSaver"), QStringLiteral("/org/gnome/ScreenSaver"),
            QStringLiteral("org.gnome.ScreenSaver")};
}

std::unique_ptr<ScreenLock> ScreenLock::probe(const QDBusConnection& bus, const Service& service, QString* whyNot)
{
    if (!dbus::hasOwner(bus, service.name)) {
        *whyNot = service.name + QStringLiteral(" is not on the session bus");
        return nullptr;
    }
    QString error;
    const std::optional<QVariant> active = dbus::callForValue(bus, service.name, service.path, service.interface,
                                                              QStringLiteral("GetActive"), {}, &error);
    if (!active) {
        *whyNot = service.name + QStringLiteral(" does not say whether it is active (") + error + QLatin1Char(')');
        return nullptr;
    }
    return std::unique_ptr<ScreenLock>(new ScreenLock(bus, service, active->toBool()));
}

ScreenLock::ScreenLock(const QDBusConnection& bus, const Service& service, bool active)
    : m_bus(bus)
    , m_service(service)
    , m_active(active)
{
    m_bus.connect(m_service.name, m_service.path, m_service.interface, QStringLiteral("ActiveChanged"), this,
                  SLOT(onActiveChanged(bool)));
}

void ScreenLock::onActiveChanged(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    Q_EMIT activeChanged(active);
}

} // namespace limber
