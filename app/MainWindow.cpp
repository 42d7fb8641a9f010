#include "MainWindow.h"

#include "Appearance.h"
#include "HistoryRecorder.h"
#include "HomeView.h"
#include "history/HistoryExport.h"
#include "history/HistoryView.h"
#include "history/PainCheckInDialog.h"
#include "NoticeBanner.h"
#include "RoutinePanel.h"
#include "SafetyNote.h"
#include "SessionView.h"
#include "SummaryView.h"

#include "limber/Catalog.h"
#include "limber/Clock.h"
#include "limber/Settings.h"

#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace limber {

namespace {

const QString& geometryKey()
{
    static const QString key = QStringLiteral("window/geometry");
    return key;
}

constexpr double StallAfterRealMs = 10000.0;

// A wall of messages helps nobody; the log has the full list.
constexpr int ProblemsShown = 5;

} // namespace

MainWindow::MainWindow(const Catalog& catalog, const Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
    , m_clock(clock)
    , m_engine(clock)
    , m_driver(m_engine, clock)
{
    setWindowTitle(tr("Limber"));
    setMinimumSize(MinimumSize);
    // A gap of ten real seconds between ticks means the machine slept or froze:
    // the engine then pauses where it was instead of racing through missed steps.
    m_engine.setStallThresholdMs(static_cast<qint64>(StallAfterRealMs * clock.scale()));

    m_problems = new NoticeBanner(NoticeBanner::Tone::Warning);
    m_problems->setObjectName(QStringLiteral("catalogProblems"));
    m_problems->hide();
    m_historyNotice = new NoticeBanner(NoticeBanner::Tone::Warning);
    m_historyNotice->setObjectName(QStringLiteral("historyNotice"));
    m_historyNotice->hide();

    m_home = new HomeView(catalog);
    m_session = new SessionView(m_engine, m_driver, catalog);
    m_summary = new SummaryView;
    m_views = new QStackedWidget;
    m_views->addWidget(m_home);
    m_views->addWidget(m_session);
    m_views->addWidget(m_summary);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    const int gap = appearance::spacing(font());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* problemsRow = new QVBoxLayout;
    problemsRow->setContentsMargins(gap * 4, gap * 2, gap * 4, 0);
    problemsRow->addWidget(m_problems);
    problemsRow->addWidget(m_historyNotice);
    layout->addLayout(problemsRow);
    layout->addWidget(m_views, 1);
    setCentralWidget(central);

    connect(m_home, &HomeView::startRequested, this, &MainWindow::startFromHome);
    connect(m_home, &HomeView::aboutExercisesRequested, this, &MainWindow::showAboutExercises);
    connect(&m_engine, &SessionEngine::finished, this, &MainWindow::showSummary);
    connect(&m_engine, &SessionEngine::stopped, this, &MainWindow::showHome);
    connect(m_summary, &SummaryView::againRequested, this,
            [this] { startSession(m_lastExercises, m_lastOptions); });
    connect(m_summary, &SummaryView::homeRequested, this, &MainWindow::showHome);

    buildMenus();
    applySessionSettings();
    restoreWindowGeometry();
}

void MainWindow::applySessionSettings()
{
    // Hold length, rests, pace and the get-ready pause after resume (3 s by
    // default, long enough to find the position again) all come from settings.
    const SessionSettings settings = SessionSettings::load(QSettings());
    m_engine.setGetReadyMs(static_cast<qint64>(settings.getReadySeconds) * 1000);
    m_home->setBaseOptions(settings.planOptions());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quit = m_fileMenu->addAction(tr("&Quit"));
    m_quitAction = quit;
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* aboutExercises = help->addAction(tr("About these &exercises…"));
    connect(aboutExercises, &QAction::triggered, this, &MainWindow::showAboutExercises);
    QAction* about = help->addAction(tr("&About Limber"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

QWidget* MainWindow::currentView() const
{
    return m_views->currentWidget();
}

void MainWindow::startSession(const QStringList& exerciseIds)
{
    // The home screen knows the counts chosen for ranged doses; a session
    // started from the command line gets the same defaults the cards show.
    startSession(exerciseIds, m_home->routinePanel()->planOptions());
}

void MainWindow::startSession(const QStringList& exerciseIds, const PlanOptions& options)
{
    const Plan plan = Planner(m_catalog).plan(exerciseIds, options);
    if (plan.isEmpty()) {
        showHome();
        return;
    }
    m_lastExercises = exerciseIds;
    m_lastOptions = options;
    m_engine.setPlan(plan);
    m_views->setCurrentWidget(m_session);
    m_session->setFocus(Qt::OtherFocusReason);
    m_startedAtMs = m_clock.nowMs();
    m_engine.start();
}

void MainWindow::startFromHome(const QStringList& exerciseIds, const PlanOptions& options)
{
    // A session started from the command line or a desktop action begins at
    // once; one started here first asks how the back feels, in one click.
    if (!m_recorder || !m_history || !PainCheckInDialog::isCheckInEnabled()) {
        startSession(exerciseIds, options);
        return;
    }
    auto* dialog = new PainCheckInDialog(PainCheckInDialog::Moment::Before, regionNameOf(exerciseIds), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PainCheckInDialog::levelChosen, this, [this, exerciseIds, options](int level) {
        m_recorder->setPainBefore(level);
        startSession(exerciseIds, options);
    });
    connect(dialog, &PainCheckInDialog::skipped, this,
            [this, exerciseIds, options] { startSession(exerciseIds, options); });
    dialog->open();
}

void MainWindow::askPainAfter(qint64 sessionId)
{
    if (sessionId == 0 || !PainCheckInDialog::isCheckInEnabled())
        return;
    auto* dialog = new PainCheckInDialog(PainCheckInDialog::Moment::After, regionNameOf(m_lastExercises), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PainCheckInDialog::levelChosen, this, [this](int level) {
        if (const StoreStatus saved = m_recorder->setPainAfter(level); !saved)
            showHistoryNotice(tr("History cannot be saved"), saved.errorMessage());
    });
    dialog->open();
}

QString MainWindow::regionNameOf(const QStringList& exerciseIds) const
{
    if (exerciseIds.isEmpty())
        return {};
    const Exercise* exercise = m_catalog.exercise(exerciseIds.constFirst());
    const Region* region = exercise ? m_catalog.region(exercise->regionId) : nullptr;
    return region ? region->name : QString();
}

void MainWindow::setHistory(HistoryStore* store, HistoryRecorder* recorder, const QString& notice)
{
    m_history = store;
    m_recorder = recorder;
    if (!notice.isEmpty())
        showHistoryNotice(store ? tr("About your history") : tr("History cannot be saved"), notice);
    if (recorder) {
        connect(recorder, &HistoryRecorder::saveErrorChanged, this, [this](const QString& message) {
            if (message.isEmpty())
                m_historyNotice->hide();
            else
                showHistoryNotice(tr("History cannot be saved"),
                                  tr("%1<br>Your session goes on as usual.").arg(message.toHtmlEscaped()));
        });
        connect(recorder, &HistoryRecorder::sessionEnded, this, [this](qint64 id, SessionOutcome outcome) {
            if (outcome == SessionOutcome::Completed)
                askPainAfter(id);
        });
    }
    if (!store)
        return;

    m_historyView = new HistoryView(*store, m_catalog);
    m_views->addWidget(m_historyView);
    connect(m_historyView, &HistoryView::backRequested, this, &MainWindow::showHome);

    QAction* history = new QAction(tr("&History"), this);
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(history, &QAction::triggered, this, &MainWindow::showHistory);
    QAction* exportCsv = HistoryExport::createAction(*store, this);
    m_fileMenu->insertAction(m_quitAction, history);
    m_fileMenu->insertAction(m_quitAction, exportCsv);
    m_fileMenu->insertSeparator(m_quitAction);

    // After the window is up: a question before the first frame would delay it.
    QTimer::singleShot(0, this, &MainWindow::offerResume);
}

void MainWindow::showHistory()
{
    if (!m_historyView || m_engine.isActive())
        return;
    m_historyView->refresh();
    m_views->setCurrentWidget(m_historyView);
}

void MainWindow::offerResume()
{
    if (!m_history || !m_recorder || m_engine.isActive())
        return;
    constexpr std::chrono::hours ResumeWithin{12};
    const auto found = m_history->lastInterrupted(ResumeWithin);
    if (!found.ok() || !found.value())
        return;
    const SessionRecord record = *found.value();
    const QStringList rest = record.exerciseIds.mid(record.progress.resumeExerciseIndex);
    if (rest.isEmpty())
        return;
    const Exercise* next = m_catalog.exercise(rest.constFirst());
    QMessageBox box(QMessageBox::Question, tr("Continue your last session?"),
                    tr("Your last session stopped unexpectedly at %1. Would you like to continue from there?")
                        .arg(next ? next->name : rest.constFirst()),
                    QMessageBox::NoButton, this);
    QPushButton* resume = box.addButton(tr("Continue"), QMessageBox::AcceptRole);
    box.addButton(tr("Discard"), QMessageBox::RejectRole);
    box.setDefaultButton(resume);
    box.exec();
    if (box.clickedButton() == resume) {
        m_recorder->continueSession(record);
        startSession(rest);
    } else if (const StoreStatus discarded = m_history->discardInterrupted(record.id); !discarded) {
        showHistoryNotice(tr("History cannot be saved"), discarded.errorMessage().toHtmlEscaped());
    }
}

void MainWindow::showHistoryNotice(const QString& title, const QString& text)
{
    m_historyNotice->setTitle(title);
    m_historyNotice->setText(text);
    m_historyNotice->show();
}

void MainWindow::showHome()
{
    if (m_engine.isActive())
        m_engine.stop();
    m_views->setCurrentWidget(m_home);
    m_home->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showSummary()
{
    QStringList names;
    for (const QString& id : m_engine.plan().exerciseIds) {
        if (const Exercise* exercise = m_catalog.exercise(id))
            names.append(exercise->name);
    }
    m_summary->showSummary(names, m_engine.completedExercises(), m_clock.nowMs() - m_startedAtMs);
    m_views->setCurrentWidget(m_summary);
}

void MainWindow::setCatalogProblems(const QStringList& messages)
{
    if (messages.isEmpty()) {
        m_problems->hide();
    m_historyNotice = new NoticeBanner(NoticeBanner::Tone::Warning);
    m_historyNotice->setObjectName(QStringLiteral("historyNotice"));
    m_historyNotice->hide();
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
    m_problems->setText(list);
    m_problems->show();
}

void MainWindow::setStopConfirmer(std::function<bool()> confirmer)
{
    m_session->setStopConfirmer(std::move(confirmer));
}

void MainWindow::showAboutExercises()
{
    QMessageBox box(QMessageBox::Information, tr("About these exercises"), SafetyNote::detailed(),
                    QMessageBox::Ok, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Limber"),
                       tr("<h3>Limber %1</h3><p>Guided stretching for everyday back pain.</p>")
                           .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Closing mid-session is usually an accident: ask, as Stop does.
    if (m_engine.isActive() && !m_session->requestStop()) {
        event->ignore();
        return;
    }
    saveWindowGeometry();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreWindowGeometry()
{
    const QByteArray geometry = QSettings().value(geometryKey()).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(DefaultSize);
}

void MainWindow::saveWindowGeometry() const
{
    QSettings().setValue(geometryKey(), saveGeometry());
}

} // namespace limber
