#include "reminders/DesktopNotificationPresenter.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QVariantMap>

#include <spdlog/spdlog.h>

#include <functional>

namespace limber {
namespace {

const QString DesktopEntry = QStringLiteral("io.github.limber.Limber");
// A soft, short sound every sound theme has (freedesktop Sound Naming Specification).
const QString ChimeSound = QStringLiteral("message-new-instant");

// The spec's close reasons.
constexpr uint ClosedExpired = 1;
constexpr uint ClosedByUser = 2;
constexpr uint ClosedByCall = 3;

const QString DefaultAction = QStringLiteral("default");
// Any string is a valid action key (spec: "actions"); servers show the names in this order.
const QString RoutineAction = QStringLiteral("start-routine");
const QString SnoozeAction = QStringLiteral("snooze-10");
const QString SkipAction = QStringLiteral("skip");

std::string text(const QString& s)
{
    return s.toStdString();
}

// Runs `handle` on the reply, unless the presenter moved on (a failure or a
// new server) since the call was made.
void whenAnswered(QDBusConnection& bus, const QDBusMessage& message, QObject* owner, const quint64& generation,
                  std::function<void(const QDBusMessage&)> handle)
{
    const quint64 asked = generation;
    auto* watcher
        = new QDBusPendingCallWatcher(bus.asyncCall(message, DesktopNotificationPresenter::CallTimeoutMs), owner);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, owner,
                     [watcher, asked, &generation, handle = std::move(handle)] {
                         watcher->deleteLater();
                         if (asked == generation)
                             handle(watcher->reply());
                     });
}

} // namespace

QString DesktopNotificationPresenter::serviceName()
{
    return QStringLiteral("org.freedesktop.Notifications");
}

QString DesktopNotificationPresenter::objectPath()
{
    return QStringLiteral("/org/freedesktop/Notifications");
}

QString DesktopNotificationPresenter::interfaceName()
{
    return QStringLiteral("org.freedesktop.Notifications");
}

DesktopNotificationPresenter::DesktopNotificationPresenter(const QDBusConnection& bus, QObject* parent)
    : ReminderPresenter(parent)
    , m_bus(bus)
    , m_watcher(new QDBusServiceWatcher(serviceName(), m_bus, QDBusServiceWatcher::WatchForOwnerChange, this))
{
    connect(m_watcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
            [this](const QString&, const QString& oldOwner, const QString& newOwner) {
                onServiceOwnerChanged(oldOwner, newOwner);
            });
    if (!m_bus.isConnected())
        return;
    // The name, not the owner: QtDBus follows whoever owns it, now or later.
    m_bus.connect(serviceName(), objectPath(), interfaceName(), QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(serviceName(), objectPath(), interfaceName(), QStringLiteral("NotificationClosed"), this,
                  SLOT(onNotificationClosed(uint, uint)));
    m_bus.connect(serviceName(), objectPath(), interfaceName(), QStringLiteral("ActivationToken"), this,
                  SLOT(onActivationToken(uint, QString)));
}

void DesktopNotificationPresenter::show(const ReminderOffer& offer)
{
    m_offer = offer;
    if (!m_bus.isConnected()) {
        fail(tr("there is no session bus"));
        return;
    }
    if (!m_capabilities)
        askCapabilities(); // sends the notification once the server answered
    else
        sendNotify();
}

void DesktopNotificationPresenter::withdraw()
{
    if (!m_offer)
        return;
    m_offer.reset();
    m_notifyAgain = false;
    // A Notify still on its way is closed when its id comes back.
    if (m_id != 0)
        closeOnServer(m_id);
    m_id = 0;
}

QDBusMessage DesktopNotificationPresenter::methodCall(const QString& method) const
{
    return QDBusMessage::createMethodCall(serviceName(), objectPath(), interfaceName(), method);
}

void DesktopNotificationPresenter::askCapabilities()
{
    if (m_askingCapabilities)
        return;
    m_askingCapabilities = true;
    whenAnswered(m_bus, methodCall(QStringLiteral("GetCapabilities")), this, m_generation,
                 [this](const QDBusMessage& reply) {
                     m_askingCapabilities = false;
                     if (reply.type() == QDBusMessage::ErrorMessage) {
                         fail(tr("GetCapabilities failed: %1").arg(reply.errorMessage()));
                         return;
                     }
                     m_capabilities = reply.arguments().value(0).toStringList();
                     spdlog::debug("notifications: the server can {}", text(m_capabilities->join(u", ")));
                     if (!m_serverLogged)
                         askServerInformation();
                     if (m_offer)
                         sendNotify();
                 });
}

void DesktopNotificationPresenter::askServerInformation()
{
    m_serverLogged = true;
    whenAnswered(m_bus, methodCall(QStringLiteral("GetServerInformation")), this, m_generation,
                 [this](const QDBusMessage& reply) {
                     // Only informative: a server that cannot say who it is may still show bubbles.
                     if (reply.type() == QDBusMessage::ErrorMessage || reply.arguments().size() < 4) {
                         spdlog::info("notifications: the server did not say who it is ({})",
                                      text(reply.errorMessage()));
                         return;
                     }
                     const QList<QVariant> info = reply.arguments();
                     m_serverName = info[0].toString();
                     spdlog::info("notifications: {} {} by {}, specification {}", text(m_serverName),
                                  text(info[2].toString()), text(info[1].toString()), text(info[3].toString()));
                 });
}

void DesktopNotificationPresenter::sendNotify()
{
    if (m_notifyInFlight) {
        // Its id is needed to replace the bubble rather than stack a second one.
        m_notifyAgain = true;
        return;
    }
    const QStringList& can = *m_capabilities;
    QString summary = m_offer->summary;
    QString body = m_offer->body;
    if (!can.contains(QStringLiteral("body")) && !body.isEmpty()) {
        // A server that shows the summary only would hide what to do and for how long.
        summary = tr("%1: %2").arg(summary, body);
        body.clear();
    }
    if (can.contains(QStringLiteral("body-markup")))
        body = body.toHtmlEscaped();

    QStringList actions;
    // Without "actions" the bubble still tells the person; the answer comes from the tray or the window.
    if (can.contains(QStringLiteral("actions"))) {
        actions << DefaultAction << tr("Start");
        if (!m_offer->routineAction.isEmpty())
            actions << RoutineAction << m_offer->routineAction;
        actions << SnoozeAction << tr("In %n minutes", nullptr, SnoozeMinutes) << SkipAction << tr("Skip");
    }

    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), DesktopEntry);
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue<uchar>(1)); // normal
    // No standard category fits a reminder ("presence" is about contacts going
    // online), and a made-up one would only be ignored.
    if (m_offer->chime)
        hints.insert(QStringLiteral("sound-name"), ChimeSound);
    else
        hints.insert(QStringLiteral("suppress-sound"), true);

    QDBusMessage notify = methodCall(QStringLiteral("Notify"));
    notify << QStringLiteral("Limber") << m_id << DesktopEntry << summary << body << actions << hints
           << -1; // the server's own expiry
    m_notifyInFlight = true;
    whenAnswered(m_bus, notify, this, m_generation, [this](const QDBusMessage& reply) {
        m_notifyInFlight = false;
        if (reply.type() == QDBusMessage::ErrorMessage) {
            fail(tr("Notify failed: %1").arg(reply.errorMessage()));
            return;
        }
        const uint id = reply.arguments().value(0).toUInt();
        if (!m_offer) {
            closeOnServer(id); // withdrawn while on its way
            return;
        }
        m_id = id;
        Q_EMIT shown(id);
        if (m_offer->chime && !m_capabilities.value_or(QStringList()).contains(QStringLiteral("sound")))
            Q_EMIT chimeWanted(); // the server ignores sound hints
        if (m_notifyAgain) {
            m_notifyAgain = false;
            sendNotify();
        }
    });
}

