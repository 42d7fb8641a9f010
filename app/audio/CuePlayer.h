#pragma once

#include "audio/Chimes.h"
#include "audio/CueSounds.h"
#include "audio/SoundSettings.h"
#include "audio/WavInfo.h"

#include <QByteArray>
#include <QList>
#include <QMediaDevices>
#include <QString>
#include <QTimer>

#include <array>
#include <optional>

class QSoundEffect;

namespace limber {

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
//
// It lives in the limber-sound module (audio/SoundPlugin), the one place that
// links QtMultimedia; the app sees it as Chimes.
class CuePlayer final : public Chimes {
    Q_OBJECT

public:
    explicit CuePlayer(const SoundSettings& settings, QObject* parent = nullptr);

    bool isReady() const override { return m_ready; }

    void setSettings(const SoundSettings& settings) override;
    const SoundSettings& settings() const override { return m_settings; }

    bool soundAvailable() const override { return m_available; }
    QString unavailableReason() const override { return m_unavailableReason; }

    // When a voice may start after `sound` without talking over it, in ms.
    int voiceDelayMs(Sound sound) const;
    const WavInfo& info(Sound sound) const { return m_info[indexOf(sound)]; }

    // The cue that should sound for a moment, or none (muted, all disabled).
    static std::optional<Cue> chimeFor(const QList<CueEvent>& moment, const SoundSettings& settings);
    // QSoundEffect's linear gain for a 0..100 volume as a person hears it.
    static float linearGain(int volume);

    void playReminder() override;
    void onCue(limber::Cue cue, int stepIndex) override;

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
