// The handout model: what a printed handout says for a region, some
// exercise ids or a routine's exercises with their own doses.
#include "AppTestSupport.h"

#include "print/Handout.h"
#include "startup/Translations.h"
#include "text/DoseText.h"
#include "text/DurationText.h"

#include "limber/CatalogText.h"

#include <gtest/gtest.h>

namespace limber {
namespace {

limber::Routine routineOf(const QList<limber::RoutineEntry>& entries)
{
    limber::Routine routine;
    routine.entries = entries;
    return routine;
}

class HandoutTest : public ::testing::Test {
protected:
    void TearDown() override { Translations::apply(QStringLiteral("en")); }
    const Catalog& catalog = test::builtinCatalog();
};

TEST_F(HandoutTest, ARegionGivesItsSuggestedExercisesUnderItsName)
{
    QString error;
    const std::optional<Handout> handout = HandoutBuilder(catalog).fromTarget(QStringLiteral("lower-back"), &error);
    ASSERT_TRUE(handout) << error.toStdString();
    EXPECT_EQ(handout->title, QStringLiteral("Lower back"));
    const QStringList suggested = catalog.region(QStringLiteral("lower-back"))->suggested;
    ASSERT_EQ(handout->exercises.size(), suggested.size());
    for (qsizetype i = 0; i < suggested.size(); ++i) {
        const Exercise& source = *catalog.exercise(suggested.at(i));
        const HandoutExercise& printed = handout->exercises.at(i);
        EXPECT_EQ(printed.id, source.id);
        EXPECT_EQ(printed.name, source.name);
        EXPECT_EQ(printed.position, source.position);
        EXPECT_EQ(printed.steps, source.steps);
        EXPECT_EQ(printed.targets, source.targets);
        EXPECT_FALSE(printed.dose.isEmpty());
        EXPECT_TRUE(printed.length.startsWith(QStringLiteral("about "))) << printed.length.toStdString();
    }
    EXPECT_EQ(handout->exercises.at(0).dose, QStringLiteral("Hold 30 s · 3 times")); // knee-to-chest
    EXPECT_EQ(handout->sessionsPerDay, 1);
    EXPECT_TRUE(handout->notes.isEmpty());
    EXPECT_EQ(handout->date, QDate::currentDate());
    EXPECT_FALSE(handout->sessionLength.isEmpty());
}

TEST_F(HandoutTest, ExerciseIdsKeepTheirOrderAndTheDoseInWords)
{
    const std::optional<Handout> handout
        = HandoutBuilder(catalog).fromTarget(QStringLiteral("cobra, piriformis, shoulder-rolls"));
    ASSERT_TRUE(handout);
    EXPECT_EQ(handout->title, QStringLiteral("Your exercises"));
    ASSERT_EQ(handout->exercises.size(), 3);
    EXPECT_EQ(handout->exercises.at(0).id, QStringLiteral("cobra"));
    EXPECT_EQ(handout->exercises.at(0).dose, QStringLiteral("20–30 times · hold 5 s each"));
    EXPECT_EQ(handout->exercises.at(1).dose, QStringLiteral("3 × 30 s each side"));
    EXPECT_EQ(handout->exercises.at(2).dose, QStringLiteral("10 times, slowly"));
}

TEST_F(HandoutTest, AnUnknownTargetIsRefusedWithTheReason)
{
    QString error;
    EXPECT_FALSE(HandoutBuilder(catalog).fromTarget(QStringLiteral("elbow"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("elbow"))) << error.toStdString();
}

TEST_F(HandoutTest, TheDoseFollowsTheHoldSettingAndTheGivenOverrides)
{
    PlanOptions options;
    options.holdMs = 45000;
    Exercise knees = *catalog.exercise(QStringLiteral("knee-to-chest"));
    EXPECT_EQ(HandoutBuilder(catalog, options).fromExercises(QStringLiteral("x"), {knees}).exercises.at(0).dose,
              QStringLiteral("Hold 45 s · 3 times"));
    // A routine's own dose (five holds) is what gets printed, and timed.
    knees.dose.hold.sets = 5;
    const Handout more = HandoutBuilder(catalog).fromExercises(QStringLiteral("Mine"), {knees});
    EXPECT_EQ(more.title, QStringLiteral("Mine"));
    EXPECT_EQ(more.exercises.at(0).dose, QStringLiteral("Hold 30 s · 5 times"));
    const Handout usual = HandoutBuilder(catalog).fromExercises(QStringLiteral("Mine"),
                                                                {*catalog.exercise(QStringLiteral("knee-to-chest"))});
    EXPECT_NE(more.sessionLength, usual.sessionLength);
}

TEST_F(HandoutTest, ARoutineBringsItsNameNotesOverridesAndHowOften)
{
    Routine routine;
    routine.id = QStringLiteral("after-work");
    routine.name = QStringLiteral("After work");
    routine.notes = QStringLiteral("Slowly, and breathe out into each stretch.");
    routine.frequency = {2, 5};
    RoutineEntry knees {QStringLiteral("knee-to-chest"), {}, QStringLiteral("Stop if it tingles.")};
    knees.dose.holdSeconds = 20;
    knees.dose.sets = 4;
    RoutineEntry rolls {QStringLiteral("shoulder-rolls"), {}, {}};
    rolls.dose.repetitions = 15;
    routine.entries = {knees, {QStringLiteral("gone-exercise"), {}, {}}, rolls};

    PlanOptions options;
    options.holdMs = 45000; // the routine's own hold wins over the setting
    const Handout handout = HandoutBuilder(catalog, options).fromRoutine(routine);
    EXPECT_EQ(handout.title, QStringLiteral("After work"));
    EXPECT_EQ(handout.notes, routine.notes);
    EXPECT_EQ(handout.howOften, QStringLiteral("twice a day, 5 days a week"));
    EXPECT_EQ(handout.sessionsPerDay, 2);
    ASSERT_EQ(handout.exercises.size(), 2); // the unknown entry is left out
    EXPECT_EQ(handout.exercises.at(0).dose, QStringLiteral("Hold 20 s · 4 times"));
    EXPECT_EQ(handout.exercises.at(0).routineNote, QStringLiteral("Stop if it tingles."));
    EXPECT_EQ(handout.exercises.at(1).dose, QStringLiteral("15 times, slowly"));
    EXPECT_TRUE(handout.exercises.at(1).routineNote.isEmpty());
    EXPECT_EQ(handout.sessionLength,
              QStringLiteral("about %1")
                  .arg(DurationText::approximate(Planner(catalog).plan(routineOf({knees, rolls}), options).totalMs)));

    EXPECT_EQ(HandoutBuilder::howOften({}), QString());
    EXPECT_EQ(HandoutBuilder::howOften({1, 7}), QStringLiteral("once a day, every day"));
    EXPECT_EQ(HandoutBuilder::howOften({3, 0}), QStringLiteral("3 times a day"));
    routine.frequency = {9, 0};
    EXPECT_EQ(HandoutBuilder(catalog).fromRoutine(routine).sessionsPerDay, Handout::MaxSessionsPerDay);
}

TEST_F(HandoutTest, UnknownIdsAreLeftOut)
{
    const Handout handout
        = HandoutBuilder(catalog).fromIds(QStringLiteral("t"), {QStringLiteral("cobra"), QStringLiteral("nope")});
    ASSERT_EQ(handout.exercises.size(), 1);
    EXPECT_EQ(handout.exercises.at(0).id, QStringLiteral("cobra"));
    EXPECT_TRUE(HandoutBuilder(catalog).fromIds(QStringLiteral("t"), {}).isEmpty());
}

TEST_F(HandoutTest, ItSpeaksTheInterfaceLanguage)
{
    Translations::apply(QStringLiteral("de"));
    const std::optional<Handout> handout = HandoutBuilder(catalog).fromTarget(QStringLiteral("lower-back"));
    ASSERT_TRUE(handout);
    EXPECT_EQ(handout->title, catalogText(QStringLiteral("Lower back")));
    EXPECT_NE(handout->title, QStringLiteral("Lower back"));
    EXPECT_EQ(handout->exercises.at(0).name, QStringLiteral("Knie zur Brust"));
    EXPECT_NE(handout->exercises.at(0).position, catalog.exercise(QStringLiteral("knee-to-chest"))->position);
    EXPECT_EQ(handout->exercises.at(0).dose,
              DoseText::describe(catalog.exercise(QStringLiteral("knee-to-chest"))->dose, 30000));
    EXPECT_FALSE(handout->exercises.at(0).dose.contains(QStringLiteral("times")));
}

TEST_F(HandoutTest, TheDefaultFileNameComesFromTheTitle)
{
    Handout handout;
    handout.title = QStringLiteral("Lower back");
    EXPECT_EQ(HandoutBuilder::defaultFileName(handout), QStringLiteral("limber-lower-back.pdf"));
    handout.title = QStringLiteral("Unterer Rücken");
    EXPECT_EQ(HandoutBuilder::defaultFileName(handout), QStringLiteral("limber-unterer-rücken.pdf"));
    handout.title = QStringLiteral(" a/b: c?* ");
    EXPECT_EQ(HandoutBuilder::defaultFileName(handout), QStringLiteral("limber-a-b-c.pdf"));
    handout.title = QStringLiteral("../..");
    EXPECT_EQ(HandoutBuilder::defaultFileName(handout), QStringLiteral("limber-handout.pdf"));
}

} // namespace
} // namespace limber
