#pragma once

#include "audio/CueSounds.h"
#include "audio/SoundSettings.h"
#include "audio/WavInfo.h"

#include <QByteArray>
#include <QList>
#include <QMediaDevices>
#include <QObject>
#include <QString>
#include <QTimer>

#include <array>
#include <functional>
#include <optional>

class QSoundEffect;

namespace limber {

class SessionEngine;

// Turns the engine's cues into chimes. Every sound is loaded when the player
// is built (after the first window is shown), so a chime starts the moment
// its cue arrives.
//
// Cues that arrive together (ExerciseDone, Release, Prepare in one engine
// tick) are gathered until control returns to the event loop, then the most
// important enabled one sounds: one chime per moment, never a pile-up.
//
// Without an audio output the player says so once in the log, reports
// soundAvailable() false, and otherwise behaves the same: the session never
// waits for sound.
class CuePlayer final : public QObject {
    Q_OBJECT

public:
    explicit CuePlayer(const SoundSettings& settings, QObject* parent = nullptr);

    // Listens to `engine`'s cues.
    void follow(const SessionEngine& engine);

    // True once every chime is loaded (or failed, or there is no output to load for).
    bool isReady() const { return m_ready; }
    // Runs `action` (in `context`) once the chimes are ready, at once if they
    // are, and after MaxReadyWaitMs at the latest: a session that starts the
    // moment the app opens gets its first chime on time, yet never waits on audio.
    void whenReady(QObject* context, std::function<void()> action);
    static constexpr int MaxReadyWaitMs = 1500;

    void setSettings(const SoundSettings& settings);
    const SoundSettings& settings() const { return m_settings; }

    bool soundAvailable() const { return m_available; }
    // Why there is no sound, in words for the person; empty while sound is available.
    QString unavailableReason() const { return m_unavailableReason; }

    // When a voice may start after `sound` without talking over it, in ms.
    int voiceDelayMs(Sound sound) const;
    const WavInfo& info(Sound sound) const { return m_info[indexOf(sound)]; }

    // The cue that should sound for a moment, or none (muted, all disabled).
    static std::optional<Cue> chimeFor(const QList<CueEvent>& moment, const SoundSettings& settings);
    // QSoundEffect's linear gain for a 0..100 volume as a person hears it.
    static float linearGain(int volume);

    // The soft chime of a stretch reminder (the notification server cannot
    // ring one): the two rising notes of "get ready", unless sound is muted.
    void playReminder();

public Q_SLOTS:
    void onCue(limber::Cue cue, int stepIndex);

Q_SIGNALS:
    // A chime was started (also when no device can make it heard: see soundAvailable()).
    void played(const QString& soundName);
    // Once per moment, after the chime decision: the cues of the moment and how
    // long a voice should wait so as not to talk over the chime (0: no chime heard).
    void moment(const QList<limber::CueEvent>& cues, int voiceDelayMs);
    void availabilityChanged(bool available);
    void ready();

private:
    void loadSounds();
    void playMoment();
    void checkAvailability();
    void onStatusChanged(Sound sound);
    void checkReady();
    void applyVolume();

    SoundSettings m_settings;
    std::array<QSoundEffect*, AllSounds.size()> m_effects {};
    std::array<WavInfo, AllSounds.size()> m_info {};
    std::array<bool, AllSounds.size()> m_failed {};
    QList<CueEvent> m_pending;
    QTimer m_momentEnd;
    QMediaDevices m_devices;
    QByteArray m_loadedFor; // id of the output the sounds were loaded for
    bool m_haveOutput = true;
    bool m_available = true;
    bool m_warned = false;
    bool m_ready = false;
    QString m_unavailableReason;
};

} // namespace limber
