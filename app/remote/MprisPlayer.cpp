#include "remote/MprisPlayer.h"

#include "remote/MprisAdaptors.h"
#include "text/SessionWording.h"

#include "limber/Catalog.h"
#include "limber/CatalogText.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>

#include <QDBusError>

#include <spdlog/spdlog.h>

namespace limber {

const QString MprisPlayer::ServiceName = QStringLiteral("org.mpris.MediaPlayer2.limber");
const QString MprisPlayer::ObjectPath = QStringLiteral("/org/mpris/MediaPlayer2");
const QString MprisPlayer::PlayerInterface = QStringLiteral("org.mpris.MediaPlayer2.Player");
const QString MprisPlayer::RootInterface = QStringLiteral("org.mpris.MediaPlayer2");

namespace {

// The spec's "no track" path, for the moment before the first step.
const QString NoTrack = QStringLiteral("/org/mpris/MediaPlayer2/TrackList/NoTrack");

// Every Player property that changes with the session's state or step;
// Position is left out on purpose (the spec: clients follow it from Rate and Seeked).
const QStringList& changingProperties()
{
    static const QStringList names {
        QStringLiteral("PlaybackStatus"), QStringLiteral("Metadata"), QStringLiteral("CanGoNext"),
        QStringLiteral("CanGoPrevious"),  QStringLiteral("CanPlay"),  QStringLiteral("CanPause"),
    };
    return names;
}

} // namespace

MprisPlayer::MprisPlayer(SessionEngine& engine, const Catalog& catalog, std::function<void()> raiseWindow,
                         QDBusConnection bus, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_catalog(catalog)
    , m_raiseWindow(std::move(raiseWindow))
    , m_bus(std::move(bus))
{
    new MprisRootAdaptor(*this, this);
    m_playerAdaptor = new MprisPlayerAdaptor(*this, this);
    connect(&m_engine, &SessionEngine::stateChanged, this, &MprisPlayer::onStateChanged);
    connect(&m_engine, &SessionEngine::stepChanged, this, &MprisPlayer::onStepChanged);
    connect(&m_engine, &SessionEngine::jumped, this, [this] { Q_EMIT m_playerAdaptor->Seeked(positionUs()); });
    if (m_engine.isActive())
        claim();
}

MprisPlayer::~MprisPlayer()
{
    release();
}

QString MprisPlayer::trackIdOf(int stepIndex)
{
    return QStringLiteral("/io/github/limber/Limber/step/%1").arg(stepIndex);
}

QString MprisPlayer::playbackStatus() const
{
    switch (m_engine.state()) {
    case SessionEngine::State::Running:
    case SessionEngine::State::GetReady:
        return QStringLiteral("Playing");
    case SessionEngine::State::Paused:
        return QStringLiteral("Paused");
    case SessionEngine::State::Idle:
    case SessionEngine::State::Finished:
        break;
    }
    return QStringLiteral("Stopped");
}

QVariantMap MprisPlayer::metadata() const
{
    const Step* step = m_engine.isActive() ? m_engine.currentStep() : nullptr;
    if (!step)
        return {{QStringLiteral("mpris:trackid"), QVariant::fromValue(QDBusObjectPath(NoTrack))}};
    QVariantMap map;
    map.insert(QStringLiteral("mpris:trackid"),
               QVariant::fromValue(QDBusObjectPath(trackIdOf(m_engine.currentIndex()))));
    //: The media panel's title: what to do now · the exercise, e.g. "Hold · Knee-to-chest stretch".
    map.insert(QStringLiteral("xesam:title"),
               tr("%1 · %2").arg(step->label, SessionWording::exerciseName(m_catalog, step->exerciseId)));
    map.insert(QStringLiteral("xesam:artist"), QStringList {tr("Limber")});
    map.insert(QStringLiteral("xesam:album"), album());
    map.insert(QStringLiteral("mpris:length"), qlonglong(m_engine.plan().totalMs) * 1000);
    if (!m_artUrl.isEmpty())
        map.insert(QStringLiteral("mpris:artUrl"), m_artUrl);
    return map;
}

qlonglong MprisPlayer::positionUs() const
{
    return qlonglong(m_engine.sessionElapsedMs()) * 1000;
}

QString MprisPlayer::album() const
{
    // The region when every exercise is for one, as home names the routine.
    QString regionId;
    for (const QString& id : m_engine.plan().exerciseIds) {
        const Exercise* exercise = m_catalog.exercise(id);
        if (!exercise || (!regionId.isEmpty() && exercise->regionId != regionId))
            return tr("Your session");
        regionId = exercise->regionId;
    }
    const Region* region = m_catalog.region(regionId);
    return region ? catalogText(region->name) : tr("Your session");
}

void MprisPlayer::raise()
{
    if (m_raiseWindow)
        m_raiseWindow();
}

// The commands log as the keys' do not: a remote has no screen to show what it did.
void MprisPlayer::playPause()
{
    spdlog::info("media remote: PlayPause");
    m_engine.togglePause();
}

void MprisPlayer::play()
{
    spdlog::info("media remote: Play");
    m_engine.resume(); // only a paused session resumes; running or getting ready, nothing changes
}

void MprisPlayer::pause()
{
    spdlog::info("media remote: Pause");
    m_engine.pause();
}

void MprisPlayer::next()
{
    spdlog::info("media remote: Next");
    m_engine.next();
}

void MprisPlayer::previous()
{
    spdlog::info("media remote: Previous");
    m_engine.previous();
}

void MprisPlayer::stop()
{
    const Step* step = m_engine.isActive() ? m_engine.currentStep() : nullptr;
    if (!step)
        return;
    const int exerciseIndex = step->exerciseIndex;
    spdlog::info("media remote: Stop at exercise {}", exerciseIndex);
    m_engine.stop();
    Q_EMIT stoppedByRemote(exerciseIndex);
}

void MprisPlayer::onStateChanged(SessionEngine::State state)
{
    const bool open = state == SessionEngine::State::Running || state == SessionEngine::State::Paused
        || state == SessionEngine::State::GetReady;
    if (open && !m_registered)
        claim();
    announce(changingProperties());
    if (!open)
        release();
}

void MprisPlayer::onStepChanged(int)
{
    if (const Step* step = m_engine.currentStep())
        m_artUrl = m_art.urlFor(step->exerciseId);
    announce(changingProperties());
}

void MprisPlayer::claim()
{
    if (m_registered || !m_bus.isConnected())
        return;
    if (!m_bus.registerObject(ObjectPath, this, QDBusConnection::ExportAdaptors)) {
        spdlog::warn("media remote off: {} is taken on the session bus", ObjectPath.toStdString());
        return;
    }
    if (!m_bus.registerService(ServiceName)) {
        m_bus.unregisterObject(ObjectPath);
        if (!m_warnedNoName)
            spdlog::warn("media remote off: cannot own {} on the session bus ({})", ServiceName.toStdString(),
                         m_bus.lastError().message().toStdString());
        m_warnedNoName = true;
        return;
    }
    m_registered = true;
    spdlog::info("media remote: {} on the session bus", ServiceName.toStdString());
}

void MprisPlayer::release()
{
    if (!m_registered)
        return;
    m_registered = false;
    m_bus.unregisterService(ServiceName);
    m_bus.unregisterObject(ObjectPath);
    spdlog::info("media remote: {} released", ServiceName.toStdString());
}

void MprisPlayer::announce(const QStringList& names)
{
    if (!m_registered)
        return;
    QVariantMap changed;
    for (const QString& name : names)
        changed.insert(name, propertyValue(name));
    QDBusMessage signal = QDBusMessage::createSignal(ObjectPath, QStringLiteral("org.freedesktop.DBus.Properties"),
                                                     QStringLiteral("PropertiesChanged"));
    signal << PlayerInterface << changed << QStringList();
    m_bus.send(signal); // a bus that vanished just drops it
}

QVariant MprisPlayer::propertyValue(const QString& name) const
{
    if (name == QLatin1String("PlaybackStatus"))
        return playbackStatus();
    if (name == QLatin1String("Metadata"))
        return metadata();
    return canControlSession(); // CanGoNext, CanGoPrevious, CanPlay, CanPause
}

} // namespace limber
