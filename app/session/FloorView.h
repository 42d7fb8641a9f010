#pragma once

#include "session/FloorLayout.h"

#include <QWidget>

namespace limber {

class ActionButton;
class Catalog;
class SessionDriver;
class SessionEngine;

// The session "across the room", for someone lying on a mat two or three
// metres from the screen: the countdown's digits over a third of the screen's
// height, what to do now in type readable from there, the exercise and side
// above, and a bar for the step's time. Nothing else: no pose figure (at this
// distance its lines are a blur that would only take room from the digits),
// no breathing guide, no controls but a quiet way out for the mouse.
// Paused and get-ready say so in the same big type. Like SessionView it only
// shows the engine's state; SessionView switches to it and back.
class FloorView final : public QWidget {
    Q_OBJECT

public:
    FloorView(SessionEngine& engine, SessionDriver& driver, const Catalog& catalog, QWidget* parent = nullptr);

    // Read by tests and the screenshot tool.
    const FloorLayout& floorLayout() const { return m_layout; }
    const QString& digits() const { return m_digits; }
    const QString& heading() const { return m_heading; }
    const QString& label() const { return m_label; }
    QRectF digitsInk() const { return m_layout.digitsInk(m_digits); }
    // Digits and label colour; the background is the palette's Window.
    QColor textColour() const;
    const ActionButton* leaveButton() const { return m_leave; }
    // The step progress at which the bar next loses a pixel (1 at most): all
    // that moves between seconds, for the frame pacing (SessionView asks).
    double nextVisibleProgress() const;

Q_SIGNALS:
    void leaveRequested();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void refreshWords();
    void refreshDigits();
    void refreshBar();
    void relayout();
    int barFillWidth() const;
    QString widestDigits() const;

    SessionEngine& m_engine;
    const Catalog& m_catalog;
    FloorLayout m_layout;
    QString m_heading;
    QString m_digits;
    QString m_label;
    bool m_dimmed = false; // paused: the frozen time is quieter than a running one
    double m_left = 1.0;   // what is left of the step, 0..1
    int m_paintedFill = -1;
    ActionButton* m_leave = nullptr;
};

} // namespace limber
