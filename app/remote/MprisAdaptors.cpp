#include "remote/MprisAdaptors.h"

#include "remote/MprisPlayer.h"

#include <spdlog/spdlog.h>

namespace limber {

MprisRootAdaptor::MprisRootAdaptor(MprisPlayer& player, QObject* exported)
    : QDBusAbstractAdaptor(exported)
    , m_player(player)
{
}

QString MprisRootAdaptor::identity() const
{
    return tr("Limber");
}

QString MprisRootAdaptor::desktopEntry() const
{
    return QStringLiteral("io.github.limber.Limber");
}

void MprisRootAdaptor::Raise()
{
    m_player.raise();
}

void MprisRootAdaptor::Quit()
{
    spdlog::info("media remote: Quit ignored (CanQuit is false)");
}

MprisPlayerAdaptor::MprisPlayerAdaptor(MprisPlayer& player, QObject* exported)
    : QDBusAbstractAdaptor(exported)
    , m_player(player)
{
}

QString MprisPlayerAdaptor::playbackStatus() const
{
    return m_player.playbackStatus();
}

void MprisPlayerAdaptor::setRate(double rate)
{
    // The spec: a rate of 0.0 acts as Pause; any other is outside 1.0..1.0 and ignored.
    if (rate == 0.0)
        m_player.pause();
}

QVariantMap MprisPlayerAdaptor::metadata() const
{
    return m_player.metadata();
}

qlonglong MprisPlayerAdaptor::position() const
{
    return m_player.positionUs();
}

bool MprisPlayerAdaptor::canGoNext() const
{
    return m_player.canControlSession();
}

bool MprisPlayerAdaptor::canGoPrevious() const
{
    return m_player.canControlSession();
}

bool MprisPlayerAdaptor::canPlay() const
{
    return m_player.canControlSession();
}

bool MprisPlayerAdaptor::canPause() const
{
    return m_player.canControlSession();
}

void MprisPlayerAdaptor::Next()
{
    m_player.next();
}

void MprisPlayerAdaptor::Previous()
{
    m_player.previous();
}

void MprisPlayerAdaptor::Pause()
{
    m_player.pause();
}

void MprisPlayerAdaptor::PlayPause()
{
    m_player.playPause();
}

void MprisPlayerAdaptor::Stop()
{
    m_player.stop();
}

void MprisPlayerAdaptor::Play()
{
    m_player.play();
}

void MprisPlayerAdaptor::Seek(qlonglong)
{
}

void MprisPlayerAdaptor::SetPosition(const QDBusObjectPath&, qlonglong)
{
}

void MprisPlayerAdaptor::OpenUri(const QString&)
{
}

} // namespace limber
