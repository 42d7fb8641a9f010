#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

namespace limber {

class Catalog;
class MainWindow;
class Clock;
class DesktopActivity;
class GuidedSession;
struct Routine;
class ReminderAlert;
class ReminderService;
class StretchTray;
class TimerSource;
class WindowHost;

// Limber between sessions: the stretch reminders, the tray icon and what
// closing the window means. Made by the composition root once the first
// frame is on screen (D-Bus and the tray are not needed for it).
//
// - Reminders come from ReminderService; "Start" opens the window on the
//   suggested session (after the pain check-in, as from home).
// - With reminders on (or started with --tray) the icon is in the panel and
//   closing the window leaves Limber there; the first time, a message says so.
//   With no tray host at all the window minimizes instead, and reminders go on.
// - The window is asked of `windows` only when it is to be shown: in the tray
//   reminders, their notifications and the menu work with none built.
class TrayCompanion final : public QObject {
    Q_OBJECT

public:
    TrayCompanion(const Catalog& catalog, const Clock& clock, WindowHost& windows, GuidedSession& session,
                  TimerSource& timers, bool startedInTray, QObject* parent = nullptr);
    ~TrayCompanion() override;

    ReminderService& reminders() { return *m_reminders; }
    StretchTray& tray() { return *m_tray; }
    DesktopActivity& activity() { return *m_activity; }

    // Preferences or `limber --reminders` changed the settings.
    void reloadSettings();
    void remindIn(qint64 ms);
    // Shows the window (from the tray, or a second `limber`).
    void showWindow();
    // Asks the reminders which routine is due today and offers it in the tray
    // menu (again each time the menu opens, so a day's progress shows).
    void refreshDueRoutine();

    // Files Limber could not read (catalogs, routines), told from the icon while
    // no window is there to name them in its banner: a person who starts Limber
    // in the tray at log-in learns at once that a routine file is broken.
    void tellFileProblems(const QStringList& problems);
    struct Message {
        QString title;
        QString text;
    };
    static Message fileProblemsMessage(const QStringList& problems);

    // Why the tray cannot be used, for Preferences; empty when it can.
    static QString trayUnavailableReason();

Q_SIGNALS:
    void quitRequested();

private:
    void startSession(const QStringList& exerciseIds);
    void startRoutine(const Routine& routine);
    void applyClosePolicy();
    void onClosedToBackground();
    // What this companion decided for the window, handed to it when it is built.
    void configure(MainWindow& window);

    const Catalog& m_catalog;
    WindowHost& m_windows;
    bool m_startedInTray = false;
    QStringList m_reminderNotes; // for Preferences › Reminders, handed to the window when it is built
    std::unique_ptr<DesktopActivity> m_activity;
    std::unique_ptr<ReminderAlert> m_alert;
    std::unique_ptr<ReminderService> m_reminders;
    std::unique_ptr<StretchTray> m_tray;
    QString m_dueRoutineId; // the routine the tray menu offers, if any
};

} // namespace limber
