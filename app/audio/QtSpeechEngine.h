#pragma once

#include "audio/SpeechEngine.h"

#include <QMediaDevices>
#include <QTextToSpeech>

namespace limber {

// The speech engine the app speaks with: one of Qt TextToSpeech's plugins
// ("speechd" for speech-dispatcher, "flite"), by name.
class QtSpeechEngine final : public SpeechEngine {
    Q_OBJECT

public:
    explicit QtSpeechEngine(const QString& engine, QObject* parent = nullptr);

    void say(const QString& sentence) override { m_speech.say(sentence); }
    void stop() override { m_speech.stop(QTextToSpeech::BoundaryHint::Immediate); }
    State state() const override;
    QString errorString() const override { return m_speech.errorString(); }

    void setRate(double rate) override { m_speech.setRate(rate); }
    QList<QLocale> availableLocales() const override { return m_speech.availableLocales(); }
    void setLocale(const QLocale& locale) override { m_speech.setLocale(locale); }
    QLocale locale() const override { return m_speech.locale(); }
    QStringList availableVoices() const override;
    bool setVoice(const QString& name) override;
    QString voice() const override { return m_speech.voice().name(); }
    QString engineName() const override { return m_speech.engine(); }

private:
    QTextToSpeech m_speech;
};

// The machine's speech plugins and audio outputs, as Qt sees them.
class QtSpeechSystem final : public SpeechSystem {
    Q_OBJECT

public:
    explicit QtSpeechSystem(QObject* parent = nullptr);

    QStringList installedEngines() const override;
    bool hasAudioOutput() const override;
    std::unique_ptr<SpeechEngine> createEngine(const QString& engine) override;

private:
    QMediaDevices m_devices;
};

} // namespace limber
