#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QString>
#include <QVariant>

#include <optional>

namespace limber::dbus {

// Desktop services answer within milliseconds; one that hangs must not hold
// the reminders (or start-up) for D-Bus's default 25 seconds.
inline constexpr int CallTimeoutMs = 1000;

// The first value of a blocking call's reply, or empty with `error` set to
// "name: message" (also when the service is not there at all).
std::optional<QVariant> callForValue(const QDBusConnection& bus, const QString& service, const QString& path,
                                     const QString& interface, const QString& method,
                                     const QVariantList& arguments = {}, QString* error = nullptr);

// org.freedesktop.DBus.Properties.Get, unwrapped from its variant.
std::optional<QVariant> property(const QDBusConnection& bus, const QString& service, const QString& path,
                                 const QString& interface, const QString& name, QString* error = nullptr);

// Whether `service` has an owner on the bus right now.
bool hasOwner(const QDBusConnection& bus, const QString& service);

} // namespace limber::dbus
