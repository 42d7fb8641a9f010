#include "desktop/DoNotDisturb.h"

#include "desktop/DBusCalls.h"

#include <array>
#include <utility>

namespace limber {

namespace {

const QString PropertiesInterface = QStringLiteral("org.freedesktop.DBus.Properties");

// (interface, property) in the order they are tried.
const std::array<std::pair<QString, QString>, 2> Candidates {{
    {QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Inhibited")},
    {QStringLiteral("org.dunstproject.cmd0"), QStringLiteral("paused")},
}};

} // namespace

std::unique_ptr<DoNotDisturb> DoNotDisturb::probe(const QDBusConnection& bus, QString* whyNot)
{
    if (!dbus::hasOwner(bus, Service)) {
        *whyNot = QStringLiteral("no notification server on the session bus");
        return nullptr;
    }
    for (const auto& [interface, property] : Candidates) {
        const std::optional<QVariant> value = dbus::property(bus, Service, Path, interface, property);
        if (value && value->canConvert<bool>())
            return std::unique_ptr<DoNotDisturb>(new DoNotDisturb(bus, interface, property));
    }
    *whyNot = QStringLiteral("the notification server has no do-not-disturb property");
    return nullptr;
}

DoNotDisturb::DoNotDisturb(const QDBusConnection& bus, const QString& interface, const QString& property)
    : m_bus(bus)
    , m_interface(interface)
    , m_property(property)
{
    m_bus.connect(Service, Path, PropertiesInterface, QStringLiteral("PropertiesChanged"), this,
                  SLOT(onPropertiesChanged(QString, QVariantMap, QStringList)));
}

bool DoNotDisturb::isOn()
{
    if (m_lost)
        return false;
    QString error;
    const std::optional<QVariant> value = dbus::property(m_bus, Service, Path, m_interface, m_property, &error);
    if (!value) {
        m_lost = true;
        Q_EMIT lost(name() + QStringLiteral(" cannot be read: ") + error);
        return false;
    }
    return value->toBool();
}

void DoNotDisturb::onPropertiesChanged(const QString& interface, const QVariantMap& changedProperties,
                                       const QStringList& invalidated)
{
    if (interface == m_interface && (changedProperties.contains(m_property) || invalidated.contains(m_property)))
        Q_EMIT changed();
}

} // namespace limber
