#pragma once

#include "remote/PoseArt.h"

#include "limber/SessionEngine.h"

#include <QDBusConnection>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace limber {

class Catalog;
class MprisPlayerAdaptor;

// Limber as an MPRIS 2 media player (org.mpris.MediaPlayer2.limber) while a
// session is open, so the desktop's media controls, the keyboard's media keys,
// a headset button or a phone can pause, resume and skip it. The name is taken
// when a session starts and given back when it ends or stops.
//
// Mapping, chosen so a remote does exactly what the session view's keys do:
// PlayPause is Space (togglePause, with the get-ready countdown on resume),
// Next/Previous are → and ←, Stop stops without a dialog. PlaybackStatus is
// "Playing" while running and during the get-ready countdown (the session is on
// its way and Pause pauses it again), "Paused" while paused, "Stopped" otherwise.
// Position and mpris:length are in microseconds of the whole session; a
// session cannot be sought (CanSeek false), so Seek, SetPosition and OpenUri
// do nothing, as the specification allows. Volume is a read-only 1.0: the
// chimes' volume is a preference, not something a remote turns. LoopStatus and
// Shuffle (optional) are left out: a session neither repeats nor shuffles.
class MprisPlayer final : public QObject {
    Q_OBJECT

public:
    static const QString ServiceName; // org.mpris.MediaPlayer2.limber
    static const QString ObjectPath;  // /org/mpris/MediaPlayer2
    static const QString PlayerInterface;
    static const QString RootInterface;

    // `raiseWindow` brings Limber's window forward (MPRIS Raise). With a bus
    // that is not connected the player stays silent: its owner says so once.
    MprisPlayer(SessionEngine& engine, const Catalog& catalog, std::function<void()> raiseWindow,
                QDBusConnection bus = QDBusConnection::sessionBus(), QObject* parent = nullptr);
    ~MprisPlayer() override;

    MprisPlayer(const MprisPlayer&) = delete;
    MprisPlayer& operator=(const MprisPlayer&) = delete;

    // True while the name is ours on the bus.
    bool isRegistered() const { return m_registered; }

    // What the org.mpris.MediaPlayer2.Player properties report.
    QString playbackStatus() const;
    QVariantMap metadata() const;
    qlonglong positionUs() const;
    bool canControlSession() const { return m_engine.isActive(); }

    // The commands, as the adaptors receive them from the bus.
    void raise();
    void playPause();
    void play();
    void pause();
    void next();
    void previous();
    void stop();

    // The object path of the track (step) `index`, e.g. /io/github/limber/Limber/step/3.
    static QString trackIdOf(int stepIndex);

Q_SIGNALS:
    // Stop came from the remote: the session stopped at exercise
    // `exerciseIndex` of the plan's exerciseIds, and the summary can
    // offer to continue from there.
    void stoppedByRemote(int exerciseIndex);

private:
    void onStateChanged(SessionEngine::State state);
    void onStepChanged(int index);
    void claim();
    void release();
    // org.freedesktop.DBus.Properties.PropertiesChanged for these Player
    // properties: QDBusAbstractAdaptor never emits it itself.
    void announce(const QStringList& names);
    QVariant propertyValue(const QString& name) const;
    QString album() const;

    SessionEngine& m_engine;
    const Catalog& m_catalog;
    std::function<void()> m_raiseWindow;
    QDBusConnection m_bus;
    MprisPlayerAdaptor* m_playerAdaptor = nullptr;
    PoseArt m_art;
    QString m_artUrl;
    bool m_registered = false;
    bool m_warnedNoName = false;
};

} // namespace limber
