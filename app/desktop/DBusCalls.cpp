#include "desktop/DBusCalls.h"

#include <QDBusConnectionInterface>
#include <QDBusVariant>

namespace limber::dbus {

std::optional<QVariant> callForValue(const QDBusConnection& bus, const QString& service, const QString& path,
                                     const QString& interface, const QString& method, const QVariantList& arguments,
                                     QString* error)
{
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, interface, method);
    call.setArguments(arguments);
    const QDBusMessage reply = bus.call(call, QDBus::Block, CallTimeoutMs);
    if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty())
        return reply.arguments().constFirst();
    if (error) {
        if (reply.type() == QDBusMessage::ErrorMessage)
            *error = reply.errorName() + QStringLiteral(": ") + reply.errorMessage();
        else
            *error = method + QStringLiteral(" returned nothing");
    }
    return std::nullopt;
}

std::optional<QVariant> property(const QDBusConnection& bus, const QString& service, const QString& path,
                                 const QString& interface, const QString& name, QString* error)
{
    const std::optional<QVariant> value
        = callForValue(bus, service, path, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"),
                       {interface, name}, error);
    if (!value)
        return std::nullopt;
    if (value->canConvert<QDBusVariant>())
        return value->value<QDBusVariant>().variant();
    return value;
}

bool hasOwner(const QDBusConnection& bus, const QString& service)
{
    if (!bus.isConnected() || !bus.interface())
        return false;
    const QDBusReply<bool> reply = bus.interface()->isServiceRegistered(service);
    return reply.isValid() && reply.value();
}

} // namespace limber::dbus
