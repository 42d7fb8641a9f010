#include "audio/VoiceGuide.h"

#include "audio/VoicePicker.h"
#include "text/VoiceLines.h"

#include "limber/SessionEngine.h"
#include "limber/Timer.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <utility>

namespace limber {

namespace {

// A touch slower than the engine's default: calm, and easier to follow with
// the head on the floor.
constexpr double CalmRate = -0.1;
// Breathing lines in long phases are drawn out to match the breath.
constexpr double BreathRate = -0.3;
constexpr qint64 SlowBreathFromMs = 3000;
constexpr int GiveUpAfterFailures = 3;

bool isBreath(const CueEvent& event)
{
    return event.cue == Cue::BreatheIn || event.cue == Cue::BreatheOut;
}

} // namespace

VoiceGuide::VoiceGuide(const Catalog& catalog, SpeechSystem& speech, TimerSource& timers, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_speechSystem(speech)
    , m_delay(timers.createTimer(Timer::Mode::SingleShot, this))
{
    connect(m_delay, &Timer::timeout, this, &VoiceGuide::sayPending);
    connect(&m_speechSystem, &SpeechSystem::audioOutputsChanged, this, &VoiceGuide::onOutputsChanged);
    // Cheap (plugin metadata only), so the UI knows at once whether to offer a voice.
    if (!m_speechSystem.engineInstalled())
        m_unavailableReason = tr("No speech engine is installed, so there is no spoken guidance.");
}

VoiceGuide::~VoiceGuide()
{
    // An engine may report a last state change as it goes; the guide is half gone by then.
    if (m_speech)
        m_speech->disconnect(this);
}

QString VoiceGuide::noOutputReason()
{
    return tr("No sound output found, so the voice cannot be heard.");
}

void VoiceGuide::onOutputsChanged()
{
    if (!m_enabled)
        return;
    if (!m_speechSystem.hasAudioOutput()) {
        setUnavailable(noOutputReason(), "no audio output device");
    } else if (m_unavailableReason == noOutputReason()) {
        m_unavailableReason.clear();
        if (ensureSpeech())
            Q_EMIT availabilityChanged(true);
    }
}

void VoiceGuide::follow(const SessionEngine& engine, double timeScale)
{
    m_engine = &engine;
    m_timeScale = timeScale > 0.0 ? timeScale : 1.0;
    connect(&engine, &SessionEngine::stateChanged, this, [this](SessionEngine::State state) {
        if (state == SessionEngine::State::Paused || state == SessionEngine::State::Idle)
            silence();
    });
}

void VoiceGuide::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (enabled)
        ensureSpeech();
    else
        silence();
}

void VoiceGuide::setLanguage(const QLocale& language)
{
    if (language == m_language)
        return; // every "OK" in Preferences sets it again: keep the engine that speaks
    m_language = language;
    if (m_speech && VoicePicker::localeFor(m_speech->availableLocales(), language)) {
        chooseVoice();
        return;
    }
    // Another language may need another engine (flite speaks English only).
    if (m_speech || !voiceAvailable())
        restartSpeech();
}

void VoiceGuide::restartSpeech()
{
    silence();
    if (m_speech) {
        m_speech->disconnect(this);
        m_speech.reset();
    }
    m_speaking = false;
    m_sentencesSaid = 0;
    m_sentencesFailed = 0;
    if (!m_speechSystem.engineInstalled())
        return;
    if (m_enabled)
        ensureSpeech(); // says whether the new language has a voice
    else
        setAvailable(); // asked again when the voice is switched on
}

void VoiceGuide::setAvailable()
{
    if (m_unavailableReason.isEmpty())
        return;
    m_unavailableReason.clear();
    Q_EMIT availabilityChanged(true);
}

void VoiceGuide::setVoiceName(const QString& name)
{
    m_voiceName = name;
    if (m_speech)
        chooseVoice();
}

bool VoiceGuide::ensureSpeech()
{
    // Qt 6.4's flite engine starts happily with no output and then fails every sentence.
    if (!m_speechSystem.hasAudioOutput()) {
        setUnavailable(noOutputReason(), "no audio output device");
        return false;
    }
    if (m_speech)
        return voiceAvailable();
    VoiceChoice choice = VoicePicker::pick(m_speechSystem, m_language);
    if (!choice.engine) {
        setUnavailable(choice.reason, choice.logReason);
        return false;
    }
    m_speech = std::move(choice.engine);
    connect(m_speech.get(), &SpeechEngine::errorOccurred, this, &VoiceGuide::onSpeechError);
    connect(m_speech.get(), &SpeechEngine::stateChanged, this, [this](SpeechEngine::State state) {
        if (state == SpeechEngine::State::Speaking)
            m_speaking = true;
        else if (state == SpeechEngine::State::Ready && std::exchange(m_speaking, false))
            ++m_sentencesSaid;
    });
    m_speech->setRate(CalmRate);
    chooseVoice();
    spdlog::info("voice: engine {} speaking {} with voice {}", m_speech->engineName().toStdString(),
                 m_speech->locale().name().toStdString(), m_speech->voice().toStdString());
    setAvailable();
    return true;
}

void VoiceGuide::chooseVoice()
{
    const std::optional<QLocale> locale = VoicePicker::localeFor(m_speech->availableLocales(), m_language);
    if (!locale)
        return; // the picker only hands over an engine that speaks the language
    // Setting the locale brings the language's default voice, also when the named one is gone.
    m_speech->setLocale(*locale);
    if (!m_voiceName.isEmpty() && !m_speech->setVoice(m_voiceName))
        spdlog::info("voice: no voice named {}; using the default", m_voiceName.toStdString());
}

void VoiceGuide::onSpeechError(SpeechEngine::Failure failure, const QString& message)
{
    m_speaking = false;
    const bool oneSentence = failure == SpeechEngine::Failure::Playback || failure == SpeechEngine::Failure::Input;
    if (!oneSentence) {
        setUnavailable(tr("The speech engine stopped working (%1).").arg(message),
                       "speech engine error: " + message.toStdString());
        return;
    }
    // Qt 6.4's flite engine fails on some sentences ("Audio streaming error.")
    // and still says the next one: a lost sentence is not a lost voice. Only
    // an engine that has never managed a single sentence is given up on.
    ++m_sentencesFailed;
    if (m_sentencesFailed == 1)
        spdlog::warn("voice: the speech engine could not say a sentence ({}); the chimes still mark the moment",
                     message.toStdString());
    else
        spdlog::debug("voice: sentence failed ({})", message.toStdString());
    if (m_sentencesSaid == 0 && m_sentencesFailed >= GiveUpAfterFailures)
        setUnavailable(tr("The speech engine cannot play its voice here (%1).").arg(message),
                       "speech engine never managed a sentence: " + message.toStdString());
}

void VoiceGuide::setUnavailable(const QString& reason, const std::string& logReason)
{
    silence();
    if (!m_warned) {
        // Once per run; the chimes still mark every transition.
        m_warned = true;
        spdlog::warn("voice unavailable: {}; chimes carry on without spoken guidance", logReason);
    }
    const bool changed = m_unavailableReason.isEmpty();
    m_unavailableReason = reason;
    if (changed)
        Q_EMIT availabilityChanged(false);
}

qint64 VoiceGuide::realMsUntilNextStep(const QList<CueEvent>& cues) const
{
    const bool last
        = std::any_of(cues.begin(), cues.end(), [](const CueEvent& event) { return event.cue == Cue::SessionDone; });
    if (last || !m_engine || !m_engine->isActive())
        return VoiceLines::Unlimited;
    return static_cast<qint64>(static_cast<double>(m_engine->stepRemainingMs()) / m_timeScale);
}

void VoiceGuide::speakMoment(const QList<CueEvent>& cues, int afterMs)
{
    if (!m_enabled || !m_speech || !voiceAvailable() || !m_engine)
        return;
    const qint64 untilNext = realMsUntilNextStep(cues);
    const qint64 available = untilNext == VoiceLines::Unlimited ? untilNext : untilNext - afterMs;
    const QString sentence = VoiceLines::forMoment(cues, m_engine->plan(), m_catalog, available);
    if (sentence.isEmpty())
        return; // a tick: let whatever is being said finish
    const bool slowBreath = available >= SlowBreathFromMs && std::any_of(cues.begin(), cues.end(), isBreath);
    m_speech->setRate(slowBreath ? BreathRate : CalmRate);
    m_pending = sentence;
    m_delay->start(std::max(0, afterMs));
}

void VoiceGuide::sayPending()
{
    if (!m_speech || m_pending.isEmpty())
        return;
    if (m_speech->state() == SpeechEngine::State::Speaking)
        m_speech->stop();
    spdlog::debug("voice: \"{}\"", m_pending.toStdString());
    m_speech->say(m_pending);
    Q_EMIT spoken(m_pending);
    m_pending.clear();
}

void VoiceGuide::silence()
{
    m_delay->stop();
    m_pending.clear();
    if (m_speech && m_speech->state() == SpeechEngine::State::Speaking)
        m_speech->stop();
}

} // namespace limber
