// The session's frames come when the picture next changes by a pixel, not
// 30 times a second (SessionDriver::requestFrameAt, SessionView asking its
// widgets). These tests run the real session view on the driver's own
// virtual frame timer and check both sides of that bargain: no frame comes
// that paints nothing worth a pixel much more often than needed, and no change
// of a pixel waits longer than a frame of the old steady 30 a second.
#include "AppTestSupport.h"
#include "SessionStage.h"

#include "pose/PoseView.h"
#include "session/BreathGuide.h"
#include "session/CountdownRing.h"
#include "session/SlimProgressBar.h"

#include <QEvent>
#include <QScreen>

#include <vector>

namespace limber {
namespace {

// Counts paint events of the stage's widgets (any widget of the window), and
// apart from them those of the animated pictures: the countdown ring, and the
// figure, the breath and the session bar.
class PaintCounter final : public QObject {
public:
    explicit PaintCounter(QWidget& window)
        : m_window(window)
    {
        qApp->installEventFilter(this);
    }
    ~PaintCounter() override { qApp->removeEventFilter(this); }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()
            && (watched == &m_window || m_window.isAncestorOf(static_cast<QWidget*>(watched)))) {
            ++m_paints;
            if (qobject_cast<CountdownRing*>(watched))
                ++m_ringPaints;
            else if (qobject_cast<PoseView*>(watched) || qobject_cast<BreathGuide*>(watched)
                     || qobject_cast<SlimProgressBar*>(watched))
                ++m_picturePaints;
        }
        return QObject::eventFilter(watched, event);
    }

    int paints() const { return m_paints; }
    int ringPaints() const { return m_ringPaints; }
    int picturePaints() const { return m_picturePaints; }

private:
    QWidget& m_window;
    int m_paints = 0;
    int m_ringPaints = 0;
    int m_picturePaints = 0;
};

class FramePacingTest : public test::WidgetTest {
protected:
    // Frames the driver gives over `ms` of session from where the stage is.
    static int framesOver(test::SessionStage& stage, qint64 ms)
    {
        int frames = 0;
        const auto connection = QObject::connect(&stage.driver(), &SessionDriver::frame, [&frames] { ++frames; });
        stage.advance(ms);
        QObject::disconnect(connection);
        return frames;
    }
};

TEST_F(FramePacingTest, AStillHoldIsDrawnAboutOnceASecond)
{
    test::SessionStage stage(test::builtinCatalog(), {QStringLiteral("childs-pose")},
                             test::SessionStage::Pacing::Driver);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&stage.window()));
    stage.advance(14'000); // past the lead-in and into the first hold
    ASSERT_EQ(stage.engine().currentStep()->kind, StepKind::Hold);
    EXPECT_EQ(stage.driver().nextFrameMs(), -1) << "no frame timer in a still hold";
    PaintCounter counter(stage.window());
    const int frames = framesOver(stage, 10'000);
    EXPECT_LE(frames, 12) << "a frame when the step changes or its second does, never 30 a second";
    EXPECT_LE(counter.ringPaints(), 12) << "the ring moves once a second";
    EXPECT_LE(counter.picturePaints(), 12) << "the figure is still; the bar moves with the seconds";
}

TEST_F(FramePacingTest, MovementGetsFramesAtMostAtTheOldPaceAndMostlyWhenSomethingMoved)
{
    test::SessionStage stage(test::builtinCatalog(), {QStringLiteral("shoulder-rolls")},
                             test::SessionStage::Pacing::Driver);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&stage.window()));
    stage.advance(8000);
    ASSERT_EQ(stage.engine().currentStep()->kind, StepKind::Move);
    int frames = 0;
    int idleFrames = 0;
    qint64 shortestGap = SessionDriver::MaxFrameIntervalMs;
    qint64 last = -1;
    PaintCounter counter(stage.window());
    for (qint64 end = stage.clock().nowMs() + 9000; stage.clock().nowMs() < end;) {
        const int paintsBefore = counter.paints();
        const qint64 due = stage.driver().nextFrameMs();
        stage.frame();
        if (due < 0 || stage.clock().nowMs() != due)
            continue; // a tick (the countdown's second), not a frame
        ++frames;
        if (counter.paints() == paintsBefore)
            ++idleFrames;
        if (last >= 0)
            shortestGap = std::min(shortestGap, due - last);
        last = due;
    }
    EXPECT_GE(shortestGap, SessionDriver::FrameIntervalMs) << "never faster than 30 a second";
    EXPECT_LE(frames, 9000 / SessionDriver::FrameIntervalMs + 1);
    EXPECT_GT(frames, 9000 / SessionDriver::MaxFrameIntervalMs) << "the movement is shown";
    EXPECT_LE(idleFrames * 10, frames) << "a frame should paint what moved: " << idleFrames << " of " << frames
                                       << " painted nothing";
}

