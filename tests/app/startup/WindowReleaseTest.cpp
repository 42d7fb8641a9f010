#include "AppTestSupport.h"
#include "HostedWindows.h"
#include "VirtualTime.h"

#include "MainWindow.h"
#include "home/ExerciseCard.h"
#include "home/HomeView.h"
#include "home/RoutinePanel.h"
#include "reminders/ReminderService.h"
#include "startup/WindowHost.h"
#include "tray/StretchTray.h"
#include "tray/TrayCompanion.h"
#include "widgets/NoticeBanner.h"

#include "limber/GuidedSession.h"
#include "limber/Timer.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>

namespace limber {
namespace {

// Closed to the tray (issue 17: ≤ 35 MB in the tray once the window has been
// open), the window is destroyed and built again when next shown, unless
// something in it would be lost.
class WindowReleaseTest : public test::WidgetTest, public test::HostedWindows {
protected:
    void SetUp() override
    {
        WidgetTest::SetUp();
        QSettings store;
        store.setValue(QStringLiteral("reminders/enabled"), true);
        store.setValue(QStringLiteral("session/pain_check_in"), false);
        store.setValue(QStringLiteral("tray/told_about_close"), true); // no balloon from the first close
        tray = std::make_unique<TrayCompanion>(test::builtinCatalog(), clock, windows, session, timers, false);
    }

    // The window as the tray's Open shows it, closing to the tray as it does
    // on a desktop with a panel (offscreen has none, so the policy is set here).
    MainWindow& openFromTray()
    {
        tray->tray().menu()->findChild<QAction*>(QStringLiteral("open"))->trigger();
        MainWindow& window = *windows.existing();
        window.setClosePolicy(MainWindow::ClosePolicy::Hide);
        return window;
    }

    // What the event loop does once the close has returned: the queued deletion, then what it queued.
    static void settle()
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }

