#pragma once

#include "audio/SoundSettings.h"

#include "limber/CueEvent.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace limber {

class SessionEngine;

// What the window and the composition root need of the chimes, and no more.
// CuePlayer (in the limber-sound module, with QtMultimedia) is the one that
// rings; SilentChimes stands in when that module cannot be loaded. Everything
// here is in the executable, so the module's objects are reached through it
// without the executable ever linking QtMultimedia (docs/architecture.md).
class Chimes : public QObject {
    Q_OBJECT

public:
    // Listens to `engine`'s cues.
    void follow(const SessionEngine& engine);

    // True once every chime is loaded (or failed, or there is nothing to load).
    virtual bool isReady() const = 0;
    // Runs `action` (in `context`) once the chimes are ready, at once if they
    // are, and after MaxReadyWaitMs at the latest: a session that starts the
    // moment the app opens gets its first chime on time, yet never waits on audio.
    void whenReady(QObject* context, std::function<void()> action);
    static constexpr int MaxReadyWaitMs = 1500;

    virtual void setSettings(const SoundSettings& settings) = 0;
    virtual const SoundSettings& settings() const = 0;

    virtual bool soundAvailable() const = 0;
    // Why there is no sound, in words for the person; empty while sound is available.
    virtual QString unavailableReason() const = 0;

    // The soft chime of a stretch reminder (the notification server cannot
    // ring one): the two rising notes of "get ready", unless sound is muted.
    virtual void playReminder() = 0;

public Q_SLOTS:
    virtual void onCue(limber::Cue cue, int stepIndex) = 0;

Q_SIGNALS:
    // A chime was started (also when no device can make it heard: see soundAvailable()).
    void played(const QString& soundName);
    // Once per moment, after the chime decision: the cues of the moment and how
    // long a voice should wait so as not to talk over the chime (0: no chime heard).
    void moment(const QList<limber::CueEvent>& cues, int voiceDelayMs);
    void availabilityChanged(bool available);
    void ready();

protected:
    explicit Chimes(QObject* parent)
        : QObject(parent)
    {
    }
};

} // namespace limber
