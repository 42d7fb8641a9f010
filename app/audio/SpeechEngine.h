#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace limber {

// What VoiceGuide needs from a text-to-speech engine, and no more: say a
// sentence, stop it, tell when it is done or failed, and offer its locales and
// voices. QtSpeechEngine is the app's; tests use a fake that records sentences.
class SpeechEngine : public QObject {
    Q_OBJECT

public:
    enum class State { Ready, Speaking, Error };
    Q_ENUM(State)
    // Why a sentence or the engine failed (QTextToSpeech::ErrorReason's cases).
    enum class Failure { Initialization, Configuration, Input, Playback };
    Q_ENUM(Failure)

    virtual void say(const QString& sentence) = 0;
    // Cuts the sentence being said off at once.
    virtual void stop() = 0;
    virtual State state() const = 0;
    virtual QString errorString() const = 0;

    // -1 (slow) to 1 (fast); 0 is the engine's normal pace.
    virtual void setRate(double rate) = 0;
    virtual QList<QLocale> availableLocales() const = 0;
    virtual void setLocale(const QLocale& locale) = 0;
    virtual QLocale locale() const = 0;
    // The voices of the current locale, by name.
    virtual QStringList availableVoices() const = 0;
    // Picks a voice from availableVoices() by name; false when there is none of that name.
    virtual bool setVoice(const QString& name) = 0;
    virtual QString voice() const = 0;
    virtual QString engineName() const = 0;

Q_SIGNALS:
    void stateChanged(limber::SpeechEngine::State state);
    void errorOccurred(limber::SpeechEngine::Failure failure, const QString& message);

protected:
    explicit SpeechEngine(QObject* parent)
        : QObject(parent)
    {
    }
};

// What the machine offers before there is an engine: which engines are
// installed and whether anything could be heard. Cheap to ask; an engine is
// made only when the voice is switched on (VoicePicker decides which).
class SpeechSystem : public QObject {
    Q_OBJECT

public:
    // Engine names as Qt knows them ("speechd", "flite"), from plugin metadata only.
    virtual QStringList installedEngines() const = 0;
    bool engineInstalled() const { return !installedEngines().isEmpty(); }
    virtual bool hasAudioOutput() const = 0;
    // Starts the engine of that name; it may come up in State::Error (check state()).
    virtual std::unique_ptr<SpeechEngine> createEngine(const QString& engine) = 0;

Q_SIGNALS:
    void audioOutputsChanged();

protected:
    explicit SpeechSystem(QObject* parent)
        : QObject(parent)
    {
    }
};

} // namespace limber
