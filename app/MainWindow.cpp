#include "MainWindow.h"

#include "audio/Chimes.h"
#include "exercises/ExerciseEditorDialog.h"
#include "history/HistoryExport.h"
#include "history/HistoryView.h"
#include "history/PainCheckInDialog.h"
#include "history/SessionResume.h"
#include "home/HelpMenu.h"
#include "home/HomeChoice.h"
#include "home/HomeView.h"
#include "home/RoutinePanel.h"
#include "home/SafetyNote.h"
#include "import/WorkraveImportDialog.h"
#include "limber/HistoryRecorder.h"
#include "print/HandoutActions.h"
#include "routines/RoutineListPanel.h"
#include "routines/RoutinesController.h"
#include "session/SessionView.h"
#include "session/SummaryView.h"
#include "setaside/SetAsideLink.h"
#include "settings/PreferencesDialog.h"
#include "settings/ReminderOffer.h"
#include "startup/Translations.h"
#include "style/Appearance.h"
#include "widgets/DeferredLayout.h"
#include "widgets/DialogFocusReturn.h"
#include "widgets/NoticeBanner.h"
#include "widgets/WindowGeometry.h"

#include "limber/Catalog.h"
#include "limber/CatalogText.h"
#include "limber/HistoryStats.h"
#include "limber/Settings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <utility>

