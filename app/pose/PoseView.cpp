#include "pose/PoseView.h"

#include "pose/PoseAnimator.h"
#include "pose/PoseFigureRenderer.h"
#include "pose/PoseLibrary.h"

#include "limber/Timer.h"

#include <QEvent>
#include <QPaintEvent>
#include <QPainter>

#include <functional>
#include <optional>
#include <utility>

namespace limber {

namespace {

constexpr int LoopFrameMs = 33;

// A frame whose points all stay within this many device pixels of the frame
// on screen is not painted. At the speed of these stretches the figure then
// moves in steps of a pixel, 15 to 30 times a second, which reads as smooth
// motion; painting every sub-pixel step cost twice as much for no visible gain.
constexpr double InvisibleMovePx = 1.0;

// Pauses the detail-view loop while the view is hidden and resumes it when
// shown again; the view's header stays free of show/hide overrides.
class VisibilityWatcher final : public QObject {
public:
    VisibilityWatcher(QWidget* watched, std::function<void(bool)> changed)
        : QObject(watched)
        , m_changed(std::move(changed))
    {
        watched->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show || event->type() == QEvent::Hide)
            m_changed(event->type() == QEvent::Show);
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void(bool)> m_changed;
};

} // namespace

struct PoseView::Private {
    explicit Private(TimerSource& timers)
        : loopClock(timers.clock())
    {
    }

    const PoseLibrary& library = PoseLibrary::builtIn();
    PoseAnimator animator {library};
    PoseFigureRenderer renderer {library};
    std::optional<PoseFrame> frame; // what the next paint draws
    // Where `frame` lands at the current size; none after a resize, when the
    // whole view repaints anyway.
    std::optional<FigureFootprint> footprint;

    Timer* loopTimer = nullptr; // a child, so tests can see whether it runs
    const Clock& loopClock;
    qint64 loopFrameAtMs = 0; // loopClock time of the last loop frame
    qint64 loopElapsedMs = 0;
    QString loopExercise;
    QObject* visibilityWatcher = nullptr;
};

PoseView::PoseView(QWidget* parent)
    : PoseView(realTimers(), parent)
{
}

PoseView::PoseView(TimerSource& timers, QWidget* parent)
    : QWidget(parent)
    , m_d(std::make_unique<Private>(timers))
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);

    m_d->loopTimer = timers.createTimer(Timer::Mode::Repeating, this);
    m_d->loopTimer->setObjectName(QStringLiteral("poseLoopTimer"));
    connect(m_d->loopTimer, &Timer::timeout, this, [this] {
        const qint64 now = m_d->loopClock.nowMs();
        m_d->loopElapsedMs += now - std::exchange(m_d->loopFrameAtMs, now);
        present(m_d->animator.loopFrame(m_d->loopExercise, m_d->loopElapsedMs));
    });
    m_d->visibilityWatcher = new VisibilityWatcher(this, [this](bool shown) {
        if (m_d->loopExercise.isEmpty())
            return;
        if (shown) {
            m_d->loopFrameAtMs = m_d->loopClock.nowMs();
            m_d->loopTimer->start(LoopFrameMs);
        } else {
            m_d->loopTimer->stop();
        }
    });
}

PoseView::~PoseView()
{
    // The watcher outlives this body (children go with QWidget's destructor),
    // so it must not call back into the state that goes first.
    delete m_d->visibilityWatcher;
    m_d->loopTimer->stop();
}

void PoseView::showStill(const QString& exerciseId)
{
    m_d->loopTimer->stop();
    m_d->loopExercise.clear();
    present(m_d->animator.still(exerciseId));
}

void PoseView::showStep(const Step& step, double progress)
{
    m_d->loopTimer->stop();
    m_d->loopExercise.clear();
    // Called at frame rate: a hold, or a paused session, gives the same frame
    // again and again, and that must cost nothing.
    present(m_d->animator.frame(step, progress));
}

