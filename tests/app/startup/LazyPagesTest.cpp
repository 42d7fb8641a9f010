#include "AppTestSupport.h"
#include "VirtualTime.h"

#include "MainWindow.h"
#include "history/HistoryView.h"
#include "home/HomeView.h"
#include "session/SessionView.h"
#include "session/SummaryView.h"

#include "limber/GuidedSession.h"
#include "limber/HistoryRecorder.h"
#include "limber/storage/SqliteHistoryStore.h"

#include <QEvent>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace limber {
namespace {

// The first frame shows home only: the session, its summary and the history
// are built when the person first goes there (widgets/LazyPage), once.
class LazyPagesTest : public test::WidgetTest {
protected:
    void SetUp() override
    {
        WidgetTest::SetUp();
        ASSERT_TRUE(store.open().ok());
        window = std::make_unique<MainWindow>(test::builtinCatalog(), session);
        window->setStopConfirmer([] { return true; });
        test::showActive(*window);
        window->setHistory(&store, &recorder, QString());
    }

    template <typename Page>
    qsizetype built() const
    {
        return window->findChildren<Page*>().size();
    }

    QTemporaryDir dir;
    SqliteHistoryStore store {dir.filePath(QStringLiteral("history.sqlite"))};
    VirtualClock clock;
    VirtualTimerSource timers {clock};
    GuidedSession session {test::builtinCatalog(), clock, timers};
    HistoryRecorder recorder {store, session.engine(), clock, test::builtinCatalog()};
    std::unique_ptr<MainWindow> window;
};

TEST_F(LazyPagesTest, OnlyHomeIsBuiltAtStart)
{
    EXPECT_EQ(window->currentView(), window->homeView());
    EXPECT_EQ(built<HomeView>(), 1);
    EXPECT_EQ(built<SessionView>(), 0);
    EXPECT_EQ(built<SummaryView>(), 0);
    EXPECT_EQ(built<HistoryView>(), 0) << "the history opens with the store, its page only when shown";
}

TEST_F(LazyPagesTest, ASessionBuildsItsPageAndSummaryOnceAndTheHistoryWaitsForItsTurn)
{
    window->startSession({QStringLiteral("pelvic-tilt")});
    ASSERT_TRUE(window->engine().isActive());
    ASSERT_EQ(built<SessionView>(), 1);
    EXPECT_EQ(window->currentView(), window->findChild<SessionView*>());
    EXPECT_EQ(built<SummaryView>(), 1) << "ready before the session can end, for \"This one hurt\"";
    EXPECT_EQ(built<HistoryView>(), 0);

    // It runs to its end: the summary that was built is the one shown.
    test::VirtualTime time(clock);
    time.ticking(window->engine()).firing(timers);
    time.advance(window->engine().plan().totalMs + 1000);
    test::settle();
    EXPECT_EQ(window->currentView(), window->findChild<SummaryView*>());

    window->showHome();
    window->startSession({QStringLiteral("pelvic-tilt")});
    EXPECT_EQ(built<SessionView>(), 1) << "the second session reuses the page";
    EXPECT_EQ(built<SummaryView>(), 1);
    window->showHome();

    window->showHistory();
    ASSERT_EQ(built<HistoryView>(), 1);
    EXPECT_EQ(window->currentView(), window->findChild<HistoryView*>());
    window->showHome();
    window->showHistory();
    EXPECT_EQ(built<HistoryView>(), 1);
}

TEST_F(LazyPagesTest, ALanguageChangeDropsThePagesBuiltSoTheyComeBackInTheNewWords)
{
    window->startSession({QStringLiteral("pelvic-tilt")});
    window->showHome();
    ASSERT_EQ(built<SessionView>(), 1);
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(window.get(), &change);
    test::settle(); // the old pages are deleted later
    EXPECT_EQ(built<SessionView>(), 0);
    EXPECT_EQ(built<SummaryView>(), 0);
    window->startSession({QStringLiteral("pelvic-tilt")});
    EXPECT_EQ(built<SessionView>(), 1);
    EXPECT_EQ(window->currentView(), window->findChild<SessionView*>());
}

} // namespace
} // namespace limber
