#pragma once

#include "audio/SpeechEngine.h"

#include <QList>
#include <QLocale>
#include <QMap>
#include <QStringList>

#include <memory>
#include <utility>

namespace limber::test {

// A speech engine that says nothing: it records the sentences handed to it,
// and the test decides when each one ends or fails.
class FakeSpeechEngine final : public SpeechEngine {
public:
    FakeSpeechEngine(QString name, QList<QLocale> locales, QStringList voices, State initialState)
        : SpeechEngine(nullptr)
        , m_name(std::move(name))
        , m_locales(std::move(locales))
        , m_voices(std::move(voices))
        , m_state(initialState)
    {
        if (initialState == State::Error)
            m_errorString = QStringLiteral("cannot connect");
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
    QString engineName() const override { return m_name; }

private:
    void setState(State state)
    {
        if (m_state == state)
            return;
        m_state = state;
        Q_EMIT stateChanged(state);
    }

    QString m_name;
    QList<QLocale> m_locales;
    QStringList m_voices;
    State m_state;
    QString m_errorString;
    QLocale m_locale;
    QString m_voice;
};

// A machine with, by default, one engine ("fake"), a sound output, English
// and German voices. `engines` lists what is installed; `offers` gives an
// engine other locales, voices or a broken start. `engine` is the one the
// guide made last (the guide owns it); `started` names every engine made.
class FakeSpeechSystem final : public SpeechSystem {
public:
    struct Offer {
        QList<QLocale> locales;
        QStringList voices;
        bool startsBroken = false;
    };

    FakeSpeechSystem()
        : SpeechSystem(nullptr)
    {
    }

    QStringList engines {QStringLiteral("fake")};
    bool audioOutput = true;
    bool startsBroken = false;
    QList<QLocale> locales {QLocale(QLocale::English, QLocale::UnitedStates),
                            QLocale(QLocale::German, QLocale::Germany)};
    QStringList voices {QStringLiteral("kal"), QStringLiteral("awb")};
    QMap<QString, Offer> offers;
    FakeSpeechEngine* engine = nullptr;
    QStringList started;

    // No engine at all, as on a machine without Qt's speech plugins.
    void uninstall() { engines.clear(); }

    // Sound outputs come or go.
    void setAudioOutput(bool present)
    {
        audioOutput = present;
        Q_EMIT audioOutputsChanged();
    }

    QStringList installedEngines() const override { return engines; }
    bool hasAudioOutput() const override { return audioOutput; }
    std::unique_ptr<SpeechEngine> createEngine(const QString& name) override
    {
        started.append(name);
        const Offer offer = offers.value(name, Offer {locales, voices, startsBroken});
        auto created = std::make_unique<FakeSpeechEngine>(name, offer.locales, offer.voices,
                                                          offer.startsBroken ? SpeechEngine::State::Error
                                                                             : SpeechEngine::State::Ready);
        engine = created.get();
        return created;
    }
};

} // namespace limber::test
