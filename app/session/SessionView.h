#pragma once

#include "session/FullScreen.h"

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QStackedLayout;

namespace limber {

class BreathGuide;
class Catalog;
class CountdownRing;
class ActionButton;
class PictureView;
class FloorView;
class SessionDriver;
class SessionEngine;
class SessionOverlay;
class SlimProgressBar;
struct Step;

// The guided session: what to do now in large words, a big countdown ring,
// where you are (set, rep, side), the pose, a breathing guide, what comes next
// and how much is left. It only shows the engine's state and forwards the
// person's commands; every timing decision stays in the engine.
class SessionView final : public QWidget {
    Q_OBJECT

public:
    // The countdown ring's own pace while it moves: it races round a short
    // step, and 20 frames a second of it read as smooth (SessionDriver
    // gives the figure and the breath up to its 30).
    static constexpr qint64 RingFrameMs = 50;

    SessionView(SessionEngine& engine, SessionDriver& driver, const Catalog& catalog, QWidget* parent = nullptr);

    // Asked before a session is stopped; returns true to stop. Defaults to a
    // message box. Tests inject an answer instead of a blocking dialog.
    void setStopConfirmer(std::function<bool()> confirmer);
    // Pauses, asks, then stops or carries on. Returns true if it stopped.
    bool requestStop();

    // The floor view ("across the room"): the session full screen in big
    // type, for someone on a mat. F11 and the Floor view button switch it;
    // with the setting on, every session opens in it. Esc leaves it first.
    void setFloorView(bool on);
    bool isFloorView() const;
    const FloorView* floorView() const { return m_floor; }

    // Read by tests and the screenshot tool.
    const CountdownRing* ring() const { return m_ring; }
    const BreathGuide* breathGuide() const { return m_breath; }
    const SlimProgressBar* sessionProgress() const { return m_overall; }
    const SessionOverlay* overlay() const { return m_overlay; }
    QString nowText() const;
    QString detailText() const;
    QString positionText() const;
    QString nextText() const;
    QString exerciseText() const;
    QString timeLeftText() const;

Q_SIGNALS:
    void floorViewChanged(bool on);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildStage();
    void leaveFloorOrStop();
    void followSessionStart(bool active);
    QWidget* buildControls();
    void refreshStep();
    void refreshTime();
    void refreshMotion();
    // Tells the driver when what is shown next changes by a pixel.
    void requestNextFrame();
    // Whether the driver's next frame is at most a ring frame away.
    bool frameIsNear() const;
    void refreshState();
    void showGetReady(int secondsLeft);
    bool askToStop();
    void applyFonts();
    void fitTimeLeft();

    SessionEngine& m_engine;
    SessionDriver& m_driver;
    const Catalog& m_catalog;
    std::function<bool()> m_confirmStop;

    QStackedLayout* m_pages = nullptr;
    QWidget* m_normal = nullptr;
    FloorView* m_floor = nullptr;
    FullScreen m_fullScreen;
    bool m_wasActive = false;
    // The seconds the time texts show, so a frame within the same second
    // does not format and compare them again.
    qint64 m_shownStepSeconds = -1;
    qint64 m_shownSessionSeconds = -1;

    QWidget* m_stage = nullptr;
    QLabel* m_exercise = nullptr;
    QLabel* m_exerciseCount = nullptr;
    QLabel* m_timeLeft = nullptr;
    SlimProgressBar* m_overall = nullptr;
    PictureView* m_pose = nullptr;
    CountdownRing* m_ring = nullptr;
    BreathGuide* m_breath = nullptr;
    QLabel* m_now = nullptr;
    QLabel* m_detail = nullptr;
    QLabel* m_next = nullptr;
    SessionOverlay* m_overlay = nullptr;

    ActionButton* m_stopButton = nullptr;
    ActionButton* m_previousButton = nullptr;
    ActionButton* m_pauseButton = nullptr;
    ActionButton* m_nextButton = nullptr;
    ActionButton* m_floorButton = nullptr;
    QAction* m_floorAction = nullptr;
    QAction* m_pauseAction = nullptr;
    QAction* m_previousAction = nullptr;
    QAction* m_nextAction = nullptr;
    QAction* m_stopAction = nullptr;
};

} // namespace limber