    std::unique_ptr<TrayCompanion> tray;
};

TEST_F(WindowReleaseTest, AWindowClosedToTheTrayIsDestroyedAndBuiltAgainWithHomesChoice)
{
    MainWindow& first = openFromTray();
    first.homeView()->selectRegion(QStringLiteral("lower-back"));
    const QList<ExerciseCard*> cards = first.homeView()->routinePanel()->cards();
    ASSERT_GE(cards.size(), 2);
    cards.at(0)->setIncluded(false);
    const QString unticked = cards.at(0)->exerciseId();
    const QStringList chosen = first.homeView()->routinePanel()->chosenExerciseIds();

    QPointer<MainWindow> closed = &first;
    QSignalSpy released(&windows, &WindowHost::released);
    first.close(); // to the tray (the close event is ignored: Limber goes on)
    EXPECT_EQ(windows.existing(), nullptr) << "nothing may reach the window once it is going";
    settle();
    EXPECT_TRUE(closed.isNull()) << "the window was destroyed once the loop ran";
    EXPECT_EQ(released.size(), 1);

    MainWindow& second = openFromTray();
    EXPECT_EQ(builds, 2);
    EXPECT_TRUE(second.isVisible());
    RoutinePanel& panel = *second.homeView()->routinePanel();
    EXPECT_EQ(panel.regionId(), QStringLiteral("lower-back")) << "home shows the region chosen before";
    EXPECT_EQ(panel.chosenExerciseIds(), chosen) << "with the same exercises ticked";
    EXPECT_FALSE(panel.chosenExerciseIds().contains(unticked));
}

TEST_F(WindowReleaseTest, ANoticeDismissedBeforeStaysDismissedInTheWindowBuiltAgain)
{
    QStringList problems {
        QStringLiteral("/home/sam/.local/share/limber/routines/physio.json: line 4: a comma is missing")};
    // As LimberApp::wireWindow hands every window what start-up found.
    QObject::connect(&windows, &WindowHost::built, [&](MainWindow& window) { window.setCatalogProblems(problems); });
    MainWindow& first = openFromTray();
    ASSERT_FALSE(first.problemsBanner()->isHidden());
    first.problemsBanner()->dismissButton()->click();
    first.close();
    settle();

    MainWindow& second = openFromTray();
    ASSERT_NE(&second, nullptr);
    EXPECT_EQ(builds, 2);
    EXPECT_TRUE(second.problemsBanner()->isHidden()) << "the person already dismissed this news";
    second.close();
    settle();

    problems.append(QStringLiteral("catalog extra.json: unreadable")); // new news is told
    MainWindow& third = openFromTray();
    EXPECT_FALSE(third.problemsBanner()->isHidden());
}

TEST_F(WindowReleaseTest, AReminderStartAfterAReleaseBuildsTheWindowAgainAndStartsTheSession)
{
    openFromTray().close();
    settle();
    ASSERT_EQ(windows.existing(), nullptr);
    const QStringList ids = tray->reminders().suggestion().exerciseIds;
    ASSERT_FALSE(ids.isEmpty());
    Q_EMIT tray->reminders().startRequested(ids);
    ASSERT_NE(windows.existing(), nullptr);
    EXPECT_EQ(builds, 2);
    EXPECT_TRUE(session.engine().isActive()) << "the session runs in the window built again";
    EXPECT_EQ(windows.existing()->closePolicy(), MainWindow::ClosePolicy::Minimize)
        << "the tray's close policy reaches the new window too (no panel offscreen)";
}

TEST_F(WindowReleaseTest, AStoppedSessionsSummaryKeepsTheWindow)
{
    MainWindow& window = openFromTray();
    window.startSession(QStringList {QStringLiteral("pelvic-tilt"), QStringLiteral("knee-to-chest")});
    ASSERT_TRUE(session.engine().isActive());
    test::VirtualTime(clock).firing(timers).advance(15'000);
    window.engine().stop();
    window.showStoppedSummary(1); // "Continue where I stopped" is on offer
    ASSERT_TRUE(window.offersToContinue());
    window.close();
    settle();
    EXPECT_EQ(windows.existing(), &window) << "the offer to continue would be lost";
    EXPECT_FALSE(window.isVisible());
    EXPECT_EQ(builds, 1);
}

TEST_F(WindowReleaseTest, AFinishedSessionsSummaryDoesNotKeepTheWindow)
{
    // The usual end of the day's stretch: the session done, its summary up, the window closed.
    MainWindow& window = openFromTray();
    window.startSession(QStringList {QStringLiteral("pelvic-tilt")});
    ASSERT_TRUE(session.engine().isActive());
    test::VirtualTime(clock).firing(timers).advance(10 * 60'000);
    ASSERT_FALSE(session.engine().isActive()) << "the session ran to its end";
    ASSERT_EQ(window.currentView(), window.summaryView());
    EXPECT_FALSE(window.offersToContinue());
    QPointer<MainWindow> closed = &window;
    window.close();
    settle();
    EXPECT_TRUE(closed.isNull()) << "nothing in a finished summary is lost";
    EXPECT_EQ(windows.existing(), nullptr);
}

TEST_F(WindowReleaseTest, AnOpenDialogOfTheWindowKeepsIt)
{
    MainWindow& window = openFromTray();
    auto* dialog = new QDialog(&window); // e.g. an exercise's details, left open
    dialog->show();
    window.close();
    settle();
    ASSERT_EQ(windows.existing(), &window);
    EXPECT_EQ(WindowHost::reasonToKeep(window), QStringLiteral("one of its dialogs is open"));
    dialog->close();
    EXPECT_TRUE(WindowHost::reasonToKeep(window).isEmpty()) << "closed too, nothing is left to lose";
}

TEST_F(WindowReleaseTest, AMinimizedWindowIsKept)
{
    // Without a tray the window goes to the task bar: it is still the person's.
    MainWindow& window = openFromTray();
    window.setClosePolicy(MainWindow::ClosePolicy::Minimize);
    window.close();
    settle();
    EXPECT_EQ(windows.existing(), &window);
    EXPECT_FALSE(windows.release()) << "shown (minimized) windows are never released";
}

TEST(WindowHostTest, AReleaseStillQueuedWhenLimberQuitsIsDoneByTheHost)
{
    const SteadyClock clock;
    GuidedSession session {test::builtinCatalog(), clock};
    QPointer<MainWindow> window;
    {
        WindowHost host([&session] { return std::make_unique<MainWindow>(test::builtinCatalog(), session); });
        window = &host.window();
        ASSERT_TRUE(host.release()) << "never shown: nothing to keep it for";
        EXPECT_FALSE(window.isNull()) << "deleted later, not from inside the close";
    } // the loop never ran again: the host deletes it (LeakSanitizer checks the rest)
    EXPECT_TRUE(window.isNull());
}

} // namespace
} // namespace limber
