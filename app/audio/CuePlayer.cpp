#include "audio/CuePlayer.h"

#include <QAudio>
#include <QAudioDevice>
#include <QFile>
#include <QSoundEffect>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <utility>

namespace limber {

namespace {

// Used when a sound's length could not be read: about one bell strike.
constexpr int FallbackVoiceDelayMs = 1000;

} // namespace

CuePlayer::CuePlayer(const SoundSettings& settings, QObject* parent)
    : Chimes(parent)
    , m_settings(settings)
{
    // Zero interval: fires as soon as control is back in the event loop, i.e.
    // right after the engine call that emitted the cues has returned. Every
    // cue of one moment is in by then, and no one can hear the difference.
    m_momentEnd.setSingleShot(true);
    m_momentEnd.setInterval(0);
    connect(&m_momentEnd, &QTimer::timeout, this, &CuePlayer::playMoment);

    for (Sound sound : AllSounds) {
        const std::size_t i = indexOf(sound);
        QFile file(soundResource(sound));
        if (file.open(QIODevice::ReadOnly))
            m_info[i] = WavInfo::inspect(file.readAll());
        if (!m_info[i].valid)
            spdlog::warn("sound: {} is missing or not 16-bit PCM WAV", soundResource(sound).toStdString());

        auto* effect = new QSoundEffect(this);
        m_effects[i] = effect; // before anything that may report a status at once
        connect(effect, &QSoundEffect::statusChanged, this, [this, sound] { onStatusChanged(sound); });
    }
    applyVolume();

    connect(&m_devices, &QMediaDevices::audioOutputsChanged, this, &CuePlayer::checkAvailability);
    checkAvailability();
    checkReady();
}

void CuePlayer::loadSounds()
{
    // Loading happens in the background; play() on a sound still loading
    // starts it as soon as it is ready. Without an output nothing is loaded:
    // every effect would only complain that there is no device.
    const QAudioDevice output = QMediaDevices::defaultAudioOutput();
    // Noted first: a status reported while loading re-checks availability, which must not load again.
    m_loadedFor = output.id();
    spdlog::info("sound: loading {} chimes for output \"{}\"", AllSounds.size(), output.description().toStdString());
    for (Sound sound : AllSounds) {
        QSoundEffect* effect = m_effects[indexOf(sound)];
        effect->setAudioDevice(output);
        if (effect->source().isEmpty())
            effect->setSource(soundSource(sound));
    }
}

void CuePlayer::checkReady()
{
    if (m_ready)
        return;
    const bool settled = !m_haveOutput || std::all_of(m_effects.begin(), m_effects.end(), [](QSoundEffect* effect) {
        return effect->status() == QSoundEffect::Ready || effect->status() == QSoundEffect::Error;
    });
    if (!settled)
        return;
    m_ready = true;
    Q_EMIT ready();
}

void CuePlayer::setSettings(const SoundSettings& settings)
{
    m_settings = settings;
    applyVolume();
}

int CuePlayer::voiceDelayMs(Sound sound) const
{
    const WavInfo& wav = m_info[indexOf(sound)];
    return wav.valid ? wav.settledMs : FallbackVoiceDelayMs;
}

std::optional<Cue> CuePlayer::chimeFor(const QList<CueEvent>& moment, const SoundSettings& settings)
{
    if (settings.isSilent())
        return std::nullopt;
    QList<Cue> enabled;
    for (const CueEvent& event : moment) {
        if (settings.isCueEnabled(event.cue))
            enabled.append(event.cue);
    }
    return mostImportant(enabled);
}

float CuePlayer::linearGain(int volume)
{
    const int clamped = std::clamp(volume, SoundSettings::MinVolume, SoundSettings::MaxVolume);
    // A slider's middle should sound like half as loud, not like nearly full.
    return QAudio::convertVolume(static_cast<float>(clamped) / SoundSettings::MaxVolume, QAudio::LogarithmicVolumeScale,
                                 QAudio::LinearVolumeScale);
}

void CuePlayer::onCue(Cue cue, int stepIndex)
{
    m_pending.append(CueEvent {cue, stepIndex});
    if (!m_momentEnd.isActive())
        m_momentEnd.start();
}

void CuePlayer::playMoment()
{
    const QList<CueEvent> cues = std::exchange(m_pending, {});
    if (cues.isEmpty())
        return;
    int delay = 0;
    if (const std::optional<Cue> cue = chimeFor(cues, m_settings)) {
        const Sound sound = soundFor(*cue);
        QSoundEffect* effect = m_effects[indexOf(sound)];
        // The same chime again before it ended (ticks at a fast --time-scale):
        // start it over rather than leave Qt to decide.
        if (effect->isPlaying())
            effect->stop();
        effect->play();
        spdlog::debug("sound: {} for cue {} at step {}", soundName(sound).toStdString(), toString(*cue).toStdString(),
                      cues.constFirst().stepIndex);
        Q_EMIT played(soundName(sound));
        if (m_haveOutput && !m_failed[indexOf(sound)])
            delay = voiceDelayMs(sound);
    }
    Q_EMIT moment(cues, delay);
}

void CuePlayer::playReminder()
{
    if (m_settings.isSilent())
        return;
    QSoundEffect* effect = m_effects[indexOf(Sound::Prepare)];
    if (effect->isPlaying())
        effect->stop();
    effect->play();
    Q_EMIT played(soundName(Sound::Prepare));
}

void CuePlayer::applyVolume()
{
    const float gain = linearGain(m_settings.volume);
    for (QSoundEffect* effect : m_effects)
        effect->setVolume(gain);
}

void CuePlayer::onStatusChanged(Sound sound)
{
    const std::size_t i = indexOf(sound);
    const bool failed = m_effects[i]->status() == QSoundEffect::Error;
    checkReady();
    if (failed == m_failed[i])
        return;
    m_failed[i] = failed;
    if (failed)
        spdlog::debug("sound: {} failed to load", soundName(sound).toStdString());
    checkAvailability();
}

void CuePlayer::checkAvailability()
{
    m_haveOutput = !QMediaDevices::audioOutputs().isEmpty();
    if (m_haveOutput && QMediaDevices::defaultAudioOutput().id() != m_loadedFor)
        loadSounds();
    const bool anyFailed = std::any_of(m_failed.begin(), m_failed.end(), [](bool failed) { return failed; });
    QString reason;
    std::string logReason;
    if (!m_haveOutput) {
        reason = tr("No sound output found: the session will be silent.");
        logReason = "no audio output device (no sound card or no sound server)";
    } else if (anyFailed) {
        reason = tr("Some chimes could not be played: the session may be partly silent.");
        logReason = "a chime failed to load or the sound server refused it";
    }
    const bool available = reason.isEmpty();
    if (available == m_available && reason == m_unavailableReason)
        return;
    m_available = available;
    m_unavailableReason = reason;
    if (!available && !m_warned) {
        // Once per run: a missing sound server must not flood the log.
        m_warned = true;
        spdlog::warn("sound unavailable: {}; chimes are off and the session carries on without them", logReason);
    } else if (!available) {
        spdlog::info("sound unavailable again: {}", logReason);
    } else {
        spdlog::info("sound available again; output: {}",
                     QMediaDevices::defaultAudioOutput().description().toStdString());
    }
    Q_EMIT availabilityChanged(available);
}

} // namespace limber
