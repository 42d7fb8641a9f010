#pragma once

#include "audio/CueSounds.h"
#include "audio/SpeechEngine.h"

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

#include <memory>
#include <string>

namespace limber {

class Catalog;
class SessionEngine;
class Timer;
class TimerSource;

// Optional spoken guidance: the exercise and its position at the lead-in,
// "hold for 30 seconds", "release", "switch sides", breathing, repetition
// counts and "well done" at the end (the words come from VoiceLines).
//
// Chimes and voice never talk over each other: the chime always sounds first
// (it marks the exact moment and works without a speech engine) and the voice
// starts once the chime has rung out (CuePlayer::moment's delay). A newer
// moment replaces a sentence not yet finished: the latest instruction is the
// one that matters. Pausing or stopping the session silences the voice.
//
// The speech engine comes from `speech` the first time the voice is switched
// on, picked by VoicePicker for the interface language, and the wait for the
// chime runs on `timers` (tests drive both). With
// no engine, no voice for the interface language, or an engine error,
// voiceAvailable() is false with a reason, and the chimes carry on.
class VoiceGuide final : public QObject {
    Q_OBJECT

public:
    // `speech` and `timers` outlive the guide.
    VoiceGuide(const Catalog& catalog, SpeechSystem& speech, TimerSource& timers, QObject* parent = nullptr);
    ~VoiceGuide() override;

    // Reads steps from `engine` and goes quiet when it pauses or stops.
    // `timeScale` is --time-scale: plan milliseconds per real millisecond.
    void follow(const SessionEngine& engine, double timeScale = 1.0);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    // The interface language; the voice speaks it when a voice for it exists.
    void setLanguage(const QLocale& language);
    // A specific voice by name (a setting); empty or unknown: the language's default.
    void setVoiceName(const QString& name);

    bool voiceAvailable() const { return m_unavailableReason.isEmpty(); }
    // Why there is no voice, in words for the person; empty while a voice is available.
    QString unavailableReason() const { return m_unavailableReason; }
    // The reason given when there is no sound output at all (Preferences says it too).
    static QString noOutputReason();

public Q_SLOTS:
    // Says what the moment calls for, `afterMs` from now (once the chime has rung out).
    void speakMoment(const QList<limber::CueEvent>& cues, int afterMs);
    void silence();

Q_SIGNALS:
    void availabilityChanged(bool available);
    // A sentence was handed to the speech engine.
    void spoken(const QString& sentence);

private:
    void onOutputsChanged();
    bool ensureSpeech();
    // Drops the engine and, when the voice is on, picks one anew (another language).
    void restartSpeech();
    void chooseVoice();
    void sayPending();
    void onSpeechError(SpeechEngine::Failure failure, const QString& message);
    void setUnavailable(const QString& reason, const std::string& logReason);
    void setAvailable();
    qint64 realMsUntilNextStep(const QList<CueEvent>& cues) const;

    const Catalog& m_catalog;
    const SessionEngine* m_engine = nullptr;
    double m_timeScale = 1.0;
    SpeechSystem& m_speechSystem;
    std::unique_ptr<SpeechEngine> m_speech;
    bool m_enabled = false;
    QLocale m_language;
    QString m_voiceName;
    QString m_unavailableReason;
    bool m_warned = false;
    bool m_speaking = false;
    int m_sentencesSaid = 0;
    int m_sentencesFailed = 0;
    QString m_pending;
    Timer* m_delay = nullptr;
};

} // namespace limber
