#include "AppTestSupport.h"
#include "VirtualTime.h"

#include "MainWindow.h"
#include "session/SummaryView.h"

#include "limber/ReminderSettings.h"

#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>

namespace limber {
namespace {

// After a first finished session the summary offers reminders in one click, once.
class SummaryRemindersTest : public test::WidgetTest {
protected:
    void SetUp() override
    {
        WidgetTest::SetUp();
        QSettings().remove(QStringLiteral("reminders"));
        window = std::make_unique<MainWindow>(test::builtinCatalog(), session);
        test::showActive(*window);
    }
    void TearDown() override { QSettings().remove(QStringLiteral("reminders")); }

    void runSession()
    {
        window->startSession({QStringLiteral("pelvic-tilt")});
        test::VirtualTime(clock).ticking(window->engine()).advance(window->engine().plan().totalMs + 1000);
        ASSERT_EQ(window->currentView(), window->summaryView());
    }

    VirtualClock clock;
    VirtualTimerSource timers {clock};
    GuidedSession session {test::builtinCatalog(), clock, timers};
    std::unique_ptr<MainWindow> window;
};

TEST_F(SummaryRemindersTest, OneClickTurnsRemindersOnAndItIsOfferedOnce)
{
    runSession();
    QPushButton* offer = window->summaryView()->remindersButton();
    ASSERT_FALSE(offer->isHidden());
    QSignalSpy applied(window.get(), &MainWindow::preferencesApplied);
    offer->click();
    EXPECT_TRUE(offer->isHidden());
    EXPECT_TRUE(ReminderSettings::load(QSettings()).enabled);
    EXPECT_EQ(applied.size(), 1) << "so the tray and the scheduler follow at once";

    // Off again by hand: the summary does not nag.
    ReminderSettings off = ReminderSettings::load(QSettings());
    off.enabled = false;
    QSettings store;
    off.save(store);
    runSession();
    EXPECT_TRUE(window->summaryView()->remindersButton()->isHidden());
}

TEST_F(SummaryRemindersTest, NotOfferedWhenTheyAreOnAlready)
{
    ReminderSettings on;
    on.enabled = true;
    QSettings store;
    on.save(store);
    runSession();
    EXPECT_TRUE(window->summaryView()->remindersButton()->isHidden());
}

} // namespace
} // namespace limber
