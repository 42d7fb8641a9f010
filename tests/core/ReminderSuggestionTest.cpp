#include "limber/ReminderSuggestion.h"

#include "limber/Catalog.h"
#include "limber/CatalogLoader.h"

#include <gtest/gtest.h>

namespace limber {
namespace {

const Catalog& builtIn()
{
    static const Catalog catalog = loadCatalogs(builtInCatalogPath(), QString()).catalog;
    return catalog;
}

TEST(ReminderSuggestionTest, OffersOnlyWhatCanBeDoneAtTheDesk)
{
    QStringList seen;
    for (int rotation = 0; rotation < 9; ++rotation) {
        const ReminderSuggestion suggestion = ReminderSuggestion::choose(builtIn(), QString(), rotation);
        ASSERT_EQ(suggestion.exerciseIds.size(), 1);
        seen.append(suggestion.exerciseIds.constFirst());
    }
    seen.removeDuplicates();
    seen.sort();
    EXPECT_EQ(
        seen,
        (QStringList {QStringLiteral("flexion"), QStringLiteral("lateral-flexion"), QStringLiteral("shoulder-rolls")}))
        << "in turn, and never a floor or kneeling exercise";
}

TEST(ReminderSuggestionTest, PrefersTheRegionThatHurtLast)
{
    for (int rotation = 0; rotation < 4; ++rotation) {
        const ReminderSuggestion upper = ReminderSuggestion::choose(builtIn(), QStringLiteral("upper-back"), rotation);
        EXPECT_EQ(upper.exerciseIds, QStringList {QStringLiteral("shoulder-rolls")});
        EXPECT_EQ(upper.regionId, QStringLiteral("upper-back"));
        const ReminderSuggestion neck
            = ReminderSuggestion::choose(builtIn(), QStringLiteral("neck-shoulders"), rotation);
        EXPECT_EQ(neck.regionId, QStringLiteral("neck-shoulders"));
    }
    EXPECT_NE(ReminderSuggestion::choose(builtIn(), QStringLiteral("neck-shoulders"), 0).exerciseIds,
              ReminderSuggestion::choose(builtIn(), QStringLiteral("neck-shoulders"), 1).exerciseIds)
        << "the neck's two desk stretches take turns";
}

TEST(ReminderSuggestionTest, ARegionWithNothingForTheDeskFallsBackToTheRest)
{
    const ReminderSuggestion lower = ReminderSuggestion::choose(builtIn(), QStringLiteral("lower-back"), 0);
    ASSERT_FALSE(lower.isEmpty());
    const Exercise* exercise = builtIn().exercise(lower.exerciseIds.constFirst());
    ASSERT_NE(exercise, nullptr);
    EXPECT_TRUE(exercise->canBeDoneAt(Place::Chair));
}

TEST(ReminderSuggestionTest, NothingToOfferWithoutDeskExercises)
{
    Catalog catalog;
    Exercise floorOnly;
    floorOnly.id = QStringLiteral("cobra");
    floorOnly.regionId = QStringLiteral("lower-back");
    floorOnly.where = {Place::Floor};
    catalog.addExercise(floorOnly);
    EXPECT_TRUE(ReminderSuggestion::choose(catalog, QStringLiteral("lower-back"), 0).isEmpty());
}

} // namespace
} // namespace limber
