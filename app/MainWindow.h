#pragma once

#include "limber/Catalog.h"
#include "limber/GuidedSession.h"
#include "limber/Plan.h"

// Complete types for the pages' inline accessors (LazyPage converts them to QWidget).
#include "history/HistoryView.h"
#include "session/SessionView.h"
#include "session/SummaryView.h"
#include "widgets/LazyPage.h"

#include <QMainWindow>
#include <QStringList>

#include <functional>

class QAction;
class QMenu;
class QStackedWidget;

namespace limber {

class Catalog;
class Chimes;
class HistoryRecorder;
class HistoryStore;
class HistoryView;
class HomeView;
class NoticeBanner;
class RoutineLibrary;
class RoutinesController;
class SessionView;
class SetAsideBook;
class SetAsideLink;
class SpeechSystem;
class SummaryView;

// Limber's one window: home (where does it hurt?), the guided session, its
// summary and the history, one page at a time. It shows the session the
// composition root (LimberApp) owns and forwards what the person asks for; the
// session's rules and timing live in GuidedSession and the engine.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    static constexpr QSize DefaultSize {1000, 720};
    static constexpr QSize MinimumSize {760, 560};

    MainWindow(const Catalog& catalog, GuidedSession& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Starts the exercises with the options chosen on home (or the defaults).
    void startSession(const QStringList& exerciseIds);
    void startSession(const QStringList& exerciseIds, const PlanOptions& options);
    // A routine from the command line: at once, with its own doses.
    void startSession(const Routine& routine);
    // One of the person's own routines, asking the pain check-in first as a start from home does.
    void startRoutine(const Routine& routine);
    // The person's routines on home and their editor; `library` outlives the window.
    void setRoutineLibrary(RoutineLibrary* library);
    RoutinesController* routines() const { return m_routines; }

    SessionEngine& engine() { return m_guided.engine(); }
    const SessionDriver& driver() const { return m_guided.driver(); }

    // Problems found while loading catalogs, shown in a dismissible banner.
    void setCatalogProblems(const QStringList& messages);
    // Connects the session record. `store` may be null when the history could
    // not be opened; `notice` then says why (or, with a store, what opening
    // found, e.g. a damaged file moved aside). Offers to resume an interrupted
    // session and adds the History view, CSV export and pain check-ins.
    void setHistory(HistoryStore* store, HistoryRecorder* recorder, const QString& notice);
    // Built when first shown; null without a history.
    HistoryView* historyView() { return m_history ? m_historyView.get() : nullptr; }
    // "This one hurt": home and the summary follow `book` (after setHistory, for the session ids).
    void setSetAside(SetAsideBook& book);
    // Shows a calm hint while `chimes` cannot be heard (no device, no sound
    // server, no sound module); the session itself is unaffected.
    void watchSound(const Chimes& chimes);
    // Which engine and voice would speak, for the preferences (LimberApp's,
    // from the sound module); before there is one the voice shows as unavailable.
    void setSpeechSystem(SpeechSystem* speech) { m_speech = speech; }
    NoticeBanner* soundNotice() const { return m_soundNotice; }
    void showHistory();

    // What closing the window does while Limber should keep running for its
    // reminders: Quit (the default) ends Limber; Hide leaves it in the tray;
    // Minimize keeps it on the task bar when there is no tray to go to.
    enum class ClosePolicy { Quit, Hide, Minimize };
    void setClosePolicy(ClosePolicy policy) { m_closePolicy = policy; }
    ClosePolicy closePolicy() const { return m_closePolicy; }
    // Shown in Preferences › Reminders: what this desktop cannot do (no idle time, no tray).
    void setReminderNotes(const QStringList& notes) { m_reminderNotes = notes; }

    // A session from a reminder: asks how the back feels first when the
    // check-in is on, as a start from home does. False when it could not
    // start now (a session or a dialog is already open).
    bool startFromReminder(const QStringList& exerciseIds);

    // A request from a second `limber`: come forward, and start `startIds`
    // only when nothing else is going on (idle on home or on a finished
    // session's summary, no dialog waiting), never replacing a session; a
    // routine (`startIds` its exercises) runs with its own doses.
    void comeForward(const QStringList& startIds, const std::optional<Routine>& routine = std::nullopt);

    // Replaces the "Stop this session?" dialog (tests answer it directly).
    void setStopConfirmer(std::function<bool()> confirmer);

    HomeView* homeView() const { return m_home; }
    // The session and its summary are built when the first session starts
    // (LazyPage); these build them if they are not yet.
    SessionView* sessionView() { return m_session.get(); }
    SummaryView* summaryView() { return m_summary.get(); }
    NoticeBanner* problemsBanner() const { return m_problems; }
    QWidget* currentView() const;
    // A stopped session's summary is on show, offering to continue where it stopped.
    bool offersToContinue() const { return m_summary.isCurrent() && !m_summary.built()->continueButton()->isHidden(); }

    void showHome();
    // After a stop from the media remote (RemoteControl::stoppedByRemote): the
    // summary, offering to continue with the plan's exercises from
    // `fromExerciseIndex` on. Nothing happens unless the session is stopped (Idle).
    void showStoppedSummary(int fromExerciseIndex);

    // File › Preferences…; on OK home's total follows the new settings and
    // preferencesApplied() lets the owner of sound, voice and session rules follow.
    void showPreferences();

Q_SIGNALS:
    void preferencesApplied();
    // The window was closed but Limber goes on (ClosePolicy Hide or Minimize).
    void closedToBackground();
    // File › Quit: leave Limber altogether, whatever the close policy.
    void quitRequested();
    // File › Import Workrave Exercises… wrote these; the catalog's owner adds them.
    void exercisesImported(const QList<limber::Exercise>& exercises);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildMenus();
    void buildViews();
    SessionView* buildSessionView();
    SummaryView* buildSummaryView();
    HistoryView* buildHistoryView();
    void retranslate();
    void startFromHome(const QStringList& exerciseIds, const PlanOptions& options);
    void showSession(bool prepared);
    void askPainAfter(qint64 sessionId);
    void offerResume();
    // `html` is markup (escape what comes from elsewhere).
    void showHistoryNotice(const QString& title, const QString& html);
    QString regionNameOf(const QStringList& exerciseIds) const;
    void applySessionSettings();
    // Home's "3 of 5 sessions this week" and History's goal, from the store and the settings.
    void refreshWeeklyProgress();
    void showSummary();
    void turnOnReminders();

    const Catalog& m_catalog;
    GuidedSession& m_guided;
    SessionEngine& m_engine; // m_guided's, which the views observe

    NoticeBanner* m_problems = nullptr;
    NoticeBanner* m_historyNotice = nullptr;
    NoticeBanner* m_soundNotice = nullptr;
    SpeechSystem* m_speech = nullptr;
    HistoryStore* m_history = nullptr;
    HistoryRecorder* m_recorder = nullptr;
    QMenu* m_fileMenu = nullptr;
    QAction* m_quitAction = nullptr;
    QStackedWidget* m_views = nullptr; // before the pages, which it holds
    HomeView* m_home = nullptr;
    LazyPage<SessionView> m_session;
    LazyPage<SummaryView> m_summary;
    LazyPage<HistoryView> m_historyView;
    RoutinesController* m_routines = nullptr;
    SetAsideLink* m_setAsideLink = nullptr;

    std::function<bool()> m_stopConfirmer; // kept for views built again on a language change
    bool m_viewsOutdated = false;          // the language changed during a session
    ClosePolicy m_closePolicy = ClosePolicy::Quit;
    QStringList m_reminderNotes;
    QStringList m_continueIds; // what "Continue where I stopped" starts
};

} // namespace limber
