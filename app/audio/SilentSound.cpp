#include "audio/SilentSound.h"

#include <utility>

namespace limber {

SilentChimes::SilentChimes(const SoundSettings& settings, QObject* parent)
    : Chimes(parent)
    , m_settings(settings)
{
    m_momentEnd.setSingleShot(true);
    m_momentEnd.setInterval(0);
    connect(&m_momentEnd, &QTimer::timeout, this, [this] { Q_EMIT moment(std::exchange(m_pending, {}), 0); });
}

QString SilentChimes::unavailableReason() const
{
    return tr("Limber's sound module could not be loaded: the session will be silent.");
}

void SilentChimes::onCue(Cue cue, int stepIndex)
{
    m_pending.append(CueEvent {cue, stepIndex});
    if (!m_momentEnd.isActive())
        m_momentEnd.start();
}

} // namespace limber
