#include "session/SessionView.h"

#include "limber/SessionDriver.h"
#include "pictures/PictureView.h"
#include "session/BreathGuide.h"
#include "session/CountdownRing.h"
#include "session/FloorView.h"
#include "session/SessionOverlay.h"
#include "session/SlimProgressBar.h"
#include "style/Appearance.h"
#include "text/DurationText.h"
#include "text/SessionWording.h"
#include "widgets/ActionButton.h"

#include "limber/Catalog.h"
#include "limber/CatalogText.h"
#include "limber/SessionEngine.h"
#include "limber/Settings.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedLayout>
#include <QVBoxLayout>

#include <algorithm>

namespace limber {

namespace {

QString keyName(Qt::Key key)
{
    switch (key) {
    case Qt::Key_Left:
        return QStringLiteral("\u2190");
    case Qt::Key_Right:
        return QStringLiteral("\u2192");
    default:
        break;
    }
    return QKeySequence(key).toString(QKeySequence::NativeText);
}

QLabel* centredLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

SessionView::SessionView(SessionEngine& engine, SessionDriver& driver, const Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_driver(driver)
    , m_catalog(catalog)
{
    setAccessibleName(tr("Session"));
    const int gap = appearance::spacing(font());

    // Two pages: the whole session at the desk, and the floor view.
    m_normal = new QWidget(this);
    auto* layout = new QVBoxLayout(m_normal);
    layout->setContentsMargins(gap * 4, gap * 3, gap * 4, gap * 3);
    layout->setSpacing(gap * 3);
    layout->addWidget(buildStage(), 1);
    layout->addWidget(buildControls());
    m_overlay = new SessionOverlay(m_stage);
    m_floor = new FloorView(engine, driver, catalog, this);
    connect(m_floor, &FloorView::leaveRequested, this, [this] { setFloorView(false); });
    m_pages = new QStackedLayout(this);
    m_pages->setContentsMargins(0, 0, 0, 0);
    m_pages->addWidget(m_normal);
    m_pages->addWidget(m_floor);
    applyFonts();

    connect(&m_engine, &SessionEngine::stepChanged, this, [this] {
        refreshStep();
        refreshMotion();
        refreshTime();
    });
    connect(&m_engine, &SessionEngine::stepSecondsLeftChanged, this, [this] {
        // In a move the next frame is at most a ring frame away and shows the
        // new second with everything else; a repaint of its own here would be
        // one more round of Qt's repaint and the X round trip a second.
        if (frameIsNear())
            return;
        refreshTime();
        refreshMotion(); // a still step moves its ring once a second, no frame timer needed
    });
    connect(&m_engine, &SessionEngine::stateChanged, this, &SessionView::refreshState);
    connect(&m_engine, &SessionEngine::getReadySecondsLeftChanged, this, &SessionView::showGetReady);
    connect(&m_engine, &SessionEngine::stalled, this, [this] {
        // The engine paused itself after a long gap (sleep, a frozen machine):
        // say why, so the pause does not look like a fault.
        m_overlay->showPaused(tr("Limber paused because the computer was asleep or busy. "
                                 "Press %1 or click Resume when you are ready.")
                                  .arg(keyName(Qt::Key_Space)));
    });
    connect(&m_driver, &SessionDriver::frame, this, [this] {
        refreshMotion();
        refreshTime();
        requestNextFrame();
    });
    refreshState();
}

QWidget* SessionView::buildStage()
{
    m_stage = new QWidget(this);
    // Opaque to Qt: a frame's dirty rectangles are filled here, and the
    // window, its page stack (a QFrame, drawn through the style) and the
    // containers down to the stage are not asked to paint under them.
    m_stage->setAutoFillBackground(true);
    const int gap = appearance::spacing(font());

    m_exercise = new QLabel(m_stage);
    m_exercise->setTextFormat(Qt::PlainText);
    m_exerciseCount = new QLabel(m_stage);
    appearance::setMuted(m_exerciseCount);
    m_timeLeft = new QLabel(m_stage);
    m_timeLeft->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    appearance::setMuted(m_timeLeft);
    m_overall = new SlimProgressBar(m_stage);
    m_overall->setRange(0, 100);
    m_overall->setAccessibleName(tr("Session progress"));

    m_pose = new PictureView(m_stage);
    m_pose->setAccessibleName(tr("Pose"));
    m_pose->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_ring = new CountdownRing(m_stage);
    m_breath = new BreathGuide(m_stage);
    m_now = centredLabel(m_stage);
    m_now->setAccessibleDescription(tr("What to do now"));
    m_now->setMinimumHeight(fontMetrics().height() * 2);
    m_detail = centredLabel(m_stage);
    m_detail->setAccessibleDescription(tr("Starting position"));
    m_next = centredLabel(m_stage);
    m_next->setAccessibleDescription(tr("What comes next"));
    appearance::setMuted(m_next);

    auto* header = new QHBoxLayout;
    header->setSpacing(gap * 2);
    header->addWidget(m_exercise);
    header->addWidget(m_exerciseCount, 0, Qt::AlignBaseline);
    header->addStretch(1);
    header->addWidget(m_timeLeft, 0, Qt::AlignBaseline);

    auto* middle = new QHBoxLayout;
    middle->setSpacing(gap * 3);
    middle->addWidget(m_pose, 4);
    middle->addWidget(m_ring, 4);
    middle->addWidget(m_breath, 3);

    auto* layout = new QVBoxLayout(m_stage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(gap);
    layout->addLayout(header);
    layout->addWidget(m_overall);
    layout->addSpacing(gap * 2);
    layout->addLayout(middle, 1);
    layout->addSpacing(gap);
    layout->addWidget(m_now);
    layout->addWidget(m_detail);
    layout->addWidget(m_next);
    return m_stage;
}

QWidget* SessionView::buildControls()
{
    auto* controls = new QWidget(this);
    const int gap = appearance::spacing(font());

    // Window-wide shortcuts that live only while this view is shown; the
    // buttons carry the same keys as visible key caps.
    const auto makeAction = [this](const QString& text, Qt::Key key) {
        auto* action = new QAction(text, this);
        action->setShortcut(QKeySequence(key));
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        return action;
    };
    m_pauseAction = makeAction(tr("Pause"), Qt::Key_Space);
    m_previousAction = makeAction(tr("Previous"), Qt::Key_Left);
    m_nextAction = makeAction(tr("Next"), Qt::Key_Right);
    m_stopAction = makeAction(tr("Stop"), Qt::Key_Escape);
    connect(m_pauseAction, &QAction::triggered, &m_engine, &SessionEngine::togglePause);
    connect(m_previousAction, &QAction::triggered, &m_engine, &SessionEngine::previous);
    connect(m_nextAction, &QAction::triggered, &m_engine, &SessionEngine::next);
    connect(m_stopAction, &QAction::triggered, this, &SessionView::leaveFloorOrStop);
    m_floorAction = makeAction(tr("Floor view"), Qt::Key_F11);
    connect(m_floorAction, &QAction::triggered, this, [this] { setFloorView(!isFloorView()); });

    m_stopButton = new ActionButton(tr("Stop"), controls);
    m_previousButton = new ActionButton(tr("Previous"), controls);
    m_pauseButton = new ActionButton(tr("Pause"), controls);
    m_nextButton = new ActionButton(tr("Next"), controls);
    m_floorButton = new ActionButton(tr("Floor view"), controls);
    m_floorButton->setKeyHint(keyName(Qt::Key_F11));
    m_floorButton->setObjectName(QStringLiteral("floorButton"));
    m_floorButton->setAccessibleDescription(tr("Full screen in big type, to follow from a mat"));
    connect(m_floorButton, &QPushButton::clicked, m_floorAction, &QAction::trigger);
    m_stopButton->setKeyHint(keyName(Qt::Key_Escape));
    m_previousButton->setKeyHint(keyName(Qt::Key_Left));
    m_pauseButton->setKeyHint(keyName(Qt::Key_Space));
    m_nextButton->setKeyHint(keyName(Qt::Key_Right));
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_previousButton->setObjectName(QStringLiteral("previousButton"));
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_nextButton->setObjectName(QStringLiteral("nextButton"));
    m_previousButton->setAccessibleDescription(tr("Go back to the previous step"));
    m_nextButton->setAccessibleDescription(tr("Skip to the next step"));
    m_stopButton->setAccessibleDescription(tr("End the session and go back home"));
    connect(m_stopButton, &QPushButton::clicked, this, &SessionView::requestStop);
    connect(m_previousButton, &QPushButton::clicked, m_previousAction, &QAction::trigger);
    connect(m_pauseButton, &QPushButton::clicked, m_pauseAction, &QAction::trigger);
    connect(m_nextButton, &QPushButton::clicked, m_nextAction, &QAction::trigger);

    const int height = fontMetrics().height() * 5 / 2;
    for (ActionButton* button : {m_stopButton, m_previousButton, m_pauseButton, m_nextButton, m_floorButton})
        button->setMinimumHeight(height);
    // Pause is the control people reach for mid-stretch: biggest and in the accent.
    m_pauseButton->setMinimumWidth(fontMetrics().height() * 10);
    m_pauseButton->setEmphasis(ActionButton::Emphasis::Primary);

    auto* centre = new QHBoxLayout;
    centre->setSpacing(gap * 2);
    centre->addWidget(m_previousButton);
    centre->addWidget(m_pauseButton);
    centre->addWidget(m_nextButton);

    // Three columns with equal outer stretch keep the main controls centred
    // while Stop sits apart on the left, out of the way of a hurried click.
    auto* layout = new QGridLayout(controls);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stopButton, 0, 0, Qt::AlignLeft);
    layout->addLayout(centre, 0, 1);
    layout->addWidget(m_floorButton, 0, 2, Qt::AlignRight);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(2, 1);
    return controls;
}

void SessionView::applyFonts()
{
    m_exercise->setFont(appearance::scaledFont(font(), 1.5, QFont::DemiBold));
    m_exerciseCount->setFont(appearance::scaledFont(font(), 1.1));
    m_timeLeft->setFont(appearance::scaledFont(font(), 1.1));
    fitTimeLeft();
    m_now->setFont(appearance::scaledFont(font(), 2.4, QFont::DemiBold));
    m_detail->setFont(appearance::scaledFont(font(), 1.15));
    m_next->setFont(appearance::scaledFont(font(), 1.1));
    const QFont controls = appearance::scaledFont(font(), 1.1);
    for (ActionButton* button : {m_stopButton, m_previousButton, m_nextButton, m_floorButton})
        button->setFont(controls);
    m_pauseButton->setFont(appearance::scaledFont(font(), 1.2, QFont::DemiBold));
}

void SessionView::fitTimeLeft()
{
    // A fixed size: the text changes every second, and a label that may change
    // size makes the whole view lay itself out again each time. Wide enough
    // for this session's longest time (an hour at least) in the widest digits.
    QString widest = SessionWording::timeLeft(std::max<qint64>(m_engine.plan().totalMs, 3'599'000));
    for (QChar& c : widest)
        if (c.isDigit())
            c = QLatin1Char('8');
    const QFontMetrics metrics(m_timeLeft->font());
    m_timeLeft->setFixedSize(metrics.horizontalAdvance(widest) + metrics.averageCharWidth(), metrics.height());
}

void SessionView::changeEvent(QEvent* event)
{
    // Sizes are relative to the system font; follow it if it changes while open.
    if (event->type() == QEvent::FontChange)
        applyFonts();
    QWidget::changeEvent(event);
}

void SessionView::setStopConfirmer(std::function<bool()> confirmer)
{
    m_confirmStop = std::move(confirmer);
}

bool SessionView::requestStop()
{
    if (!m_engine.isActive())
        return false;
    // Time should not run on while the person reads the question.
    const bool wasRunning = m_engine.state() != SessionEngine::State::Paused;
    if (wasRunning)
        m_engine.pause();
    const bool stop = m_confirmStop ? m_confirmStop() : askToStop();
    if (stop)
        m_engine.stop();
    else if (wasRunning)
        m_engine.resume(); // with the get-ready countdown, to find the position again
    return stop;
}

void SessionView::leaveFloorOrStop()
{
    // From the mat, Esc is the key within reach: it first brings the whole
    // session back, and only a second Esc asks to stop.
    if (isFloorView())
        setFloorView(false);
    else
        requestStop();
}

bool SessionView::isFloorView() const
{
    return m_pages->currentWidget() == m_floor;
}

void SessionView::setFloorView(bool on)
{
    if (on == isFloorView() || (on && !m_engine.isActive()))
        return;
    if (on) {
        m_fullScreen.enter(window());
        m_pages->setCurrentWidget(m_floor);
    } else {
        m_pages->setCurrentWidget(m_normal);
        m_fullScreen.leave();
    }
    setFocus(Qt::OtherFocusReason);
    Q_EMIT floorViewChanged(on);
}

void SessionView::followSessionStart(bool active)
{
    // A session opens in the floor view when the person asked for that in
    // Preferences, and every session ends at the desk (the summary, home).
    if (active && !m_wasActive && SessionSettings::load(QSettings()).floorView)
        setFloorView(true);
    else if (!active)
        setFloorView(false);
    m_wasActive = active;
}

bool SessionView::askToStop()
{
    QMessageBox box(QMessageBox::Question, tr("Stop this session?"), tr("Stop this session?"), QMessageBox::NoButton,
                    this);
    box.setInformativeText(tr("You can start again from home whenever you like."));
    QPushButton* stop = box.addButton(tr("Stop session"), QMessageBox::DestructiveRole);
    QPushButton* keepGoing = box.addButton(tr("Keep going"), QMessageBox::RejectRole);
    box.setDefaultButton(keepGoing);
    box.setEscapeButton(keepGoing);
    box.exec();
    return box.clickedButton() == stop;
}

void SessionView::refreshStep()
{
    m_shownStepSeconds = m_shownSessionSeconds = -1; // a new step or plan: say its time again
    const Step* step = m_engine.currentStep();
    if (!step)
        return;
    m_exercise->setText(SessionWording::exerciseName(m_catalog, step->exerciseId));
    const int exercises = static_cast<int>(m_engine.plan().exerciseIds.size());
    m_exerciseCount->setText(exercises > 1 ? tr("Exercise %1 of %2").arg(step->exerciseIndex + 1).arg(exercises)
                                           : QString());
    m_now->setText(step->label);
    // While getting into position, say which position: the person may be
    // looking at the screen from the floor and not remember the card.
    const Exercise* exercise = m_catalog.exercise(step->exerciseId);
    m_detail->setText(step->kind == StepKind::Prepare && exercise ? catalogText(exercise->position) : QString());
    m_detail->setVisible(!m_detail->text().isEmpty());
    m_ring->setHeading(SessionWording::position(*step));
    m_next->setText(SessionWording::next(m_engine.plan(), m_engine.currentIndex(), m_catalog));
}

void SessionView::refreshTime()
{
    // One step of the bar per pixel of it: a finer value would repaint the bar
    // several times for every change a person could see.
    const qint64 total = m_engine.plan().totalMs;
    const int steps = std::max(100, m_overall->width());
    m_overall->setRange(0, steps);
    m_overall->setValue(total > 0 ? static_cast<int>(m_engine.sessionElapsedMs() * steps / total) : 0);

    // The words change with the seconds; most frames only move the bar.
    const qint64 left = m_engine.stepRemainingMs();
    const qint64 seconds = (left + 999) / 1000;
    const qint64 sessionSeconds = (m_engine.sessionRemainingMs() + 999) / 1000;
    if (seconds == m_shownStepSeconds && sessionSeconds == m_shownSessionSeconds)
        return;
    m_shownStepSeconds = seconds;
    m_shownSessionSeconds = sessionSeconds;
    m_ring->setText(DurationText::countdown(left));
    QString unit;
    if (seconds == 1)
        unit = tr("second", "unit under the countdown");
    else if (seconds <= 60)
        unit = tr("seconds", "unit under the countdown", static_cast<int>(seconds));
    m_ring->setCaption(unit);
    m_timeLeft->setText(SessionWording::timeLeft(m_engine.sessionRemainingMs()));
}

void SessionView::refreshMotion()
{
    const Step* step = m_engine.currentStep();
    if (!step)
        return;
    const double progress = m_engine.stepProgress();
    m_ring->setProgress(progress);
    m_breath->setBreath(step->breath, progress);
    m_pose->showStep(m_catalog.exercise(step->exerciseId), *step, progress);
}

bool SessionView::frameIsNear() const
{
    const qint64 next = m_driver.nextFrameMs();
    const qint64 now = m_driver.clockMsAtStepProgress(m_engine.stepProgress());
    // An overdue timer (a test's that never fires) is not counted on.
    return next >= 0 && now >= 0 && next >= now && next - now <= RingFrameMs;
}

void SessionView::requestNextFrame()
{
    // The driver decides when; the widgets only say when their picture next
    // changes by a pixel, and the earliest of them is the next frame.
    const Step* step = m_engine.currentStep();
    if (!step || step->durationMs <= 0)
        return;
    const double progress = m_engine.stepProgress();
    const qint64 now = m_driver.clockMsAtStepProgress(progress);
    if (now < 0)
        return;
    if (m_floor->isVisible()) {
        m_driver.requestFrameAt(m_driver.clockMsAtStepProgress(m_floor->nextVisibleProgress()));
        return;
    }
    // The ring's end races round a short step (a turn in 3 s is some 240 px
    // a second): a pixel's worth would ask for every frame there is. It gets
    // RingFrameMs of its own (20 a second).
    const qint64 ring = std::max(m_driver.clockMsAtStepProgress(m_ring->nextVisibleProgress()), now + RingFrameMs);
    if (ring <= now + RingFrameMs) {
        // While the ring moves, everything else moves on its frames: the
        // breath, the figure and the bar show their changes at most a ring
        // frame late. On their own pixels' times they came in between and
        // brought the session to some 28 frames a second, each paying Qt's
        // repaint and the X round trip again (docs/performance.md, issue 17).
        m_driver.requestFrameAt(ring);
        return;
    }
    qint64 next = std::min(ring, m_driver.clockMsAtStepProgress(m_breath->nextVisibleProgress()));
    // The session bar's next pixel (refreshTime sets one step per pixel).
    const qint64 total = m_engine.plan().totalMs;
    const qint64 steps = m_overall->maximum();
    if (total > 0 && steps > 0) {
        const qint64 elapsed = m_engine.sessionElapsedMs();
        next = std::min(next, now + ((elapsed * steps / total + 1) * total + steps - 1) / steps - elapsed);
    }
    // The figure is tried a frame apart, and only up to what the others need.
    const auto duration = static_cast<double>(step->durationMs);
    const double until = std::min(1.0, progress + static_cast<double>(next - now) / duration);
    const double figure = m_pose->nextVisibleProgress(m_catalog.exercise(step->exerciseId), *step, progress, until,
                                                      SessionDriver::FrameIntervalMs / duration);
    m_driver.requestFrameAt(std::min(next, m_driver.clockMsAtStepProgress(figure)));
}

void SessionView::refreshState()
{
    const SessionEngine::State state = m_engine.state();
    const bool active = m_engine.isActive();
    fitTimeLeft(); // the plan may be new
    const bool paused = state == SessionEngine::State::Paused;
    m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
    m_pauseAction->setText(m_pauseButton->text());
    for (QAction* action : {m_pauseAction, m_previousAction, m_nextAction, m_stopAction, m_floorAction})
        action->setEnabled(active);
    for (ActionButton* button : {m_stopButton, m_previousButton, m_pauseButton, m_nextButton, m_floorButton})
        button->setEnabled(active);
    followSessionStart(active);

    switch (state) {
    case SessionEngine::State::Paused:
        //: %1 is the key that resumes, e.g. "Space"
        m_overlay->showPaused(
            tr("Take your time. Press %1 or click Resume when you are ready.").arg(keyName(Qt::Key_Space)));
        break;
    case SessionEngine::State::GetReady:
        showGetReady(static_cast<int>((m_engine.getReadyRemainingMs() + 999) / 1000));
        break;
    case SessionEngine::State::Idle:
    case SessionEngine::State::Running:
    case SessionEngine::State::Finished:
        m_overlay->hideOverlay();
        break;
    }
    refreshStep();
    refreshMotion();
    refreshTime();
}

void SessionView::showGetReady(int secondsLeft)
{
    if (m_engine.state() == SessionEngine::State::GetReady)
        m_overlay->showGetReady(secondsLeft);
}

QString SessionView::nowText() const
{
    return m_now->text();
}

QString SessionView::positionText() const
{
    return m_ring->heading();
}

QString SessionView::detailText() const
{
    return m_detail->text();
}

QString SessionView::nextText() const
{
    return m_next->text();
}

QString SessionView::exerciseText() const
{
    return m_exercise->text();
}

QString SessionView::timeLeftText() const
{
    return m_timeLeft->text();
}

} // namespace limber
