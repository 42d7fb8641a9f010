#pragma once

#include "audio/Chimes.h"
#include "audio/SpeechEngine.h"

#include <QTimer>

namespace limber {

// The chimes when the limber-sound module cannot be loaded: nothing rings,
// soundAvailable() is false with a reason the window shows (MainWindow::
// watchSound), and every moment is still reported at once, so a session runs
// exactly as it does without a sound card.
class SilentChimes final : public Chimes {
    Q_OBJECT

public:
    explicit SilentChimes(const SoundSettings& settings, QObject* parent = nullptr);

    bool isReady() const override { return true; }
    void setSettings(const SoundSettings& settings) override { m_settings = settings; }
    const SoundSettings& settings() const override { return m_settings; }
    bool soundAvailable() const override { return false; }
    QString unavailableReason() const override;
    void playReminder() override { }
    void onCue(limber::Cue cue, int stepIndex) override;

private:
    SoundSettings m_settings;
    QList<CueEvent> m_pending;
    QTimer m_momentEnd; // the cues of one engine tick are one moment, as CuePlayer gathers them
};

// The speech system without the module: no engine, nothing to hear, so the
// voice says why it is off and the preferences explain it.
class SilentSpeechSystem final : public SpeechSystem {
    Q_OBJECT

public:
    explicit SilentSpeechSystem(QObject* parent = nullptr)
        : SpeechSystem(parent)
    {
    }

    QStringList installedEngines() const override { return {}; }
    bool hasAudioOutput() const override { return false; }
    std::unique_ptr<SpeechEngine> createEngine(const QString&) override { return nullptr; }
};

} // namespace limber