// At moments between the driver's frames, a frame of the old steady pace
// (frame() as its 30-a-second timer sent it) would paint nothing of the
// figure, the breath or the bar, unless the driver's next frame is less than
// one such frame away: no change of a pixel is shown later than the steady
// pace would have shown it. The ring keeps its own pace (RingFrameMs), and
// while it moves the others share its frames, so they may wait as long.
TEST_F(FramePacingTest, NoPixelChangeWaitsLongerThanASteadyFrame)
{
    for (const char* exercise : {"shoulder-rolls", "cat-cow", "cobra"}) {
        SCOPED_TRACE(exercise);
        test::SessionStage stage(test::builtinCatalog(), {QString::fromLatin1(exercise)},
                                 test::SessionStage::Pacing::Driver);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&stage.window()));
        stage.advance(6000);
        PaintCounter counter(stage.window());
        int checked = 0;
        // Irregular, so the samples fall anywhere between frames.
        for (const qint64 step : {7, 250, 111, 523, 61, 999, 1301, 17, 442, 2003, 87, 350}) {
            stage.advance(step);
            const qint64 next = stage.driver().nextFrameMs();
            if (next < 0 || !stage.engine().isActive())
                continue;
            const qint64 ringMoves = stage.driver().clockMsAtStepProgress(stage.view().ring()->nextVisibleProgress());
            const qint64 allowed = ringMoves - stage.clock().nowMs() <= SessionView::RingFrameMs
                ? SessionView::RingFrameMs
                : SessionDriver::FrameIntervalMs;
            const int pictures = counter.picturePaints();
            const int ring = counter.ringPaints();
            Q_EMIT stage.driver().frame();
            test::settle();
            const qint64 wait = next - stage.clock().nowMs();
            EXPECT_FALSE(counter.picturePaints() > pictures && wait >= allowed)
                << "at " << stage.clock().nowMs() << " ms a pixel had changed, but the next frame was only due at "
                << next;
            EXPECT_FALSE(counter.ringPaints() > ring && wait >= SessionView::RingFrameMs)
                << "at " << stage.clock().nowMs() << " ms the ring had moved, but the next frame was only due at "
                << next;
            ++checked;
        }
        EXPECT_GE(checked, 6);
    }
}

// In a 3-second move the ring's end moves a pixel every few milliseconds, so
// every frame is one of the ring's, and the figure, the breath and the bar
// change on those frames rather than between them: about RingFrameMs apart,
// each painting the ring, and the countdown's second changing with a frame,
// not on a repaint of its own.
TEST_F(FramePacingTest, AMoveIsDrawnOnTheRingsFramesOnly)
{
    test::SessionStage stage(test::builtinCatalog(), {QStringLiteral("shoulder-rolls")},
                             test::SessionStage::Pacing::Driver);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&stage.window()));
    stage.advance(8000);
    ASSERT_EQ(stage.engine().currentStep()->kind, StepKind::Move);
    PaintCounter counter(stage.window());
    int frames = 0;
    int framesWithoutRing = 0;
    int paintsBetweenFrames = 0;
    qint64 shortestGap = SessionDriver::MaxFrameIntervalMs;
    qint64 longestGap = 0;
    qint64 last = -1;
    const qint64 spell = 9000;
    for (const qint64 end = stage.clock().nowMs() + spell; stage.clock().nowMs() < end;) {
        const int paints = counter.paints();
        const int ring = counter.ringPaints();
        const qint64 due = stage.driver().nextFrameMs();
        const int stepBefore = stage.engine().currentIndex();
        stage.frame();
        if (due < 0 || stage.clock().nowMs() != due) {
            // A tick: only a new step (which brings a frame of its own) paints.
            if (stage.engine().currentIndex() == stepBefore)
                paintsBetweenFrames += counter.paints() - paints;
            else
                last = stage.clock().nowMs();
            continue;
        }
        ++frames;
        if (counter.ringPaints() == ring)
            ++framesWithoutRing;
        if (last >= 0) {
            shortestGap = std::min(shortestGap, due - last);
            longestGap = std::max(longestGap, due - last);
        }
        last = due;
    }
    EXPECT_EQ(framesWithoutRing, 0) << "of " << frames << " frames";
    EXPECT_EQ(paintsBetweenFrames, 0) << "the countdown's second waits for the frame";
    EXPECT_LE(frames, spell / SessionView::RingFrameMs + 1);
    EXPECT_GE(frames, spell / SessionView::RingFrameMs * 3 / 4);
    EXPECT_GE(shortestGap, SessionDriver::FrameIntervalMs);
    // A millisecond over for rounding: frames are aimed at whole milliseconds of progress.
    EXPECT_LE(longestGap, SessionView::RingFrameMs + 1) << "the ring's own pace";
}

// The driver-paced session leaves on screen what a full repaint of the same
// moment draws (PartialRepaintTest does this for the steady pace).
TEST_F(FramePacingTest, WhatIsOnScreenMatchesAFullRepaint)
{
    test::SessionStage stage(test::builtinCatalog(), {QStringLiteral("shoulder-rolls")},
                             test::SessionStage::Pacing::Driver);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&stage.window()));
    QScreen* screen = stage.window().screen();
    ASSERT_NE(screen, nullptr);
    for (const qint64 step : {6100, 1300, 2100, 3300, 700}) {
        stage.advance(step);
        const QImage onScreen
            = screen->grabWindow(stage.window().winId()).toImage().convertToFormat(QImage::Format_RGB32);
        const QImage repainted = stage.window().grab().toImage().convertToFormat(QImage::Format_RGB32);
        ASSERT_EQ(onScreen.size(), repainted.size());
        int stale = 0;
        for (int y = 0; y < onScreen.height(); ++y) {
            const auto* a = reinterpret_cast<const QRgb*>(onScreen.constScanLine(y));
            const auto* b = reinterpret_cast<const QRgb*>(repainted.constScanLine(y));
            for (int x = 0; x < onScreen.width(); ++x) {
                const int difference
                    = std::max({std::abs(qRed(a[x]) - qRed(b[x])), std::abs(qGreen(a[x]) - qGreen(b[x])),
                                std::abs(qBlue(a[x]) - qBlue(b[x]))});
                stale += difference > 48 ? 1 : 0;
            }
        }
        EXPECT_EQ(stale, 0) << "at " << stage.engine().sessionElapsedMs() << " ms";
    }
}

} // namespace
} // namespace limber
