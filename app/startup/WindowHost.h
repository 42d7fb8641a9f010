#pragma once

#include <QObject>

#include <functional>
#include <memory>

namespace limber {

class MainWindow;

// Who owns Limber's one window, and when it is made. A normal start asks for
// it at once; in the tray nothing builds it until something has to show it
// (the tray's Open, a reminder's Start, a second `limber`, MPRIS Raise), so
// a Limber that waits all day for its reminders never pays for home, its
// figure and the menus. Everything that needs the window asks here, never
// keeps one taken at start-up; what must be wired to it listens to built().
// Once made, the window stays (closing it to the tray only hides it).
class WindowHost final : public QObject {
    Q_OBJECT

public:
    using Factory = std::function<std::unique_ptr<MainWindow>()>;

    explicit WindowHost(Factory factory, QObject* parent = nullptr);
    ~WindowHost() override;

    // The window, built on the first call (built() is emitted before this returns).
    MainWindow& window();
    // Null until something asked for the window: for those that only act on one that exists.
    MainWindow* existing() const { return m_window.get(); }
    // Builds the window if need be and brings it forward (un-minimized, raised, active).
    void showWindow();

Q_SIGNALS:
    // The window has just been made: connect to it and hand it what it shows.
    void built(limber::MainWindow& window);

private:
    Factory m_factory;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace limber
