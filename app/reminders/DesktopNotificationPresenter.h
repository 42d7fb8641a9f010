#pragma once

#include "reminders/ReminderPresenter.h"

#include <QDBusConnection>
#include <QStringList>

#include <optional>

class QDBusMessage;
class QDBusServiceWatcher;

namespace limber {

// A reminder as a freedesktop notification (Desktop Notifications
// Specification 1.2, client side): asks the server what it can do
// (GetCapabilities) and who it is (GetServerInformation, logged once per
// server), sends Notify with Limber's name, icon and desktop entry and the
// Start / In 10 minutes / Skip actions (and the due routine's, when offered), replaces its own bubble when shown
// again, and answers ActionInvoked, NotificationClosed and ActivationToken
// for its own notification only. Every call is asynchronous, so a server that
// hangs never freezes the window.
//
// It does not fall back by itself: when the server errors, times out or
// leaves the bus while a reminder is out, it emits failed() and forgets the
// reminder, and ReminderAlert shows it another way.
class DesktopNotificationPresenter final : public ReminderPresenter {
    Q_OBJECT

public:
    static constexpr int SnoozeMinutes = 10;
    // Long enough for a server started by bus activation; short enough that a
    // hung server's reminder still comes in time through the fallback.
    static constexpr int CallTimeoutMs = 5000;

    static QString serviceName();
    static QString objectPath();
    static QString interfaceName();

    explicit DesktopNotificationPresenter(const QDBusConnection& bus, QObject* parent = nullptr);

    void show(const ReminderOffer& offer) override;
    void withdraw() override;

    // A reminder is out (or on its way to the server).
    bool isShowing() const { return m_offer.has_value(); }
    // The server's id for Limber's bubble; 0 when none is on screen.
    uint notificationId() const { return m_id; }
    // What the server said it supports; empty until it was first asked.
    QStringList capabilities() const { return m_capabilities.value_or(QStringList()); }
    // GetServerInformation's name ("dunst", "gnome-shell"); empty until known.
    const QString& serverName() const { return m_serverName; }

Q_SIGNALS:
    // The server took the notification and gave it this id.
    void shown(uint id);
    void failed(const QString& reason);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString& actionKey);
    void onNotificationClosed(uint id, uint reason);
    void onActivationToken(uint id, const QString& token);

private:
    QDBusMessage methodCall(const QString& method) const;
    void askCapabilities();
    void askServerInformation();
    void sendNotify();
    void closeOnServer(uint id);
    void onServiceOwnerChanged(const QString& oldOwner, const QString& newOwner);
    void fail(const QString& reason);

    QDBusConnection m_bus;
    QDBusServiceWatcher* m_watcher;
    std::optional<ReminderOffer> m_offer; // until answered, withdrawn or failed
    uint m_id = 0;
    std::optional<QStringList> m_capabilities;
    bool m_askingCapabilities = false;
    bool m_notifyInFlight = false;
    bool m_notifyAgain = false; // show() came while a Notify was on its way
    bool m_serverLogged = false;
    QString m_serverName;
    QString m_activationToken;
    // Replies to calls made before a failure or a change of server are stale.
    quint64 m_generation = 0;
};

} // namespace limber
