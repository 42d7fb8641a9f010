#include "audio/QtSpeechEngine.h"

#include <QAudioDevice>
#include <QVoice>

#include <algorithm>

namespace limber {

namespace {

SpeechEngine::State toState(QTextToSpeech::State state)
{
    switch (state) {
    case QTextToSpeech::Speaking:
        return SpeechEngine::State::Speaking;
    case QTextToSpeech::Error:
        return SpeechEngine::State::Error;
    case QTextToSpeech::Ready:
    case QTextToSpeech::Paused: // never paused here: VoiceGuide only says and stops
        break;
    }
    return SpeechEngine::State::Ready;
}

SpeechEngine::Failure toFailure(QTextToSpeech::ErrorReason reason)
{
    switch (reason) {
    case QTextToSpeech::ErrorReason::Input:
        return SpeechEngine::Failure::Input;
    case QTextToSpeech::ErrorReason::Playback:
        return SpeechEngine::Failure::Playback;
    case QTextToSpeech::ErrorReason::Configuration:
        return SpeechEngine::Failure::Configuration;
    case QTextToSpeech::ErrorReason::NoError:
    case QTextToSpeech::ErrorReason::Initialization:
        break;
    }
    return SpeechEngine::Failure::Initialization;
}

} // namespace

QtSpeechEngine::QtSpeechEngine(const QString& engine, QObject* parent)
    : SpeechEngine(parent)
    , m_speech(engine)
{
    connect(&m_speech, &QTextToSpeech::stateChanged, this,
            [this](QTextToSpeech::State state) { Q_EMIT stateChanged(toState(state)); });
    connect(&m_speech, &QTextToSpeech::errorOccurred, this,
            [this](QTextToSpeech::ErrorReason reason, const QString& message) {
                Q_EMIT errorOccurred(toFailure(reason), message);
            });
}

SpeechEngine::State QtSpeechEngine::state() const
{
    return toState(m_speech.state());
}

QStringList QtSpeechEngine::availableVoices() const
{
    QStringList names;
    for (const QVoice& voice : m_speech.availableVoices())
        names.append(voice.name());
    return names;
}

bool QtSpeechEngine::setVoice(const QString& name)
{
    const QList<QVoice> voices = m_speech.availableVoices();
    const auto voice
        = std::find_if(voices.begin(), voices.end(), [&](const QVoice& candidate) { return candidate.name() == name; });
    if (voice == voices.end())
        return false;
    m_speech.setVoice(*voice);
    return true;
}

QtSpeechSystem::QtSpeechSystem(QObject* parent)
    : SpeechSystem(parent)
{
    connect(&m_devices, &QMediaDevices::audioOutputsChanged, this, &SpeechSystem::audioOutputsChanged);
}

QStringList QtSpeechSystem::installedEngines() const
{
    // Plugin metadata only: no engine is started.
    return QTextToSpeech::availableEngines();
}

bool QtSpeechSystem::hasAudioOutput() const
{
    return !QMediaDevices::audioOutputs().isEmpty();
}

std::unique_ptr<SpeechEngine> QtSpeechSystem::createEngine(const QString& engine)
{
    return std::make_unique<QtSpeechEngine>(engine);
}

} // namespace limber
