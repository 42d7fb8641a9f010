#include "widgets/DialogFocusReturn.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace limber {

namespace {

// Not QWidget::isAncestorOf(): it stops at a window, and a dialog is one.
bool belongsTo(const QWidget* widget, const QWidget* window)
{
    for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (parent == window)
            return true;
    }
    return false;
}

} // namespace

DialogFocusReturn::DialogFocusReturn(QWidget* window, std::function<QWidget*()> focusTarget)
    : QObject(window)
    , m_window(window)
    , m_focusTarget(std::move(focusTarget))
{
    // On the application: a dialog may belong to any view, at any depth.
    qApp->installEventFilter(this);
}

DialogFocusReturn::~DialogFocusReturn()
{
    qApp->removeEventFilter(this);
}

bool DialogFocusReturn::eventFilter(QObject* watched, QEvent* event)
{
    // The first test is all most events cost.
    if (event->type() != QEvent::Hide || !watched->isWidgetType())
        return false;
    auto* dialog = qobject_cast<QDialog*>(watched);
    if (dialog && dialog->isWindow() && m_window && belongsTo(dialog, m_window)) {
        // After the dialog has gone: while it hides it is still the active window.
        QTimer::singleShot(0, this, &DialogFocusReturn::giveBack);
    }
    return false;
}

void DialogFocusReturn::giveBack()
{
    if (!m_window || !m_window->isVisible() || m_window->isMinimized())
        return;
    // Another dialog took over (a warning from Preferences' OK): it keeps the keyboard.
    if (QApplication::activeModalWidget() || QApplication::activePopupWidget())
        return;
    const QList<QDialog*> dialogs = m_window->findChildren<QDialog*>();
    for (const QDialog* other : dialogs) {
        if (other->isVisible())
            return;
    }
    m_window->activateWindow();
    QWidget* target = m_focusTarget ? m_focusTarget() : nullptr;
    if (target && target->isVisible())
        target->setFocus(Qt::ActiveWindowFocusReason);
    spdlog::debug("focus: back to the window after a dialog");
}

} // namespace limber
