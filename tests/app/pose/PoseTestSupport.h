#pragma once

#include "limber/Catalog.h"
#include "limber/CatalogLoader.h"
#include "limber/Plan.h"

#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

namespace limber::posetest {

// The exercises the artwork must cover: the built-in catalog. If the catalog
// cannot be read the ids and phases are spelled out, so the artwork is still
// checked against the contract.
struct ExerciseSpec {
    QString id;
    QStringList phases;
    bool perSide = false;
};

inline QList<ExerciseSpec> builtinExercises()
{
    static const QList<ExerciseSpec> specs = [] {
        QList<ExerciseSpec> result;
        const LoadedCatalog loaded = loadCatalogs(builtInCatalogPath(), QString());
        for (const Exercise& exercise : loaded.catalog.exercises()) {
            ExerciseSpec spec {exercise.id, {}, exercise.dose.hold.perSide};
            for (const Phase& phase : exercise.dose.repetitions.phases)
                spec.phases.append(phase.id);
            result.append(spec);
        }
        if (result.isEmpty()) {
            ADD_FAILURE() << "the built-in catalog did not load; checking the documented ids instead";
            result = {
                {QStringLiteral("flexion"), {}, false},
                {QStringLiteral("lateral-flexion"), {}, true},
                {QStringLiteral("shoulder-rolls"),
                 {QStringLiteral("lift"), QStringLiteral("squeeze"), QStringLiteral("drop")},
                 false},
                {QStringLiteral("cat-cow"), {QStringLiteral("cat"), QStringLiteral("cow")}, false},
                {QStringLiteral("childs-pose"), {}, false},
                {QStringLiteral("knee-to-chest"), {}, false},
                {QStringLiteral("piriformis"), {}, true},
                {QStringLiteral("pelvic-tilt"), {}, false},
                {QStringLiteral("cobra"),
                 {QStringLiteral("lift"), QStringLiteral("hold"), QStringLiteral("lower")},
                 false},
            };
        }
        return result;
    }();
    return specs;
}

inline Step makeStep(StepKind kind, const QString& exerciseId, qint64 durationMs, const QString& phaseId = {},
                     int rep = 0, Side side = Side::None, int set = 0)
{
    Step step;
    step.kind = kind;
    step.exerciseId = exerciseId;
    step.durationMs = durationMs;
    step.phaseId = phaseId;
    step.rep = rep;
    step.side = side;
    step.set = set;
    return step;
}

} // namespace limber::posetest
