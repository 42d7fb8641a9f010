#include "limber/SetAside.h"

#include "limber/Catalog.h"
#include "limber/CatalogLoader.h"
#include "limber/Plan.h"
#include "limber/ReminderSuggestion.h"

#include <gtest/gtest.h>

namespace limber {
namespace {

const Catalog& builtIn()
{
    static const Catalog catalog = loadCatalogs(builtInCatalogPath(), QString()).catalog;
    return catalog;
}

const QDateTime Marked = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);

SetAsideMark markOf(const QString& exerciseId, qint64 id = 1, const QDateTime& at = Marked)
{
    SetAsideMark mark;
    mark.id = id;
    mark.exerciseId = exerciseId;
    mark.at = at;
    return mark;
}

QStringList ids(std::initializer_list<const char*> names)
{
    QStringList list;
    for (const char* name : names)
        list.append(QString::fromLatin1(name));
    return list;
}

SetAside setAside(std::initializer_list<const char*> exerciseIds)
{
    QList<SetAsideMark> marks;
    qint64 id = 0;
    for (const QString& exerciseId : ids(exerciseIds))
        marks.append(markOf(exerciseId, ++id));
    return SetAside(marks);
}

TEST(SetAsideTest, WithNothingSetAsideTheRegionSuggestsWhatItAlwaysDid)
{
    for (const Region& region : builtIn().regions()) {
        const RegionSuggestion suggestion = suggestFor(builtIn(), region.id);
        EXPECT_EQ(suggestion.exerciseIds, region.suggested) << region.id.toStdString();
        EXPECT_TRUE(suggestion.setAside.isEmpty());
        EXPECT_FALSE(suggestion.everythingSetAside);
    }
}

TEST(SetAsideTest, ASetAsideSuggestionIsReplacedByTheNextFittingOneInItsPlace)
{
    // Knee-to-chest is on the floor; the next one of the lower back not
    // already suggested is the piriformis stretch, on the floor too.
    const RegionSuggestion lower = suggestFor(builtIn(), QStringLiteral("lower-back"), setAside({"knee-to-chest"}));
    EXPECT_EQ(lower.exerciseIds, ids({"piriformis", "pelvic-tilt"}));
    EXPECT_EQ(lower.setAside, ids({"knee-to-chest"}));
    EXPECT_FALSE(lower.everythingSetAside);

    const RegionSuggestion both
        = suggestFor(builtIn(), QStringLiteral("lower-back"), setAside({"knee-to-chest", "pelvic-tilt"}));
    EXPECT_EQ(both.exerciseIds, ids({"piriformis", "cobra"})) << "each stand-in is used once";
}

TEST(SetAsideTest, AStandInDoneInTheSamePlaceIsPreferred)
{
    // Cat-cow is done kneeling: child's pose (kneeling) stands in for it.
    const RegionSuggestion upper = suggestFor(builtIn(), QStringLiteral("upper-back"), setAside({"cat-cow"}));
    EXPECT_EQ(upper.exerciseIds, ids({"shoulder-rolls", "childs-pose"}));
    // Shoulder rolls (chair, standing) have no desk stand-in left: the next one of the region comes instead.
    const RegionSuggestion rolls = suggestFor(builtIn(), QStringLiteral("upper-back"), setAside({"shoulder-rolls"}));
    EXPECT_EQ(rolls.exerciseIds, ids({"childs-pose", "cat-cow"}));
}

TEST(SetAsideTest, WithNoStandInLeftTheSuggestionIsShorter)
{
    const RegionSuggestion neck = suggestFor(builtIn(), QStringLiteral("neck-shoulders"), setAside({"flexion"}));
    EXPECT_EQ(neck.exerciseIds, ids({"lateral-flexion"}));
    EXPECT_FALSE(neck.everythingSetAside);
}

TEST(SetAsideTest, ARegionWithEverythingSetAsideSuggestsNothingAndSaysSo)
{
    const RegionSuggestion neck
        = suggestFor(builtIn(), QStringLiteral("neck-shoulders"), setAside({"flexion", "lateral-flexion"}));
    EXPECT_TRUE(neck.isEmpty());
    EXPECT_TRUE(neck.everythingSetAside);
    EXPECT_EQ(neck.setAside, ids({"flexion", "lateral-flexion"}));

    const RegionSuggestion unknown = suggestFor(builtIn(), QStringLiteral("elbow"), setAside({"flexion"}));
    EXPECT_TRUE(unknown.isEmpty());
    EXPECT_FALSE(unknown.everythingSetAside) << "an unknown region has nothing to set aside";
}

TEST(SetAsideTest, MarksSetAsideElsewhereChangeNothingHere)
{
    const RegionSuggestion neck = suggestFor(builtIn(), QStringLiteral("neck-shoulders"), setAside({"cobra", "gone"}));
    EXPECT_EQ(neck.exerciseIds, builtIn().region(QStringLiteral("neck-shoulders"))->suggested);
}

TEST(SetAsideTest, LiftedMarksDoNotHoldAndTheLatestMarkOfAnExerciseCounts)
{
    SetAsideMark lifted = markOf(QStringLiteral("cobra"), 1);
    lifted.liftedAt = Marked.addDays(1);
    const SetAsideMark older = markOf(QStringLiteral("flexion"), 2, Marked.addDays(-3));
    const SetAsideMark newer = markOf(QStringLiteral("flexion"), 3, Marked);
    const SetAside current({lifted, older, newer, markOf(QString(), 4)});
    EXPECT_FALSE(current.contains(QStringLiteral("cobra")));
    ASSERT_TRUE(current.contains(QStringLiteral("flexion")));
    EXPECT_EQ(current.markFor(QStringLiteral("flexion"))->id, 3);
    EXPECT_EQ(current.exerciseIds(), ids({"flexion"})) << "a mark with no exercise is ignored";
    EXPECT_FALSE(current == SetAside({older})) << "another mark is another state";
    EXPECT_TRUE(current == SetAside({newer}));
}

TEST(SetAsideTest, PlanForARegionFollowsTheSameRuleAsHome)
{
    const Planner planner(builtIn());
    QString error;
    EXPECT_EQ(planner.resolveTarget(QStringLiteral("lower-back"), &error, setAside({"knee-to-chest"})),
              ids({"piriformis", "pelvic-tilt"}));
    EXPECT_EQ(planner.resolveTarget(QStringLiteral("knee-to-chest"), &error, setAside({"knee-to-chest"})),
              ids({"knee-to-chest"}))
        << "naming an exercise is a deliberate choice";
    EXPECT_TRUE(error.isEmpty());

    const QStringList none
        = planner.resolveTarget(QStringLiteral("neck-shoulders"), &error, setAside({"flexion", "lateral-flexion"}));
    EXPECT_TRUE(none.isEmpty());
    EXPECT_TRUE(error.contains(QStringLiteral("set aside"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("neck-shoulders"))) << error.toStdString();
}

TEST(SetAsideTest, AReminderNeverOffersASetAsideExercise)
{
    const SetAside marks = setAside({"flexion"});
    for (int rotation = 0; rotation < 6; ++rotation) {
        const ReminderSuggestion neck
            = ReminderSuggestion::choose(builtIn(), QStringLiteral("neck-shoulders"), rotation, marks);
        EXPECT_EQ(neck.exerciseIds, ids({"lateral-flexion"}));
        const ReminderSuggestion any = ReminderSuggestion::choose(builtIn(), QString(), rotation, marks);
        EXPECT_FALSE(any.exerciseIds.contains(QStringLiteral("flexion")));
        EXPECT_EQ(any.exerciseIds.size(), 1);
    }
    // The neck's desk stretches both set aside: the other desk stretch, from another region.
    const ReminderSuggestion fallback = ReminderSuggestion::choose(builtIn(), QStringLiteral("neck-shoulders"), 0,
                                                                   setAside({"flexion", "lateral-flexion"}));
    EXPECT_EQ(fallback.exerciseIds, ids({"shoulder-rolls"}));
    // Every desk stretch set aside: nothing to offer rather than something that hurt.
    EXPECT_TRUE(
        ReminderSuggestion::choose(builtIn(), QString(), 0, setAside({"flexion", "lateral-flexion", "shoulder-rolls"}))
            .isEmpty());
}

} // namespace
} // namespace limber