void DesktopNotificationPresenter::closeOnServer(uint id)
{
    QDBusMessage close = methodCall(QStringLiteral("CloseNotification"));
    close << id;
    whenAnswered(m_bus, close, this, m_generation, [id](const QDBusMessage& reply) {
        // The bubble may have gone already (the spec answers with an error then): nothing left to do.
        if (reply.type() == QDBusMessage::ErrorMessage)
            spdlog::debug("notifications: closing {}: {}", id, text(reply.errorMessage()));
    });
}

void DesktopNotificationPresenter::onActionInvoked(uint id, const QString& actionKey)
{
    if (id == 0 || id != m_id || !m_offer)
        return;
    std::function<void()> answer;
    if (actionKey == DefaultAction)
        answer = [this] { Q_EMIT startRequested(); };
    else if (actionKey == RoutineAction && !m_offer->routineAction.isEmpty())
        answer = [this] { Q_EMIT routineRequested(); };
    else if (actionKey == SnoozeAction)
        answer = [this] { Q_EMIT snoozeRequested(SnoozeMinutes); };
    else if (actionKey == SkipAction)
        answer = [this] { Q_EMIT skipRequested(); };
    else {
        spdlog::warn("notifications: the server invoked an action Limber never offered: \"{}\"", text(actionKey));
        return;
    }
    // The server closes the bubble itself after an action (unless it is resident);
    // its NotificationClosed then finds no reminder out and says nothing.
    m_offer.reset();
    // Wayland hands focus over only with the token of the click; Qt's
    // requestActivate() reads it from here when the window is brought up.
    if (!m_activationToken.isEmpty())
        qputenv("XDG_ACTIVATION_TOKEN", m_activationToken.toUtf8());
    m_activationToken.clear();
    answer();
}

void DesktopNotificationPresenter::onNotificationClosed(uint id, uint reason)
{
    if (id == 0 || id != m_id)
        return;
    m_id = 0;
    m_activationToken.clear();
    if (!m_offer)
        return;
    m_offer.reset();
    // Closed by CloseNotification: withdrawn or replaced on purpose, not an answer.
    if (reason == ClosedByCall)
        return;
    spdlog::debug("notifications: reminder {} without an answer",
                  reason == ClosedExpired      ? "expired"
                      : reason == ClosedByUser ? "dismissed"
                                               : "closed");
    Q_EMIT ignored();
}

void DesktopNotificationPresenter::onActivationToken(uint id, const QString& token)
{
    if (id != 0 && id == m_id)
        m_activationToken = token;
}

void DesktopNotificationPresenter::onServiceOwnerChanged(const QString& oldOwner, const QString& newOwner)
{
    // A server coming up (often started by bus activation for our own call) changes nothing.
    if (oldOwner.isEmpty())
        return;
    // Another server, or none: ids, capabilities and calls on their way belonged to the old one.
    ++m_generation;
    m_id = 0;
    m_capabilities.reset();
    m_askingCapabilities = false;
    m_notifyInFlight = false;
    m_notifyAgain = false;
    m_serverLogged = false;
    m_serverName.clear();
    if (!m_offer)
        return;
    if (newOwner.isEmpty())
        fail(tr("the notification server left the bus"));
    else
        askCapabilities(); // a restarted server: show the reminder there
}

void DesktopNotificationPresenter::fail(const QString& reason)
{
    ++m_generation;
    m_offer.reset();
    m_id = 0;
    m_askingCapabilities = false;
    m_notifyInFlight = false;
    m_notifyAgain = false;
    Q_EMIT failed(reason);
}

} // namespace limber
