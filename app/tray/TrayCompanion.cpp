#include "tray/TrayCompanion.h"

#include "MainWindow.h"
#include "desktop/DesktopActivity.h"
#include "reminders/ReminderAlert.h"
#include "reminders/ReminderService.h"
#include "startup/WindowHost.h"
#include "tray/FreedMemory.h"
#include "tray/StretchTray.h"

#include "limber/Catalog.h"
#include "limber/GuidedSession.h"
#include "limber/Plan.h"

#include <QApplication>
#include <QMenu>
#include <QSettings>

#include <spdlog/spdlog.h>

namespace limber {

namespace {

// Set once the person has been told that closing the window keeps Limber in the tray.
const QString ToldAboutTrayKey = QStringLiteral("tray/told_about_close");

MainWindow::ClosePolicy closePolicyFor(bool wanted, bool trayAvailable)
{
    if (!wanted)
        return MainWindow::ClosePolicy::Quit;
    return trayAvailable ? MainWindow::ClosePolicy::Hide : MainWindow::ClosePolicy::Minimize;
}

} // namespace

TrayCompanion::TrayCompanion(const Catalog& catalog, const Clock& clock, WindowHost& windows, GuidedSession& session,
                             TimerSource& timers, bool startedInTray, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_windows(windows)
    , m_startedInTray(startedInTray)
    , m_activity(std::make_unique<DesktopActivity>())
    , m_alert(std::make_unique<ReminderAlert>(timers))
    , m_reminders(std::make_unique<ReminderService>(catalog, clock, *m_activity, *m_alert, timers))
    , m_tray(std::make_unique<StretchTray>(catalog, m_reminders->scheduler()))
{
    SessionEngine& engine = session.engine();
    connect(&engine, &SessionEngine::stateChanged, this, [this, &engine] {
        m_activity->setSessionRunning(engine.isActive());
        if (engine.isActive())
            m_alert->withdraw(); // a session started another way answers the reminder
    });
    connect(m_reminders.get(), &ReminderService::startRequested, this, &TrayCompanion::startSession);
    connect(m_reminders.get(), &ReminderService::routineStartRequested, this, &TrayCompanion::startRoutine);
    connect(m_reminders.get(), &ReminderService::reminderShown, this,
            [this] { m_tray->setSuggestion(m_reminders->suggestionTitle()); });

    connect(m_tray.get(), &StretchTray::startSuggestedRequested, this,
            [this] { startSession(m_reminders->suggestion().exerciseIds); });
    connect(m_tray.get(), &StretchTray::startDueRoutineRequested, this, [this] {
        // Found again by id: the routine may have been edited since the menu opened.
        if (const std::optional<Routine> due = m_reminders->dueRoutine(); due && due->id == m_dueRoutineId)
            startRoutine(*due);
    });
    connect(m_tray->menu(), &QMenu::aboutToShow, this, &TrayCompanion::refreshDueRoutine);
    connect(m_reminders.get(), &ReminderService::reminderShown, this, &TrayCompanion::refreshDueRoutine);
    connect(m_tray.get(), &StretchTray::startRegionRequested, this, [this](const QString& regionId) {
        QString error;
        startSession(Planner(m_catalog).resolveTarget(regionId, &error, m_reminders->setAside()));
    });
    connect(m_tray.get(), &StretchTray::openRequested, this, &TrayCompanion::showWindow);
    connect(m_tray.get(), &StretchTray::preferencesRequested, this, [this] {
        showWindow();
        m_windows.window().showPreferences();
    });
    connect(m_tray.get(), &StretchTray::quitRequested, this, &TrayCompanion::quitRequested);
    connect(&m_windows, &WindowHost::built, this, &TrayCompanion::configure);

    m_tray->setSuggestion(m_reminders->suggestionTitle());
    QStringList notes;
    if (const QString limitation = m_activity->limitation(); !limitation.isEmpty())
        notes.append(limitation);
    if (const QString noTray = trayUnavailableReason(); !noTray.isEmpty())
        notes.append(noTray);
    m_reminderNotes = notes;
    if (MainWindow* window = m_windows.existing())
        configure(*window);
    applyClosePolicy();
    if (m_startedInTray && !StretchTray::isAvailable()) {
        // Nowhere to wait but the task bar: the window is built after all, minimized.
        spdlog::warn("tray: {}", trayUnavailableReason().toStdString());
        m_windows.window().showMinimized();
    }
}

TrayCompanion::~TrayCompanion() = default;

QString TrayCompanion::trayUnavailableReason()
{
    if (StretchTray::isAvailable())
        return {};
    return tr("This desktop has no tray (no panel that shows status icons), so closing the window minimizes it. "
              "Reminders still come.");
}

void TrayCompanion::reloadSettings()
{
    m_reminders->reloadSettings();
    applyClosePolicy();
}

void TrayCompanion::remindIn(qint64 ms)
{
    m_reminders->remindIn(ms);
    applyClosePolicy();
}

void TrayCompanion::showWindow()
{
    m_windows.showWindow();
}

void TrayCompanion::configure(MainWindow& window)
{
    window.setReminderNotes(m_reminderNotes);
    window.setClosePolicy(
        closePolicyFor(m_reminders->scheduler().settings().enabled || m_startedInTray, StretchTray::isAvailable()));
    connect(&window, &MainWindow::closedToBackground, this, &TrayCompanion::onClosedToBackground, Qt::UniqueConnection);
}

void TrayCompanion::startSession(const QStringList& exerciseIds)
{
    if (exerciseIds.isEmpty())
        return;
    m_windows.window().startFromReminder(exerciseIds);
}

void TrayCompanion::refreshDueRoutine()
{
    const std::optional<Routine> due = m_reminders->dueRoutine();
    m_dueRoutineId = due ? due->id : QString();
    m_tray->setDueRoutine(due ? due->name : QString());
}

TrayCompanion::Message TrayCompanion::fileProblemsMessage(const QStringList& problems)
{
    if (problems.isEmpty())
        return {};
    // The first problem whole (it names the file), the others counted: a balloon is no list.
    QString text = problems.first();
    if (problems.size() > 1)
        text
            += QLatin1Char('\n') + tr("%n more file problem(s): open Limber to see them all.", "", problems.size() - 1);
    return {tr("Limber could not read a file"), text};
}

void TrayCompanion::tellFileProblems(const QStringList& problems)
{
    if (problems.isEmpty() || !m_tray->isVisible())
        return; // with no icon the window is shown, and its banner names them
    const Message message = fileProblemsMessage(problems);
    spdlog::info("tray: told of {} file problem(s) from the icon", problems.size());
    m_tray->showWarning(message.title, message.text);
}

void TrayCompanion::startRoutine(const Routine& routine)
{
    MainWindow& window = m_windows.window();
    // As a reminder's Start: never over a session or a dialog waiting for an answer.
    if (window.engine().isActive() || QApplication::activeModalWidget()) {
        spdlog::info("reminder: not starting the routine {}: the window is busy", routine.id.toStdString());
        return;
    }
    m_windows.showWindow();
    window.startRoutine(routine); // the pain check-in, then the routine with its own doses, as from home
}

void TrayCompanion::applyClosePolicy()
{
    const bool wanted = m_reminders->scheduler().settings().enabled || m_startedInTray;
    const bool trayAvailable = StretchTray::isAvailable();
    m_tray->setVisible(wanted && trayAvailable);
    const MainWindow::ClosePolicy policy = closePolicyFor(wanted, trayAvailable);
    if (MainWindow* window = m_windows.existing())
        window->setClosePolicy(policy);
    // A dialog opened from the tray while the window is hidden must not end Limber when it closes.
    QApplication::setQuitOnLastWindowClosed(policy == MainWindow::ClosePolicy::Quit);
}

void TrayCompanion::onClosedToBackground()
{
    const MainWindow* window = m_windows.existing();
    if (!window || window->closePolicy() != MainWindow::ClosePolicy::Hide)
        return; // minimized to the task bar: it is still in use
    QSettings store;
    if (!store.value(ToldAboutTrayKey, false).toBool()) {
        store.setValue(ToldAboutTrayKey, true);
        m_tray->showMessage(
            tr("Limber is still here"),
            tr("It keeps reminding you to stretch from the panel. Choose Quit in its menu to close it."));
    }
    // Waiting in the tray needs no window: it is given back, and built again
    // when it is next shown (WindowHost returns the memory it held).
    if (!m_windows.release()) {
        // Kept: still give back what its hidden pages freed. Queued, after the deletions the hide queued.
        QMetaObject::invokeMethod(
            this, [] { FreedMemory::returnToSystem(); }, Qt::QueuedConnection);
    }
}

} // namespace limber
