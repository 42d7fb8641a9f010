#pragma once

#include "startup/CommandLine.h"
#include "startup/SingleInstance.h"
#include "startup/WindowHost.h"

#include "limber/CatalogLoader.h"
#include "limber/Clock.h"
#include "limber/GuidedSession.h"
#include "limber/HistoryRecorder.h"
#include "limber/SetAsideBook.h"
#include "limber/routines/RoutineStore.h"
#include "limber/storage/SqliteHistoryStore.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <future>
#include <memory>
#include <optional>

namespace limber {

class Chimes;
class MainWindow;
class RemoteControl;
class RoutineFiles;
class SoundModule;
class StoreLibrary;
class ReminderJournal;
class SpeechSystem;
class TrayCompanion;
class VoiceGuide;

// The composition root: builds and owns every long-lived part of a running
// Limber (catalog, clock, session, history store and recorder, chimes, voice,
// the single-instance guard and the window) and wires them together. Nothing
// else creates these; the views get references to what they show.
//
// Start-up order is the point of this class. What the first frame needs (the
// catalog, the window) comes first; the database, sound and voice wait until
// that frame is on screen, so a person sees Limber as soon as possible. In the
// tray the window is not built at all until something shows it (WindowHost):
// wireWindow() connects it then, whenever that is.
class LimberApp final : public QObject {
    Q_OBJECT

public:
    // Work with no GUI in it (the home figure's regions, the pose artwork)
    // started on a second core while Qt connects to the display; call before
    // the QApplication exists.
    static std::future<void> warmUp();

    // Sets up logging, the interface language and the catalog. Needs the QApplication.
    explicit LimberApp(const CommandLine& commandLine);
    ~LimberApp() override;

    // Shows the window, or hands the request to a Limber already running.
    // Returns an exit status when this process should not go on to exec():
    // 0 when another instance took the request, 2 for a --start nobody knows.
    std::optional<int> start();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void finishStartup();
    void wireWindow(MainWindow& window);
    // The history (or why there is none) and the set-aside book, once the database has been opened.
    void showHistoryIn(MainWindow& window);
    // A .limber file to import: its preview opens over the window, built for it if need be.
    void importFile(const QString& path);
    void startAudio();
    void applyPreferences();
    void armTestingAids();
    bool startsInTray() const;
    void startTrayCompanion();
    void startRemoteControl();
    QString recentRegion() const;
    void onInstanceRequest(const InstanceRequest& request);
    // A forwarded --start of a routine, found again here (nullopt: its exercises run as the catalog doses them).
    std::optional<Routine> forwardedRoutine(const QString& reference) const;
    // The person's own exercises changed: home shows their region anew.
    void showChangedRegion(const QString& regionId);
    void quit();

    const CommandLine m_commandLine;
    const SteadyClock m_clock;
    LoadedCatalog m_catalog; // grows when exercises are imported (File › Import Workrave Exercises…)
    SingleInstance m_instance;
    // Declaration order is destruction order backwards: the recorder goes
    // before the session it listens to and the store it writes to, and the
    // window before the session it shows.
    GuidedSession m_session;
    SqliteHistoryStore m_history;
    HistoryRecorder m_recorder;
    RoutineStore m_routines; // the person's own routines (home's "My routines")
    std::unique_ptr<StoreLibrary> m_routineLibrary;
    std::optional<Routine> m_startRoutine; // --start of a routine
    QPointer<RoutineFiles> m_routineFiles; // File › Import/Export routine; a child of the window
    SetAsideBook m_setAside;               // "This one hurt": read once the history is open
    QStringList m_problems;                // catalog and routine files that could not be read
    bool m_historyOpened = false;
    QString m_historyNotice; // what opening the history found, or why it failed
    WindowHost m_windows;    // the window: built at once, or in the tray when first shown
    // The chimes, the speech system and the voice's engine are made by the
    // sound module's code: they go before it does.
    std::unique_ptr<SoundModule> m_sound;
    std::unique_ptr<Chimes> m_chimes;
    std::unique_ptr<SpeechSystem> m_speech;
    std::unique_ptr<VoiceGuide> m_voice;
    std::unique_ptr<RemoteControl> m_remote;
    std::unique_ptr<ReminderJournal> m_journal; // only with a history that opened
    std::unique_ptr<TrayCompanion> m_companion;
    QList<InstanceRequest> m_pendingRequests; // arrived before start-up finished
    QStringList m_startIds;
    bool m_startupFinished = false;
};

} // namespace limber