namespace limber {

// A wall of messages helps nobody; the log has the full list. (constexpr: internal linkage.)
constexpr int ProblemsShown = 5;

MainWindow::MainWindow(const Catalog& catalog, GuidedSession& session, QWidget* parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
    , m_guided(session)
    , m_engine(session.engine())
    , m_views(new QStackedWidget)
    , m_session(*m_views, [this] { return buildSessionView(); })
    , m_summary(*m_views, [this] { return buildSummaryView(); })
    , m_historyView(*m_views, [this] { return buildHistoryView(); })
{
    setWindowTitle(tr("Limber"));
    setMinimumSize(MinimumSize);

    m_problems = new NoticeBanner(NoticeBanner::Tone::Warning);
    m_problems->setObjectName(QStringLiteral("catalogProblems"));
    m_problems->hide();
    m_historyNotice = new NoticeBanner(NoticeBanner::Tone::Warning);
    m_historyNotice->setObjectName(QStringLiteral("historyNotice"));
    m_historyNotice->hide();
    m_soundNotice = new NoticeBanner(NoticeBanner::Tone::Information);
    m_soundNotice->setObjectName(QStringLiteral("soundNotice"));
    m_soundNotice->hide();

    buildViews();

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    const int gap = appearance::spacing(font());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* problemsRow = new QVBoxLayout;
    problemsRow->setContentsMargins(gap * 4, gap * 2, gap * 4, 0);
    problemsRow->addWidget(m_problems);
    problemsRow->addWidget(m_historyNotice);
    problemsRow->addWidget(m_soundNotice);
    layout->addLayout(problemsRow);
    layout->addWidget(m_views, 1);
    setCentralWidget(central);

    connect(&m_engine, &SessionEngine::finished, this, &MainWindow::showSummary);
    connect(&m_engine, &SessionEngine::stopped, this, &MainWindow::showHome);

    buildMenus();
    applySessionSettings();
    restoreWindowGeometry(*this, DefaultSize);
    new DialogFocusReturn(this, [this] { return currentView(); }); // Space works at once after any dialog
}

void MainWindow::applySessionSettings()
{
    // Hold length, rests and pace come from settings; home's "Start · N min" shows them.
    m_home->setBaseOptions(SessionSettings::load(QSettings()).planOptions());
    refreshWeeklyProgress();
}

void MainWindow::refreshWeeklyProgress()
{
    const int goal = SessionSettings::load(QSettings()).weeklyGoal;
    if (HistoryView* history = m_historyView.built())
        history->setWeeklyGoal(goal);
    if (!m_history || !m_history->isOpen()) {
        m_home->setWeeklyProgress(0, 0); // nothing to count from: hidden rather than a false "0 of 5"
        return;
    }
    const QDate today = QDate::currentDate();
    const StoreResult<QList<SessionRecord>> thisWeek = m_history->sessions(startOfWeek(today, Qt::Monday).startOfDay());
    if (!thisWeek) {
        spdlog::warn("home: the weekly goal cannot be shown: {}", thisWeek.errorMessage().toStdString());
        m_home->setWeeklyProgress(0, 0);
        return;
    }
    const WeeklyProgress progress = weeklyProgress(thisWeek.value(), today, goal);
    m_home->setWeeklyProgress(progress.done, progress.goal);
    m_home->routineList()->setThisWeek(thisWeek.value(), today); // each routine against its "how often"
}

MainWindow::~MainWindow() = default;

void MainWindow::buildViews()
{
    // Built again when the language changes while no session runs: each view
    // sets its words once, and building it anew is simpler and surer than
    // teaching every label to retranslate. What was chosen on home is kept.
    const HomeChoice choice = m_home ? HomeChoice::of(*m_home) : HomeChoice();
    const bool showingHistory = m_historyView.isCurrent();
    if (m_home) {
        m_views->removeWidget(m_home);
        m_home->deleteLater(); // it may be the sender of the signal that led here
    }
    // The other pages are built again when next shown, in the new language.
    m_session.reset();
    m_summary.reset();
    m_historyView.reset();

    m_home = new HomeView(m_catalog);
    addStackPage(*m_views, *m_home);
    if (m_setAsideLink)
        m_setAsideLink->attach(*m_home);
    connect(m_home, &HomeView::startRequested, this, &MainWindow::startFromHome);
    connect(m_home, &HomeView::aboutExercisesRequested, this, [this] { HelpMenu::showAboutExercises(this); });
    if (m_routines)
        m_routines->attach(m_home->routineList());

    choice.applyTo(*m_home);
    if (showingHistory)
        showHistory();
    else
        m_views->setCurrentWidget(m_home);
}

SessionView* MainWindow::buildSessionView()
{
    auto* view = new SessionView(m_engine, m_guided.driver(), m_catalog);
    if (m_stopConfirmer)
        view->setStopConfirmer(m_stopConfirmer);
    m_summary.get(); // before the session can end: "This one hurt" is offered to it then
    return view;
}

SummaryView* MainWindow::buildSummaryView()
{
    auto* summary = new SummaryView;
    if (m_setAsideLink)
        m_setAsideLink->attach(*summary);
    connect(summary, &SummaryView::againRequested, this, [this] { showSession(m_guided.prepareAgain()); });
    connect(summary, &SummaryView::homeRequested, this, &MainWindow::showHome);
    connect(summary, &SummaryView::remindersAccepted, this, &MainWindow::turnOnReminders);
    connect(summary, &SummaryView::continueRequested, this,
            [this] { startSession(m_continueIds, m_guided.lastOptions()); });
    return summary;
}

HistoryView* MainWindow::buildHistoryView()
{
    auto* view = new HistoryView(*m_history, m_catalog);
    view->setWeeklyGoal(SessionSettings::load(QSettings()).weeklyGoal);
    connect(view, &HistoryView::backRequested, this, &MainWindow::showHome);
    return view;
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Limber"));
    buildMenus();
    // A running session or its summary is never pulled from under the person: new words wait for home (showHome).
    const bool idle = !m_engine.isActive() && (currentView() == m_home || m_historyView.isCurrent());
    if (!idle) {
        m_viewsOutdated = true;
        return;
    }
    m_viewsOutdated = false;
    buildViews();
    applySessionSettings();
}

void MainWindow::showPreferences()
{
    auto* dialog = new PreferencesDialog(this, m_speech);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReminderNotes(m_reminderNotes);
    const QString languageBefore = SessionSettings::load(QSettings()).language;
    connect(dialog, &QDialog::accepted, this, [this, languageBefore] {
        const SessionSettings settings = SessionSettings::load(QSettings());
        if (settings.language != languageBefore)
            Translations::apply(settings.language); // LanguageChange follows: see retranslate()
        applySessionSettings();
        Q_EMIT preferencesApplied();
    });
    dialog->open();
}

void MainWindow::watchSound(const Chimes& chimes)
{
    const auto show = [this, &chimes](bool available) {
        if (available) {
            m_soundNotice->hide();
            return;
        }
        m_soundNotice->setTitle(tr("Sound unavailable"));
        m_soundNotice->setRichText(tr("%1<br>Every step is still shown on screen, so you can follow along as usual.")
                                       .arg(chimes.unavailableReason().toHtmlEscaped()));
        m_soundNotice->show();
    };
    connect(&chimes, &Chimes::availabilityChanged, this, show);
    show(chimes.soundAvailable());
}

void MainWindow::buildMenus()
{
    // Built again on a language change, so every menu text is set here.
    menuBar()->clear();
    for (QMenu* old : menuBar()->findChildren<QMenu*>(QString(), Qt::FindDirectChildrenOnly))
        old->deleteLater();
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    if (m_history) {
        QAction* history = m_fileMenu->addAction(tr("&History"));
        history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
        connect(history, &QAction::triggered, this, &MainWindow::showHistory);
        m_fileMenu->addAction(HistoryExport::createAction(*m_history, m_fileMenu));
        m_fileMenu->addSeparator();
    }
    if (m_routines)
        m_routines->addFileActions(m_fileMenu);
    const auto added = [this](const QList<Exercise>& exercises) { Q_EMIT exercisesImported(exercises); };
    m_fileMenu->addAction(ExerciseEditorDialog::createAction(m_catalog, this, added));
    m_fileMenu->addAction(WorkraveImportDialog::createAction(m_catalog, this, added));
    HandoutActions::addTo(*m_fileMenu, [this] { return HandoutActions::fromHome(m_catalog, *m_home->routinePanel()); });
    QAction* preferences = m_fileMenu->addAction(tr("&Preferences…"));
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcuts(QKeySequence::Preferences);
    // Qt 6.4 has no standard Preferences key on Linux desktops: Ctrl+, as GNOME apps and browsers use.
    if (preferences->shortcuts().isEmpty())
        preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    m_fileMenu->addSeparator();
    QAction* quit = m_fileMenu->addAction(tr("&Quit"));
    m_quitAction = quit;
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, [this] {
        // Quit means quit, also when closing the window would only hide it.
        const ClosePolicy before = std::exchange(m_closePolicy, ClosePolicy::Quit);
        if (close())
            Q_EMIT quitRequested();
        else
            m_closePolicy = before; // the person kept their session going
    });

    HelpMenu::addTo(*menuBar(), this);
}

QWidget* MainWindow::currentView() const
{
    return m_views->currentWidget();
}

void MainWindow::startSession(const QStringList& exerciseIds)
{
    // Home knows the counts chosen for ranged doses: a command line start gets the defaults the cards show.
    startSession(exerciseIds, m_home->planOptions());
}

void MainWindow::startSession(const QStringList& exerciseIds, const PlanOptions& options)
{
    showSession(m_guided.prepare(exerciseIds, options));
}

void MainWindow::startSession(const Routine& routine)
{
    showSession(m_guided.prepare(routine, m_home->planOptions()));
}

void MainWindow::showSession(bool prepared)
{
    if (!prepared) {
        showHome();
        return;
    }
    SessionView* view = m_session.get();
    m_views->setCurrentWidget(view);
    view->setFocus(Qt::OtherFocusReason);
    m_guided.start();
}

void MainWindow::startFromHome(const QStringList& exerciseIds, const PlanOptions& options)
{
    // A session started from the command line or a desktop action begins at
    // once; one started here first asks how the back feels, in one click.
    PainCheckInDialog::askBeforeThen(m_history ? m_recorder : nullptr, regionNameOf(exerciseIds), this,
                                     [this, exerciseIds, options] { startSession(exerciseIds, options); });
}

void MainWindow::startRoutine(const Routine& routine)
{
    const PlanOptions options = m_home->planOptions();
    PainCheckInDialog::askBeforeThen(m_history ? m_recorder : nullptr, regionNameOf(routine.exerciseIds()), this,
                                     [this, routine, options] { showSession(m_guided.prepare(routine, options)); });
}

void MainWindow::setRoutineLibrary(RoutineLibrary* library)
{
    m_routines = new RoutinesController(m_catalog, *library, *m_views, *this);
    m_routines->attach(m_home->routineList());
    connect(m_routines, &RoutinesController::startRequested, this, &MainWindow::startRoutine);
    connect(m_routines, &RoutinesController::homeRequested, this, &MainWindow::showHome);
    connect(m_routines, &RoutinesController::fileActionsChanged, this, &MainWindow::buildMenus);
}

void MainWindow::askPainAfter(qint64 sessionId)
{
    if (sessionId != 0)
        PainCheckInDialog::askAfter(
            m_recorder, regionNameOf(m_guided.lastExerciseIds()), this,
            [this](const QString& error) { showHistoryNotice(tr("History cannot be saved"), error); });
}

QString MainWindow::regionNameOf(const QStringList& exerciseIds) const
{
    if (exerciseIds.isEmpty())
        return {};
    const Exercise* exercise = m_catalog.exercise(exerciseIds.constFirst());
    const Region* region = exercise ? m_catalog.region(exercise->regionId) : nullptr;
    return region ? catalogText(region->name) : QString();
}

void MainWindow::setHistory(HistoryStore* store, HistoryRecorder* recorder, const QString& notice)
{
    m_history = store;
    m_recorder = recorder;
    if (!notice.isEmpty())
        showHistoryNotice(store ? tr("About your history") : tr("History cannot be saved"), notice.toHtmlEscaped());
    if (recorder) {
        connect(recorder, &HistoryRecorder::saveErrorChanged, this, [this](const QString& message) {
            if (message.isEmpty())
                m_historyNotice->hide();
            else
                showHistoryNotice(tr("History cannot be saved"),
                                  tr("%1<br>Your session goes on as usual.").arg(message.toHtmlEscaped()));
        });
        connect(recorder, &HistoryRecorder::sessionEnded, this, [this](qint64 id, SessionOutcome outcome) {
            refreshWeeklyProgress();
            if (outcome == SessionOutcome::Completed)
                askPainAfter(id);
        });
    }
    if (!store)
        return;
    buildMenus(); // adds History and Export above Preferences
    refreshWeeklyProgress();

    // After the window is up: a question before the first frame would delay it.
    QTimer::singleShot(0, this, &MainWindow::offerResume);
}

void MainWindow::setSetAside(SetAsideBook& book)
{
    m_setAsideLink = new SetAsideLink(book, m_engine, m_recorder, m_catalog, this);
    m_setAsideLink->attach(*m_home);
    if (SummaryView* summary = m_summary.built())
        m_setAsideLink->attach(*summary);
}

void MainWindow::showHistory()
{
    if (!m_history || m_engine.isActive())
        return;
    HistoryView* view = m_historyView.get();
    view->refresh();
    m_views->setCurrentWidget(view);
}

void MainWindow::offerResume()
{
    if (!m_history || !m_recorder || m_engine.isActive())
        return;
    constexpr std::chrono::hours ResumeWithin {12};
    const auto found = m_history->lastInterrupted(ResumeWithin);
    if (!found.ok() || !found.value())
        return;
    const SessionRecord record = *found.value();
    const ResumePlan rest = resumePlanFor(record, m_routines ? &m_routines->library() : nullptr, m_catalog);
    if (rest.exerciseIds.isEmpty())
        return;
    const Exercise* next = m_catalog.exercise(rest.exerciseIds.constFirst());
    QMessageBox box(QMessageBox::Question, tr("Continue your last session?"),
                    tr("Your last session stopped unexpectedly at %1. Would you like to continue from there?")
                        .arg(next ? catalogText(next->name) : rest.exerciseIds.constFirst()),
                    QMessageBox::NoButton, this);
    QPushButton* resume = box.addButton(tr("Continue"), QMessageBox::AcceptRole);
    box.addButton(tr("Discard"), QMessageBox::RejectRole);
    box.setDefaultButton(resume);
    box.exec();
    if (box.clickedButton() == resume) {
        m_recorder->continueSession(record);
        rest.routine ? startSession(*rest.routine) : startSession(rest.exerciseIds);
    } else if (const StoreStatus discarded = m_history->discardInterrupted(record.id); !discarded) {
        showHistoryNotice(tr("History cannot be saved"), discarded.errorMessage().toHtmlEscaped());
    }
}

void MainWindow::showHistoryNotice(const QString& title, const QString& html)
{
    m_historyNotice->setTitle(title);
    m_historyNotice->setRichText(html);
    m_historyNotice->show();
}

void MainWindow::showHome()
{
    if (m_engine.isActive())
        m_engine.stop();
    if (std::exchange(m_viewsOutdated, false)) {
        buildViews(); // the language changed during the session
        applySessionSettings();
    }
    m_views->setCurrentWidget(m_home);
    m_home->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showSummary()
{
    QStringList names;
    for (const QString& id : m_engine.plan().exerciseIds) {
        if (const Exercise* exercise = m_catalog.exercise(id))
            names.append(catalogText(exercise->name));
    }
    SummaryView* summary = m_summary.get();
    const std::optional<Routine>& routine = m_guided.lastRoutine();
    summary->showSummary(names, m_engine.completedExercises(), m_guided.msSinceStart(),
                         routine ? routine->name : QString());
    // Once, after a session the person finished: coming back is what helps.
    if (ReminderOffer::shouldOffer(m_engine.completedExercises()))
        summary->offerReminders();
    m_views->setCurrentWidget(summary);
}

void MainWindow::turnOnReminders()
{
    ReminderOffer::accept();
    Q_EMIT preferencesApplied();
}

void MainWindow::showStoppedSummary(int fromExerciseIndex)
{
    // Only a stopped session has a rest to continue; a new one may already run.
    if (m_engine.state() != SessionEngine::State::Idle)
        return;
    m_continueIds = m_engine.plan().exerciseIds.mid(std::max(fromExerciseIndex, 0));
    showSummary();
    if (!m_continueIds.isEmpty())
        m_summary.get()->offerContinue();
}

void MainWindow::setCatalogProblems(const QStringList& messages)
{
    if (messages.isEmpty()) {
        m_problems->hide();
        return;
    }
    m_problems->setTitle(messages.size() == 1 ? tr("A problem was found in the exercise files")
                                              : tr("%n problems were found in the exercise files", "",
                                                   static_cast<int>(messages.size())));
    QString list = QStringLiteral("<ul style=\"margin-left:0; -qt-list-indent:1;\">");
    for (qsizetype i = 0; i < std::min<qsizetype>(messages.size(), ProblemsShown); ++i)
        list += QStringLiteral("<li>%1</li>").arg(messages[i].toHtmlEscaped());
    list += QStringLiteral("</ul>");
    if (messages.size() > ProblemsShown)
        list += tr("…and %n more (see the log).", "", static_cast<int>(messages.size() - ProblemsShown));
    list += tr("Limber left out what it could not read; everything else works as usual.");
    m_problems->setRichText(list);
    m_problems->show();
}

bool MainWindow::startFromReminder(const QStringList& exerciseIds)
{
    const bool idleView = currentView() == m_home || m_summary.isCurrent() || m_historyView.isCurrent();
    if (m_engine.isActive() || !idleView || QApplication::activeModalWidget()) {
        spdlog::info("reminder: not starting {}: this window is busy",
                     exerciseIds.join(QLatin1Char(',')).toStdString());
        return false;
    }
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
    startFromHome(exerciseIds, m_home->planOptions());
    return true;
}

void MainWindow::comeForward(const QStringList& startIds, const std::optional<Routine>& routine)
{
    spdlog::info("second instance: request received (start: {})",
                 startIds.isEmpty() ? std::string("nothing") : startIds.join(QLatin1Char(',')).toStdString());
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
    if (startIds.isEmpty())
        return;
    // Idle: on home or a finished session's summary, with no dialog (a pain check-in) waiting for an answer.
    const bool idleView = currentView() == m_home || m_summary.isCurrent();
    if (m_engine.isActive() || !idleView || QApplication::activeModalWidget()) {
        spdlog::info("second instance: not starting {}: this window is busy",
                     startIds.join(QLatin1Char(',')).toStdString());
        return;
    }
    spdlog::info("second instance: starting {}", startIds.join(QLatin1Char(',')).toStdString());
    routine ? startSession(*routine) : startSession(startIds); // a routine with its own doses, as --start does
}

void MainWindow::setStopConfirmer(std::function<bool()> confirmer)
{
    m_stopConfirmer = confirmer;
    if (SessionView* view = m_session.built())
        view->setStopConfirmer(std::move(confirmer));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Closing mid-session or with a routine's changes unsaved is usually an accident: ask.
    if ((m_engine.isActive() && !m_session.get()->requestStop()) || (m_routines && !m_routines->mayClose())) {
        event->ignore();
        return;
    }
    saveWindowGeometry(*this);
    if (m_closePolicy == ClosePolicy::Hide) {
        event->ignore();
        hide();
        Q_EMIT closedToBackground();
        return;
    }
    if (m_closePolicy == ClosePolicy::Minimize) {
        event->ignore();
        showMinimized();
        Q_EMIT closedToBackground();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace limber
