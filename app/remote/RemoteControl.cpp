#include "remote/RemoteControl.h"

#include "limber/GuidedSession.h"

#include <QDBusError>

#include <spdlog/spdlog.h>

namespace limber {

namespace {

// Said once, before either part is made: both stay quiet about it.
QDBusConnection checked(QDBusConnection bus)
{
    if (!bus.isConnected())
        spdlog::warn("no session bus ({}): no media remote, and the screen may blank during sessions",
                     bus.lastError().message().toStdString());
    return bus;
}

} // namespace

RemoteControl::RemoteControl(GuidedSession& session, const Catalog& catalog, std::function<void()> raiseWindow,
                             TimerSource& timers, QObject* parent)
    : RemoteControl(session, catalog, std::move(raiseWindow), timers, QDBusConnection::sessionBus(), parent)
{
}

RemoteControl::RemoteControl(GuidedSession& session, const Catalog& catalog, std::function<void()> raiseWindow,
                             TimerSource& timers, QDBusConnection bus, QObject* parent)
    : QObject(parent)
    , m_player(session.engine(), catalog, std::move(raiseWindow), checked(bus))
    , m_inhibitor(session.engine(), timers, bus)
{
    connect(&m_player, &MprisPlayer::stoppedByRemote, this, &RemoteControl::stoppedByRemote);
}

} // namespace limber
