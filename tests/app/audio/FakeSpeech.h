#pragma once

#include "audio/SpeechEngine.h"

#include <QList>
#include <QLocale>
#include <QStringList>

#include <memory>
#include <utility>

namespace limber::test {

// A speech engine that says nothing: it records the sentences handed to it,
// and the test decides when each one ends or fails.
class FakeSpeechEngine final : public SpeechEngine {
public:
    FakeSpeechEngine(QList<QLocale> locales, QStringList voices, State initialState)
        : SpeechEngine(nullptr)
        , m_locales(std::move(locales))
        , m_voices(std::move(voices))
        , m_state(initialState)
    {
    }

    QStringList sentences; // every say(), in order
    int stops = 0;
    double rate = 0.0;

    // The sentence being said comes to its end.
    void finish() { setState(State::Ready); }
    // The sentence, or with an engine-wide `failure` the engine, fails.
    void fail(Failure failure, const QString& message)
    {
        const bool engineGone = failure == Failure::Initialization || failure == Failure::Configuration;
        m_state = engineGone ? State::Error : State::Ready;
        m_errorString = message;
        Q_EMIT errorOccurred(failure, message);
    }

    void say(const QString& sentence) override
    {
        sentences.append(sentence);
        setState(State::Speaking);
    }
    void stop() override
    {
        ++stops;
        setState(State::Ready);
    }
    State state() const override { return m_state; }
    QString errorString() const override { return m_errorString; }

    void setRate(double newRate) override { rate = newRate; }
    QList<QLocale> availableLocales() const override { return m_locales; }
    // As Qt's engines do, a new locale brings its default voice.
    void setLocale(const QLocale& locale) override
    {
        m_locale = locale;
        m_voice = m_voices.value(0);
    }
    QLocale locale() const override { return m_locale; }
    QStringList availableVoices() const override { return m_voices; }
    bool setVoice(const QString& name) override
    {
        if (!m_voices.contains(name))
            return false;
        m_voice = name;
        return true;
    }
    QString voice() const override { return m_voice; }
    QString engineName() const override { return QStringLiteral("fake"); }

private:
    void setState(State state)
    {
        if (m_state == state)
            return;
        m_state = state;
        Q_EMIT stateChanged(state);
    }

    QList<QLocale> m_locales;
    QStringList m_voices;
    State m_state;
    QString m_errorString;
    QLocale m_locale;
    QString m_voice;
};

// A machine with, by default, an engine, a sound output, English and German
// voices. `engine` is the one the guide made (the guide owns it).
class FakeSpeechSystem final : public SpeechSystem {
public:
    FakeSpeechSystem()
        : SpeechSystem(nullptr)
    {
    }

    bool installed = true;
    bool audioOutput = true;
    bool startsBroken = false;
    QList<QLocale> locales {QLocale(QLocale::English, QLocale::UnitedStates),
                            QLocale(QLocale::German, QLocale::Germany)};
    QStringList voices {QStringLiteral("kal"), QStringLiteral("awb")};
    FakeSpeechEngine* engine = nullptr;

    // Sound outputs come or go.
    void setAudioOutput(bool present)
    {
        audioOutput = present;
        Q_EMIT audioOutputsChanged();
    }

    bool engineInstalled() const override { return installed; }
    bool hasAudioOutput() const override { return audioOutput; }
    std::unique_ptr<SpeechEngine> createEngine() override
    {
        auto created = std::make_unique<FakeSpeechEngine>(
            locales, voices, startsBroken ? SpeechEngine::State::Error : SpeechEngine::State::Ready);
        engine = created.get();
        return created;
    }
};

} // namespace limber::test
