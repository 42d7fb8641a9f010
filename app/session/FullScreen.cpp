#include "session/FullScreen.h"

#include <QMainWindow>
#include <QMenuBar>

namespace limber {

namespace {

QMenuBar* menuBarOf(QWidget* window)
{
    // Not QMainWindow::menuBar(): it would make one where there is none.
    auto* main = qobject_cast<QMainWindow*>(window);
    return main ? qobject_cast<QMenuBar*>(main->menuWidget()) : nullptr;
}

} // namespace

void FullScreen::enter(QWidget* window)
{
    if (isOn() || !window)
        return;
    m_window = window;
    m_before = window->windowState();
    if (QMenuBar* menu = menuBarOf(window)) {
        m_menuBarWasVisible = !menu->isHidden();
        menu->hide();
    }
    window->setWindowState(m_before | Qt::WindowFullScreen);
}

void FullScreen::leave()
{
    if (!isOn())
        return;
    QWidget* window = m_window;
    m_window.clear();
    window->setWindowState(m_before & ~Qt::WindowFullScreen);
    if (QMenuBar* menu = menuBarOf(window); menu && m_menuBarWasVisible)
        menu->show();
}

} // namespace limber
