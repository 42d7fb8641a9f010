#include <QDBusConnection>
#include <QDBusConnectionInterface>

#include <gtest/gtest.h>

namespace limber {
namespace {

// Every desktop test relies on this: the bus it talks to is the test's own.
TEST(PrivateSessionBus, IsTheOnlySessionBusTheTestsSee)
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    ASSERT_TRUE(bus.isConnected()) << bus.lastError().message().toStdString();
    const QString address = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    EXPECT_TRUE(address.startsWith(QStringLiteral("unix:"))) << address.toStdString();
    // A fresh bus: nobody but the bus itself and this process is on it.
    const QStringList names = bus.interface()->registeredServiceNames().value();
    for (const QString& name : names)
        EXPECT_TRUE(name.startsWith(QLatin1Char(':')) || name == QStringLiteral("org.freedesktop.DBus"))
            << name.toStdString();
}

} // namespace
} // namespace limber
