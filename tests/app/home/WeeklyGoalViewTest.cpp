#include "AppTestSupport.h"

#include "home/HomeView.h"
#include "home/WeeklyGoalView.h"

#include <QLabel>
#include <QTest>

#include <gtest/gtest.h>

namespace limber {
namespace {

class WeeklyGoalViewTest : public test::WidgetTest { };

TEST_F(WeeklyGoalViewTest, SaysHowManyOfTheGoalAreDoneAndShowsAsManyDots)
{
    WeeklyGoalView view;
    EXPECT_TRUE(view.isHidden()) << "nothing to show before it is given a goal";
    view.setProgress(3, 5);
    EXPECT_FALSE(view.isHidden());
    EXPECT_EQ(view.text(), QStringLiteral("3 of 5 sessions this week"));
    EXPECT_EQ(view.accessibleName(), WeeklyGoalView::tr("Weekly goal"));
    EXPECT_EQ(view.accessibleDescription(), view.text()) << "a screen reader hears the same sentence";
    auto* label = view.findChild<QLabel*>();
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(label->text(), view.text());
    auto* dots = view.findChild<GoalDots*>();
    ASSERT_NE(dots, nullptr);
    EXPECT_EQ(dots->dotCount(), 5);
    EXPECT_EQ(dots->filledCount(), 3);
    EXPECT_FALSE(view.grab().isNull());
}

TEST_F(WeeklyGoalViewTest, AReachedGoalIsSaidAndExtraSessionsShow)
{
    WeeklyGoalView view;
    view.setProgress(7, 5);
    EXPECT_EQ(view.text(), QStringLiteral("Weekly goal reached: 7 sessions this week"));
    auto* dots = view.findChild<GoalDots*>();
    EXPECT_EQ(dots->dotCount(), 7);
    EXPECT_EQ(dots->filledCount(), 7);
    view.setProgress(30, 5);
    EXPECT_EQ(dots->dotCount(), 10) << "at most twice the goal, so the row stays short";
    view.setProgress(1, 1);
    EXPECT_EQ(view.text(), QStringLiteral("Weekly goal reached: 1 session this week"));
    view.setProgress(0, 1);
    EXPECT_EQ(view.text(), QStringLiteral("0 of 1 session this week"));
}

TEST_F(WeeklyGoalViewTest, NoGoalOrNonsenseHidesOrClamps)
{
    WeeklyGoalView view;
    view.setProgress(2, 5);
    view.setProgress(2, 0);
    EXPECT_TRUE(view.isHidden());
    EXPECT_TRUE(view.text().isEmpty());
    view.setProgress(-3, 4);
    EXPECT_EQ(view.done(), 0);
    EXPECT_EQ(view.text(), QStringLiteral("0 of 4 sessions this week"));
}

TEST_F(WeeklyGoalViewTest, HomeShowsItThroughItsSetter)
{
    HomeView home(test::builtinCatalog());
    home.resize(1000, 720);
    home.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&home));
    EXPECT_FALSE(home.weeklyGoal()->isVisible());
    home.setWeeklyProgress(2, 5);
    EXPECT_TRUE(home.weeklyGoal()->isVisible());
    EXPECT_EQ(home.weeklyGoal()->text(), QStringLiteral("2 of 5 sessions this week"));
    EXPECT_TRUE(home.rect().contains(home.weeklyGoal()->geometry())) << "it fits on home";
}

} // namespace
} // namespace limber
