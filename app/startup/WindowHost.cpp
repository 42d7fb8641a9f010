#include "startup/WindowHost.h"

#include "MainWindow.h"

#include <spdlog/spdlog.h>

namespace limber {

WindowHost::WindowHost(Factory factory, QObject* parent)
    : QObject(parent)
    , m_factory(std::move(factory))
{
}

// Out of line: MainWindow is complete here.
WindowHost::~WindowHost() = default;

MainWindow& WindowHost::window()
{
    if (!m_window) {
        m_window = m_factory();
        // The CLI tests and the memory measurements look for this line.
        spdlog::info("main window built");
        Q_EMIT built(*m_window);
    }
    return *m_window;
}

void WindowHost::showWindow()
{
    MainWindow& shown = window();
    if (shown.isMinimized())
        shown.showNormal();
    shown.show();
    shown.raise();
    shown.activateWindow();
}

} // namespace limber
