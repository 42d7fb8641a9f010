#include "AppTestSupport.h"
#include "HostedWindows.h"
#include "VirtualTime.h"

#include "MainWindow.h"
#include "reminders/ReminderService.h"
#include "session/SessionView.h"
#include "startup/Translations.h"
#include "startup/WindowHost.h"
#include "tray/StretchTray.h"
#include "tray/TrayCompanion.h"

#include "limber/GuidedSession.h"
#include "limber/Timer.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>

namespace limber {
namespace {

// In the tray (issue 17) the window is built only when something shows it:
// the composition root's WindowHost makes it on first use, and the tray
// companion asks it for the window only to show it.
class LazyWindowTest : public test::WidgetTest, public test::HostedWindows {
protected:
    void SetUp() override
    {
        WidgetTest::SetUp();
        QSettings store;
        store.setValue(QStringLiteral("reminders/enabled"), true);
        store.setValue(QStringLiteral("session/pain_check_in"), false); // a start goes straight to the session
    }

    std::unique_ptr<TrayCompanion> companion(bool startedInTray)
    {
        return std::make_unique<TrayCompanion>(test::builtinCatalog(), clock, windows, session, timers, startedInTray);
    }

    QAction* trayAction(TrayCompanion& tray, const QString& objectName)
    {
        QAction* action = tray.tray().menu()->findChild<QAction*>(objectName);
        EXPECT_NE(action, nullptr) << objectName.toStdString();
        return action;
    }
};

TEST_F(LazyWindowTest, TheHostBuildsTheWindowOnceOnFirstUse)
{
    int built = 0;
    MainWindow* builtWindow = nullptr;
    QObject::connect(&windows, &WindowHost::built, [&](MainWindow& window) {
        ++built;
        builtWindow = &window;
    });
    EXPECT_EQ(windows.existing(), nullptr);
    EXPECT_EQ(builds, 0);
    MainWindow& first = windows.window();
    EXPECT_EQ(built, 1);
    EXPECT_EQ(builtWindow, &first);
    EXPECT_EQ(windows.existing(), &first);
    EXPECT_FALSE(first.isVisible()) << "building is not showing";
    windows.showWindow();
    EXPECT_TRUE(first.isVisible());
    EXPECT_EQ(&windows.window(), &first);
    EXPECT_EQ(builds, 1);
    EXPECT_EQ(built, 1) << "built() once: late connections are made once";
}

TEST_F(LazyWindowTest, RemindersComeWithNoWindowBuilt)
{
    auto tray = companion(false);
    QSignalSpy shown(&tray->reminders(), &ReminderService::reminderShown);
    tray->remindIn(60'000);
    test::VirtualTime(clock).firing(timers).advance(60'000);
    EXPECT_EQ(shown.size(), 1) << "the reminder came";
    EXPECT_FALSE(trayAction(*tray, QStringLiteral("nextReminder"))->text().isEmpty());
    tray->reloadSettings(); // Preferences or `limber --reminders` applied: still no window
    EXPECT_EQ(windows.existing(), nullptr);
    EXPECT_EQ(builds, 0);
}

TEST_F(LazyWindowTest, TheTraysOpenBuildsTheWindowOnceAndShowsIt)
{
    auto tray = companion(false);
    ASSERT_EQ(windows.existing(), nullptr);
    trayAction(*tray, QStringLiteral("open"))->trigger();
    ASSERT_NE(windows.existing(), nullptr);
    MainWindow& window = *windows.existing();
    EXPECT_TRUE(window.isVisible());
    EXPECT_EQ(window.closePolicy(), MainWindow::ClosePolicy::Minimize)
        << "the close policy decided before the window existed reaches it (no tray host offscreen)";
    window.close(); // to the background, as a person closes it
    trayAction(*tray, QStringLiteral("open"))->trigger();
    EXPECT_EQ(windows.existing(), &window) << "the closed window is kept, not built again";
    EXPECT_TRUE(window.isVisible());
    EXPECT_EQ(builds, 1);
}

TEST_F(LazyWindowTest, AReminderStartBuildsTheWindowAndStartsTheSession)
{
    auto tray = companion(false);
    const QStringList ids = tray->reminders().suggestion().exerciseIds;
    ASSERT_FALSE(ids.isEmpty());
    // What a notification's Start, the corner prompt's or the tray's "Start: …" ask for.
    Q_EMIT tray->reminders().startRequested(ids);
    ASSERT_NE(windows.existing(), nullptr);
    EXPECT_TRUE(windows.existing()->isVisible());
    EXPECT_TRUE(session.engine().isActive()) << "the session started in the window just built";
    EXPECT_EQ(windows.existing()->currentView(), windows.existing()->sessionView());
    EXPECT_EQ(builds, 1);
}

TEST_F(LazyWindowTest, TheTrayQuitsWithNoWindowBuilt)
{
    auto tray = companion(false);
    QSignalSpy quit(tray.get(), &TrayCompanion::quitRequested);
    trayAction(*tray, QStringLiteral("quit"))->trigger();
    EXPECT_EQ(quit.size(), 1);
    EXPECT_EQ(windows.existing(), nullptr);
}

TEST_F(LazyWindowTest, WithNoTrayHostATrayStartMinimizesABuiltWindow)
{
    // Offscreen there is no panel to wait in: the task bar is all there is.
    ASSERT_FALSE(StretchTray::isAvailable());
    auto tray = companion(true);
    ASSERT_NE(windows.existing(), nullptr);
    EXPECT_TRUE(windows.existing()->isMinimized());
    EXPECT_EQ(builds, 1);
}

TEST_F(LazyWindowTest, FileProblemsAreToldFromTheIconNamingTheFirstFileAndCountingTheRest)
{
    Translations::apply(QStringLiteral("en")); // English's plural forms
    const QString broken
        = QStringLiteral("/home/sam/.local/share/limber/routines/physio.json: line 4: a comma is missing");
    const TrayCompanion::Message one = TrayCompanion::fileProblemsMessage({broken});
    EXPECT_FALSE(one.title.isEmpty());
    EXPECT_EQ(one.text, broken);

    const TrayCompanion::Message three = TrayCompanion::fileProblemsMessage(
        {broken, QStringLiteral("catalog a: unreadable"), QStringLiteral("catalog b: unreadable")});
    EXPECT_TRUE(three.text.startsWith(broken)) << three.text.toStdString();
    EXPECT_TRUE(three.text.contains(QStringLiteral("2 more file problems"))) << three.text.toStdString();
    EXPECT_TRUE(TrayCompanion::fileProblemsMessage({}).text.isEmpty());

    // With no icon to speak from (offscreen) the window is there and its banner names them.
    auto tray = companion(true);
    tray->tellFileProblems({broken});
    ASSERT_NE(windows.existing(), nullptr);
}

} // namespace
} // namespace limber
