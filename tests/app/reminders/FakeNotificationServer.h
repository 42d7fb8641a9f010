#pragma once

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTest>
#include <QVariantMap>

#include "VirtualTime.h"

namespace limber::test {

// A notification server on the test's private bus, on a connection of its
// own (as another program would be): records what Limber sends and lets the
// test answer as a person at the bubble would, fail, or leave the bus.
class FakeNotificationServer final : public QObject, protected QDBusContext {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct NotifyCall {
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int expireTimeout = 0;
    };

    static QStringList everyCapability()
    {
        return {QStringLiteral("actions"), QStringLiteral("body"), QStringLiteral("body-markup"),
                QStringLiteral("sound"), QStringLiteral("persistence")};
    }

    explicit FakeNotificationServer(QStringList capabilities = everyCapability())
        : m_capabilities(std::move(capabilities))
        , m_connectionName(QStringLiteral("fake-server-%1").arg(++instances()))
        , m_connection(
              QDBusConnection::connectToBus(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"), m_connectionName))
    {
    }

    ~FakeNotificationServer() override { leaveBus(); }

    // Takes the well-known name; false (with the bus's reason in lastError) when it cannot.
    bool start()
    {
        if (!m_connection.isConnected())
            return false;
        return m_connection.registerObject(QStringLiteral("/org/freedesktop/Notifications"), this,
                                           QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals)
            && m_connection.registerService(QStringLiteral("org.freedesktop.Notifications"));
    }

    // The server goes away, as when it crashes: the name first (so the bus has
    // released it before this returns), then the connection.
    void leaveBus()
    {
        if (!m_connection.isConnected())
            return;
        m_connection.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        m_connection.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
        QDBusConnection::disconnectFromBus(m_connectionName);
        m_connection = QDBusConnection(m_connectionName);
    }

    // What a person does at the bubble.
    void invoke(uint id, const QString& actionKey) { Q_EMIT ActionInvoked(id, actionKey); }
    void closeBubble(uint id, uint reason) { Q_EMIT NotificationClosed(id, reason); }
    // Spec 1.2: the token of the click, sent just before ActionInvoked.
    void sendActivationToken(uint id, const QString& token) { Q_EMIT ActivationToken(id, token); }

    // Returns once everything the server sent before (its signals too) has
    // reached the test's own session bus connection and been handed out: the
    // server answers a call after the signals it sent earlier, and the bus
    // keeps one sender's messages in order. So "no answer came" is checked
    // without waiting a fixed time.
    bool flush()
    {
        const QDBusMessage ping = QDBusMessage::createMethodCall(
            m_connection.baseService(), QStringLiteral("/org/freedesktop/Notifications"),
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Ping"));
        QDBusPendingCallWatcher watcher(QDBusConnection::sessionBus().asyncCall(ping, 5000));
        if (!QTest::qWaitFor([&] { return watcher.isFinished(); }, 5000))
            return false;
        settle();
        return !watcher.isError();
    }

    QList<NotifyCall> notifies;
    QList<uint> closeCalls;
    int capabilityCalls = 0;
    int informationCalls = 0;
    bool failNotify = false;

public Q_SLOTS:
    void Ping() { }

    QStringList GetCapabilities()
    {
        ++capabilityCalls;
        return m_capabilities;
    }

    uint Notify(const QString& app_name, uint replaces_id, const QString& app_icon, const QString& summary,
                const QString& body, const QStringList& actions, const QVariantMap& hints, int expire_timeout)
    {
        notifies.append({app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout});
        if (failNotify) {
            sendErrorReply(QDBusError::Failed, QStringLiteral("the fake server refuses"));
            return 0;
        }
        return replaces_id != 0 ? replaces_id : ++m_lastId;
    }

    void CloseNotification(uint id)
    {
        closeCalls.append(id);
        Q_EMIT NotificationClosed(id, 3);
    }

    QString GetServerInformation(QString& vendor, QString& version, QString& spec_version)
    {
        ++informationCalls;
        vendor = QStringLiteral("Limber tests");
        version = QStringLiteral("1.0");
        spec_version = QStringLiteral("1.2");
        return QStringLiteral("fake");
    }

Q_SIGNALS:
    void NotificationClosed(uint id, uint reason);
    void ActionInvoked(uint id, const QString& action_key);
    void ActivationToken(uint id, const QString& activation_token);

private:
    static int& instances()
    {
        static int count = 0;
        return count;
    }

    QStringList m_capabilities;
    QString m_connectionName;
    QDBusConnection m_connection;
    uint m_lastId = 40; // not 1, so a client that assumes ids fails
};

} // namespace limber::test
