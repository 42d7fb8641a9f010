#include "remote/ScreenInhibitor.h"

#include "limber/Timer.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

#include <spdlog/spdlog.h>

namespace limber {

const QString ScreenInhibitor::ServiceName = QStringLiteral("org.freedesktop.ScreenSaver");
const QString ScreenInhibitor::ObjectPath = QStringLiteral("/org/freedesktop/ScreenSaver");

namespace {

QDBusMessage screenSaverCall(const QString& method)
{
    return QDBusMessage::createMethodCall(ScreenInhibitor::ServiceName, ScreenInhibitor::ObjectPath,
                                          ScreenInhibitor::ServiceName, method);
}

} // namespace

ScreenInhibitor::ScreenInhibitor(SessionEngine& engine, TimerSource& timers, QDBusConnection bus, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_bus(std::move(bus))
    , m_pausedTimer(timers.createTimer(Timer::Mode::SingleShot, this))
{
    connect(&m_engine, &SessionEngine::stateChanged, this, &ScreenInhibitor::onStateChanged);
    connect(m_pausedTimer, &Timer::timeout, this, [this] {
        spdlog::info("screen saver: paused for {} min, the screen may blank", LetBlankAfterPausedMs / 60000);
        uninhibit();
    });
    if (m_engine.isActive())
        onStateChanged(m_engine.state());
}

ScreenInhibitor::~ScreenInhibitor()
{
    uninhibit();
}

void ScreenInhibitor::onStateChanged(SessionEngine::State state)
{
    switch (state) {
    case SessionEngine::State::Running:
    case SessionEngine::State::GetReady:
        m_pausedTimer->stop();
        inhibit();
        break;
    case SessionEngine::State::Paused:
        if (!m_pausedTimer->isActive())
            m_pausedTimer->start(LetBlankAfterPausedMs);
        break;
    case SessionEngine::State::Idle:
    case SessionEngine::State::Finished:
        m_pausedTimer->stop();
        uninhibit();
        break;
    }
}

void ScreenInhibitor::inhibit()
{
    if (m_wanted)
        return;
    m_wanted = true;
    m_x11.setSuspended(true);
    if (m_cookie || m_pending || !m_bus.isConnected())
        return;
    QDBusMessage call = screenSaverCall(QStringLiteral("Inhibit"));
    call << QStringLiteral("Limber") << QStringLiteral("Guided stretching session");
    // Asynchronous: a desktop that is slow to answer never holds up the session.
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    m_pending = true;
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* finished) {
        finished->deleteLater();
        m_pending = false;
        const QDBusPendingReply<uint> reply = *finished;
        if (reply.isError()) {
            if (!m_warned)
                spdlog::warn("screen saver: cannot keep the screen on ({}: {})", reply.error().name().toStdString(),
                             reply.error().message().toStdString());
            m_warned = true;
            return;
        }
        m_cookie = reply.value();
        Q_EMIT inhibitChanged(true);
        if (!m_wanted) // the session ended while the desktop was answering
            uninhibit();
        else
            spdlog::info("screen saver: inhibited, cookie {}", *m_cookie);
    });
}

void ScreenInhibitor::uninhibit()
{
    m_wanted = false;
    m_x11.setSuspended(false);
    if (!m_cookie)
        return;
    const uint cookie = *m_cookie;
    m_cookie.reset();
    sendUnInhibit(cookie);
}

void ScreenInhibitor::sendUnInhibit(uint cookie)
{
    QDBusMessage call = screenSaverCall(QStringLiteral("UnInhibit"));
    call << cookie;
    spdlog::info("screen saver: released cookie {}", cookie);
    if (!m_bus.send(call)) // a vanished bus took the inhibit with it
        spdlog::info("screen saver: the bus is gone, nothing to release");
    Q_EMIT inhibitChanged(false);
}

} // namespace limber
