#pragma once

#include "limber/Catalog.h"
#include "limber/CatalogLoader.h"

#include <gtest/gtest.h>

namespace limber::test {

// The catalog Limber ships, loaded once for the tests that check its facts.
inline const Catalog& builtInCatalog()
{
    static const Catalog catalog = [] {
        LoadedCatalog loaded = loadCatalogs(builtInCatalogPath(), QString());
        EXPECT_TRUE(loaded.issues.isEmpty());
        return loaded.catalog;
    }();
    return catalog;
}

// A small catalog built in code, so engine tests do not depend on the JSON
// files: one two-sided hold exercise and one paced repetition exercise.
inline Catalog smallCatalog()
{
    Catalog catalog;
    catalog.addRegion({QStringLiteral("back"),
                       QStringLiteral("Back"),
                       QStringLiteral("The back."),
                       {QStringLiteral("side-hold"), QStringLiteral("rolls")}});

    Exercise hold;
    hold.id = QStringLiteral("side-hold");
    hold.name = QStringLiteral("Side hold");
    hold.regionId = QStringLiteral("back");
    hold.targets = {QStringLiteral("Back")};
    hold.position = QStringLiteral("Standing");
    hold.steps = {QStringLiteral("Lean.")};
    hold.dose.type = Dose::Type::Hold;
    hold.dose.hold = {30000, std::nullopt, 2, true};
    catalog.addExercise(hold);

    Exercise rolls;
    rolls.id = QStringLiteral("rolls");
    rolls.name = QStringLiteral("Rolls");
    rolls.regionId = QStringLiteral("back");
    rolls.targets = {QStringLiteral("Back")};
    rolls.position = QStringLiteral("Standing");
    rolls.steps = {QStringLiteral("Roll.")};
    rolls.dose.type = Dose::Type::Repetitions;
    rolls.dose.repetitions.reps = 3;
    rolls.dose.repetitions.minReps = 3;
    rolls.dose.repetitions.maxReps = 5;
    rolls.dose.repetitions.phases = {
        {Phase::Kind::Move, QStringLiteral("up"), QStringLiteral("Breathe in, lift"), Breath::In, 3000},
        {Phase::Kind::Hold, QStringLiteral("hold"), QStringLiteral("Hold it"), Breath::None, 2000},
        {Phase::Kind::Move, QStringLiteral("down"), QStringLiteral("Breathe out, drop"), Breath::Out, 3000},
    };
    catalog.addExercise(rolls);
    return catalog;
}

} // namespace limber::test
