#include "FakeDesktopServices.h"

#include <QDBusError>
#include <QDBusMetaType>
#include <QMutexLocker>

#include <atomic>
#include <stdexcept>

namespace limber::test {

namespace {

int nextConnectionNumber()
{
    static std::atomic<int> last {0};
    return ++last;
}

} // namespace

std::optional<uint> FakeDesktopState::watchOf(Watch kind)
{
    const QMutexLocker lock(&watchesMutex);
    for (const auto& [id, watch] : watches) {
        if (watch == kind)
            return id;
    }
    return std::nullopt;
}

uint FakeScreenSaverAdaptor::GetSessionIdleTime(const QDBusMessage& message)
{
    ++m_state.sessionIdleTimeCalls;
    if (!m_hasIdleTime) {
        message.setDelayedReply(true);
        m_bus.send(
            message.createErrorReply(QDBusError::UnknownMethod, QStringLiteral("This method is not implemented")));
        return 0;
    }
    if (m_state.idleTimeBroken) {
        message.setDelayedReply(true);
        m_bus.send(message.createErrorReply(QDBusError::Failed, QStringLiteral("The idle counter is gone")));
        return 0;
    }
    return static_cast<uint>(m_state.idleMs / 1000);
}

uint FakeMutterAdaptor::AddIdleWatch(qulonglong)
{
    return add(FakeDesktopState::Watch::Idle);
}

uint FakeMutterAdaptor::AddUserActiveWatch()
{
    return add(FakeDesktopState::Watch::UserActive);
}

void FakeMutterAdaptor::RemoveWatch(uint id)
{
    const QMutexLocker lock(&m_state.watchesMutex);
    m_state.watches.erase(id);
}

uint FakeMutterAdaptor::add(FakeDesktopState::Watch kind)
{
    const QMutexLocker lock(&m_state.watchesMutex);
    const uint id = m_state.nextWatchId++;
    m_state.watches[id] = kind;
    return id;
}

QString FakeNotificationsAdaptor::GetServerInformation(QString& vendor, QString& version, QString& specVersion)
{
    vendor = QStringLiteral("limber-tests");
    version = QStringLiteral("1");
    specVersion = QStringLiteral("1.2");
    return QStringLiteral("fake-notifications");
}

FakeDesktopServices::FakeDesktopServices(int services)
    // A name never used before in this process: services made again at the
    // same address would otherwise get back, by name, the connection the last
    // ones are still closing.
    : m_connectionName(QStringLiteral("fake-desktop-%1").arg(nextConnectionNumber()))
    , m_services(services)
{
    m_thread.start();
    m_root = new QObject;
    m_root->moveToThread(&m_thread);
    bool ok = false;
    QMetaObject::invokeMethod(
        m_root,
        [this, &ok] {
            QDBusConnection bus
                = QDBusConnection::connectToBus(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"), m_connectionName);
            ok = bus.isConnected();
            const auto serve = [&](const QString& service, const QString& path, QObject* object) {
                ok = ok && bus.registerObject(path, object, QDBusConnection::ExportAdaptors)
                    && bus.registerService(service);
            };
            if (m_services & (ScreenSaver | ScreenSaverWithoutIdleTime)) {
                auto* object = new QObject(m_root);
                new FakeScreenSaverAdaptor(object, m_state, bus, (m_services & ScreenSaver) != 0);
                serve(QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("/org/freedesktop/ScreenSaver"),
                      object);
            }
            if (m_services & GnomeScreenSaver) {
                auto* object = new QObject(m_root);
                new FakeGnomeScreenSaverAdaptor(object, m_state);
                serve(QStringLiteral("org.gnome.ScreenSaver"), QStringLiteral("/org/gnome/ScreenSaver"), object);
            }
            if (m_services & Mutter) {
                auto* object = new QObject(m_root);
                new FakeMutterAdaptor(object, m_state);
                serve(QStringLiteral("org.gnome.Mutter.IdleMonitor"),
                      QStringLiteral("/org/gnome/Mutter/IdleMonitor/Core"), object);
            }
            if (m_services & Notifications) {
                auto* object = new QObject(m_root);
                new FakeNotificationsAdaptor(object, m_state);
                serve(QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
                      object);
            }
        },
        Qt::BlockingQueuedConnection);
    if (!ok)
        throw std::runtime_error("the fake desktop services could not register on the test bus");
}

FakeDesktopServices::~FakeDesktopServices()
{
    QMetaObject::invokeMethod(
        m_root,
        [this] {
            QDBusConnection::disconnectFromBus(m_connectionName);
            qDeleteAll(m_root->children());
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_root; // its thread has ended
}

void FakeDesktopServices::setScreenSaverActive(bool active)
{
    m_state.screenSaverActive = active;
    if (m_services & (ScreenSaver | ScreenSaverWithoutIdleTime))
        emitSignal(QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"),
                   QStringLiteral("ActiveChanged"), {active});
    if (m_services & GnomeScreenSaver)
        emitSignal(QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver"),
                   QStringLiteral("ActiveChanged"), {active});
}

void FakeDesktopServices::fireWatch(uint id)
{
    {
        const QMutexLocker lock(&m_state.watchesMutex);
        // Mutter removes a user-active watch once it has fired.
        const auto watch = m_state.watches.find(id);
        if (watch != m_state.watches.end() && watch->second == FakeDesktopState::Watch::UserActive)
            m_state.watches.erase(watch);
    }
    emitSignal(QStringLiteral("/org/gnome/Mutter/IdleMonitor/Core"), QStringLiteral("org.gnome.Mutter.IdleMonitor"),
               QStringLiteral("WatchFired"), {id});
}

void FakeDesktopServices::setInhibited(bool inhibited)
{
    m_state.inhibited = inhibited;
    emitSignal(QStringLiteral("/org/freedesktop/Notifications"), QStringLiteral("org.freedesktop.DBus.Properties"),
               QStringLiteral("PropertiesChanged"),
               {QStringLiteral("org.freedesktop.Notifications"), QVariantMap {{QStringLiteral("Inhibited"), inhibited}},
                QStringList()});
}

void FakeDesktopServices::emitSignal(const QString& path, const QString& interface, const QString& name,
                                     const QVariantList& args)
{
    QDBusMessage message = QDBusMessage::createSignal(path, interface, name);
    message.setArguments(args);
    QDBusConnection(m_connectionName).send(message);
}

} // namespace limber::test
