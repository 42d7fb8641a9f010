#include "text/DoseText.h"
#include "text/DurationText.h"

#include <gtest/gtest.h>

namespace limber {
namespace {

TEST(DurationTextTest, ApproximateRoundsLikePeopleTalk)
{
    EXPECT_EQ(DurationText::approximate(45'000), QStringLiteral("45 s"));
    EXPECT_EQ(DurationText::approximate(90'000), QStringLiteral("1 min 30 s"));
    EXPECT_EQ(DurationText::approximate(100'000), QStringLiteral("1 min 30 s"));
    EXPECT_EQ(DurationText::approximate(185'000), QStringLiteral("3 min"));
    EXPECT_EQ(DurationText::approximate(355'000), QStringLiteral("6 min"));
    EXPECT_EQ(DurationText::approximate(12 * 60'000 + 20'000), QStringLiteral("12 min"));
    EXPECT_EQ(DurationText::approximate(0), QStringLiteral("5 s")) << "never promise zero";
}

TEST(DurationTextTest, ExactStepLengths)
{
    EXPECT_EQ(DurationText::exact(10'000), QStringLiteral("10 s"));
    EXPECT_EQ(DurationText::exact(60'000), QStringLiteral("1 min"));
    EXPECT_EQ(DurationText::exact(80'000), QStringLiteral("1 min 20 s"));
}

TEST(DurationTextTest, CountdownShowsSecondsThenMinutes)
{
    EXPECT_EQ(DurationText::countdown(29'001), QStringLiteral("30")) << "rounded up, like the engine";
    EXPECT_EQ(DurationText::countdown(1), QStringLiteral("1"));
    EXPECT_EQ(DurationText::countdown(0), QStringLiteral("0"));
    EXPECT_EQ(DurationText::countdown(60'000), QStringLiteral("60"));
    EXPECT_EQ(DurationText::countdown(65'000), QStringLiteral("1:05"));
    EXPECT_EQ(DurationText::clock(220'000), QStringLiteral("3:40"));
}

TEST(DoseTextTest, Holds)
{
    HoldDose threeTimes {30'000, std::nullopt, 3, false};
    EXPECT_EQ(DoseText::describeHold(threeTimes, 30'000), QStringLiteral("Hold 30 s · 3 times"));
    HoldDose perSide {30'000, std::nullopt, 3, true};
    EXPECT_EQ(DoseText::describeHold(perSide, 30'000), QStringLiteral("3 × 30 s each side"));
    HoldDose once {10'000, 10'000, 1, false};
    EXPECT_EQ(DoseText::describeHold(once, 10'000), QStringLiteral("Hold 10 s"));
}

TEST(DoseTextTest, Repetitions)
{
    RepetitionDose rolls;
    rolls.reps = rolls.minReps = rolls.maxReps = 10;
    rolls.phases = {{Phase::Kind::Move, QStringLiteral("lift"), QStringLiteral("Lift"), Breath::In, 3000}};
    EXPECT_EQ(DoseText::describeRepetitions(rolls), QStringLiteral("10 times, slowly"));

    RepetitionDose cobra;
    cobra.reps = 20;
    cobra.minReps = 20;
    cobra.maxReps = 30;
    cobra.phases = {{Phase::Kind::Move, QStringLiteral("lift"), QStringLiteral("Lift"), Breath::In, 2000},
                    {Phase::Kind::Hold, QStringLiteral("hold"), QStringLiteral("Hold"), Breath::None, 5000}};
    EXPECT_EQ(DoseText::describeRepetitions(cobra), QStringLiteral("20–30 times · hold 5 s each"));
}

} // namespace
} // namespace limber