void PoseView::present(const PoseFrame& next)
{
    if (m_d->frame && m_d->frame->sameAs(next))
        return;
    const bool sameScene = m_d->frame && m_d->frame->exerciseId == next.exerciseId
        && m_d->frame->mirrored == next.mirrored && m_d->footprint;
    const ExerciseArt& art = m_d->library.exerciseOrDefault(next.exerciseId);
    const FigureFootprint nextFootprint = m_d->renderer.footprint(QRectF(rect()), art, next.pose, next.mirrored);
    if (!sameScene) {
        m_d->frame = next;
        m_d->footprint = nextFootprint;
        update();
        return;
    }
    if (m_d->footprint->looksLike(nextFootprint, InvisibleMovePx / devicePixelRatioF()))
        return;
    // Only where the figure was and where it goes: the floor, the props and
    // the rest of the view stay as they are.
    const QRect dirty = m_d->footprint->changedBounds(nextFootprint).toAlignedRect();
    m_d->frame = next;
    m_d->footprint = nextFootprint;
    update(dirty);
}

bool PoseView::differsFromShown(const PoseFrame& next) const
{
    if (!m_d->frame || !m_d->footprint)
        return true;
    if (m_d->frame->sameAs(next))
        return false;
    if (m_d->frame->exerciseId != next.exerciseId || m_d->frame->mirrored != next.mirrored)
        return true;
    const ExerciseArt& art = m_d->library.exerciseOrDefault(next.exerciseId);
    return !m_d->footprint->looksLike(m_d->renderer.footprint(QRectF(rect()), art, next.pose, next.mirrored),
                                      InvisibleMovePx / devicePixelRatioF());
}

double PoseView::nextVisibleProgress(const Step& step, double from, double until, double stride) const
{
    if (stride <= 0.0)
        return until;
    for (double progress = from + stride; progress < until; progress += stride) {
        if (differsFromShown(m_d->animator.frame(step, progress)))
            return progress;
    }
    return until;
}

void PoseView::playLoop(const QString& exerciseId)
{
    m_d->loopExercise = exerciseId;
    m_d->loopElapsedMs = 0;
    m_d->loopFrameAtMs = m_d->loopClock.nowMs();
    m_d->frame = m_d->animator.loopFrame(exerciseId, 0);
    m_d->footprint.reset();
    update();
    if (isVisible())
        m_d->loopTimer->start(LoopFrameMs);
}

QSize PoseView::sizeHint() const
{
    return {400, 300};
}

int PoseView::heightForWidth(int width) const
{
    return width * 3 / 4;
}

void PoseView::paintEvent(QPaintEvent* event)
{
    if (!m_d->frame)
        return;
    const ExerciseArt& art = m_d->library.exerciseOrDefault(m_d->frame->exerciseId);
    if (art.poses.isEmpty())
        return;
    QPainter painter(this);
    m_d->renderer.paint(painter, QRectF(rect()), art, m_d->frame->pose, m_d->frame->mirrored, palette(),
                        QRectF(event->rect()));
}

void PoseView::resizeEvent(QResizeEvent* event)
{
    m_d->footprint.reset(); // Qt repaints the whole view at its new size
    QWidget::resizeEvent(event);
}

void PoseView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        update();
    QWidget::changeEvent(event);
}

QPixmap renderPoseStill(const QString& exerciseId, const QSize& logicalSize, qreal devicePixelRatio,
                        const QPalette& palette)
{
    if (logicalSize.isEmpty())
        return {};
    QPixmap pixmap(logicalSize * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    const PoseLibrary& library = PoseLibrary::builtIn();
    const ExerciseArt& art = library.exerciseOrDefault(exerciseId);
    if (art.poses.isEmpty())
        return pixmap;
    // Renderers keep per-exercise bounds; one shared instance keeps lists of cards cheap.
    static const PoseFigureRenderer renderer(library);
    const PoseFrame frame = PoseAnimator(library).still(exerciseId);
    QPainter painter(&pixmap);
    renderer.paint(painter, QRectF(QPointF(0, 0), QSizeF(logicalSize)), art, frame.pose, false, palette);
    return pixmap;
}

} // namespace limber
