#pragma once

#include "remote/MprisPlayer.h"
#include "remote/ScreenInhibitor.h"

#include "limber/Timer.h"

#include <QDBusConnection>
#include <QObject>

#include <functional>

namespace limber {

class Catalog;
class GuidedSession;

// Hands-free from the floor: the session as an MPRIS media player, and the
// screen kept on while it runs. The composition root owns one for the life
// of the app; both parts follow the session's engine on their own.
class RemoteControl final : public QObject {
    Q_OBJECT

public:
    // `raiseWindow` brings the main window forward (MPRIS Raise); `timers`
    // time the "paused long enough to let the screen blank" wait.
    RemoteControl(GuidedSession& session, const Catalog& catalog, std::function<void()> raiseWindow,
                  TimerSource& timers = realTimers(), QObject* parent = nullptr);
    // The same on a bus of the caller's choosing (tests: a private or a broken one).
    RemoteControl(GuidedSession& session, const Catalog& catalog, std::function<void()> raiseWindow,
                  TimerSource& timers, QDBusConnection bus, QObject* parent = nullptr);

    MprisPlayer& player() { return m_player; }
    ScreenInhibitor& screenInhibitor() { return m_inhibitor; }

Q_SIGNALS:
    // Stop came from the remote, at exercise `exerciseIndex` of the session's
    // plan().exerciseIds: MainWindow::showStoppedSummary offers to continue.
    void stoppedByRemote(int exerciseIndex);

private:
    MprisPlayer m_player;
    ScreenInhibitor m_inhibitor;
};

} // namespace limber
