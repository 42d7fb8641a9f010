#pragma once

#include "home/HomeChoice.h"
#include "tray/ResidentCode.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

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
//
// Closed to the tray, the window is given back (release()) unless something
// in it would be lost, and built again the next time it is shown, with what
// was chosen on home and without the notices already dismissed. Pointers to it or its children must therefore be
// QPointers or connections, never plain pointers kept from built().
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

    // The window was closed to the tray: destroys it (once control is back in
    // the event loop), so that Limber waits with what the tray needs and no
    // more. Kept, and false returned, while it is shown or minimized, a
    // session runs, a stopped session's summary is up or one of its dialogs
    // is open: those would be lost.
    bool release();
    // Why release() would keep the window now; empty when it may go.
    static QString reasonToKeep(MainWindow& window);

Q_SIGNALS:
    // The window has just been made: connect to it and hand it what it shows.
    void built(limber::MainWindow& window);
    // A released window has been destroyed, and what it held given back:
    // its heap (FreedMemory) and the code it ran (ResidentCode).
    void released();

private:
    void giveBackMemory();
    void keepNoticesDismissed(MainWindow& window);

    Factory m_factory;
    std::unique_ptr<MainWindow> m_window;
    QPointer<MainWindow> m_leaving;   // released, its deletion queued
    HomeChoice m_homeChoice;          // from the last window released, for the next one
    ResidentCode m_beforeWindow;      // what was in memory before the first window was built
    QSet<QString> m_dismissedNotices; // the window's notices the person dismissed (name and words)
};

} // namespace limber
