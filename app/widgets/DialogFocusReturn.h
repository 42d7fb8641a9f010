#pragma once

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>

namespace limber {

// Gives a window the keyboard back whenever one of its dialogs closes (the
// pain check-in, "Stop this session?", Preferences, any message box): it
// activates the window and focuses what `focusTarget` names (the current
// view), so Space pauses at once. A window manager usually does this; without
// one, X11 leaves the keyboard with nobody and the keys do nothing until the
// person clicks.
class DialogFocusReturn final : public QObject {
    Q_OBJECT

public:
    // Parented to `window`; watches the dialogs of `window` and of its children.
    DialogFocusReturn(QWidget* window, std::function<QWidget*()> focusTarget);
    ~DialogFocusReturn() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void giveBack();

    QPointer<QWidget> m_window;
    std::function<QWidget*()> m_focusTarget;
};

} // namespace limber
