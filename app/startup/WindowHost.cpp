#include "startup/WindowHost.h"

#include "MainWindow.h"
#include "home/HomeView.h"
#include "tray/FreedMemory.h"
#include "widgets/NoticeBanner.h"

#include <QApplication>

#include <spdlog/spdlog.h>

namespace limber {

WindowHost::WindowHost(Factory factory, QObject* parent)
    : QObject(parent)
    , m_factory(std::move(factory))
{
}

// A release still queued when Limber quits (the loop that would have run it
// has ended) is done here, so the window is never leaked.
WindowHost::~WindowHost()
{
    delete m_leaving.data();
}

MainWindow& WindowHost::window()
{
    if (!m_window) {
        if (!m_beforeWindow.size()) // the first window: what it brings in is given back when it goes
            m_beforeWindow = ResidentCode::now();
        m_window = m_factory();
        // The CLI tests and the memory measurements look for this line.
        spdlog::info("main window built");
        std::exchange(m_homeChoice, {}).applyTo(*m_window->homeView());
        Q_EMIT built(*m_window);
        keepNoticesDismissed(*m_window);
    }
    return *m_window;
}

void WindowHost::keepNoticesDismissed(MainWindow& window)
{
    // Run after built(): the notices have their words by now. The same words
    // are the same news, and a window built again must not bring them back.
    const auto key = [](const NoticeBanner& notice) { return notice.objectName() + QLatin1Char('\n') + notice.text(); };
    for (NoticeBanner* notice : window.findChildren<NoticeBanner*>()) {
        if (m_dismissedNotices.contains(key(*notice)))
            notice->hide();
        connect(notice, &NoticeBanner::dismissed, this,
                [this, notice, key] { m_dismissedNotices.insert(key(*notice)); });
    }
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

QString WindowHost::reasonToKeep(MainWindow& window)
{
    if (window.isVisible())
        return QStringLiteral("it is shown");
    if (window.engine().isActive())
        return QStringLiteral("a session runs in it");
    if (window.offersToContinue())
        return QStringLiteral("its summary offers to continue a stopped session");
    // Dialogs are windows of their own (isAncestorOf stops at them): walk up from each.
    for (const QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget == &window || !widget->isVisible())
            continue;
        for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
            if (parent == &window)
                return QStringLiteral("one of its dialogs is open");
        }
    }
    return {};
}

bool WindowHost::release()
{
    if (!m_window)
        return false;
    if (const QString reason = reasonToKeep(*m_window); !reason.isEmpty()) {
        spdlog::info("main window kept: {}", reason.toStdString());
        return false;
    }
    m_homeChoice = HomeChoice::of(*m_window->homeView());
    m_leaving = m_window.release();
    // Later, not now: this runs from the window's own close event, and
    // deleteLater waits for the event loop the close came from.
    // Queued: once the window's last child is gone.
    connect(m_leaving, &QObject::destroyed, this, &WindowHost::giveBackMemory, Qt::QueuedConnection);
    m_leaving->deleteLater();
    spdlog::info("main window closed to the tray: releasing it");
    return true;
}

void WindowHost::giveBackMemory()
{
    FreedMemory::returnToSystem();
    const qint64 pages = ResidentCode::pageOutSince(m_beforeWindow);
    // tools/measure-peers.sh and the tray tests read this line.
    spdlog::info("main window released: {} pages of its code given back", pages);
    Q_EMIT released();
}

} // namespace limber
