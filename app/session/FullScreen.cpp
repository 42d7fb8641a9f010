#include "session/FullScreen.h"

#include "desktop/X11WindowManager.h"

#include <QMainWindow>
#include <QMenuBar>
#include <QScreen>

#include <spdlog/spdlog.h>

#include <utility>

namespace limber {

namespace {

QMenuBar* menuBarOf(QWidget* window)
{
    // Not QMainWindow::menuBar(): it would make one where there is none.
    auto* main = qobject_cast<QMainWindow*>(window);
    return main ? qobject_cast<QMenuBar*>(main->menuWidget()) : nullptr;
}

} // namespace

FullScreen::FullScreen()
    : FullScreen(&X11WindowManager::honoursFullScreen)
{
}

FullScreen::FullScreen(Honoured honoured)
    : m_honoured(std::move(honoured))
{
}

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
    // Asked before the state changes: the answer is about the desktop, not the window.
    m_sizedByHand = m_honoured && !m_honoured();
    m_geometryBefore = window->geometry();
    window->setWindowState(m_before | Qt::WindowFullScreen);
    if (m_sizedByHand) {
        // Nobody will resize it: cover the screen the window is on, on top.
        QScreen* screen = window->screen();
        if (screen) {
            spdlog::info("full screen: no window manager honours it; the window takes the screen's {}x{}",
                         screen->geometry().width(), screen->geometry().height());
            window->setGeometry(screen->geometry());
        }
        window->raise();
    }
}

void FullScreen::leave()
{
    if (!isOn())
        return;
    QWidget* window = m_window;
    m_window.clear();
    window->setWindowState(m_before & ~Qt::WindowFullScreen);
    if (std::exchange(m_sizedByHand, false))
        window->setGeometry(m_geometryBefore);
    if (QMenuBar* menu = menuBarOf(window); menu && m_menuBarWasVisible)
        menu->show();
}

} // namespace limber
