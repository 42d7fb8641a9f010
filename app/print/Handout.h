#pragma once

#include "limber/Catalog.h"
#include "limber/Plan.h"
#include "limber/routines/Routine.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace limber {

// One exercise as the handout prints it: every text already in the words
// and the language the patient reads.
struct HandoutExercise {
    QString id;
    QString name;
    QString dose;   // "Hold 30 s · 3 times"
    QString length; // "about 2 min" for one round of this exercise
    QStringList targets;
    QString position;
    QStringList steps;
    QString note;
    QString routineNote; // the routine's own words for this exercise ("stop if it tingles")
};

// What a printed handout says: a title (the routine's or the region's name),
// the notes that came with it, how often to do it, and the exercises. A
// routine, a region or a list of exercise ids are all just sources of one.
struct Handout {
    QString title;
    QString notes;    // free text from whoever prescribed the routine; may be empty
    QString howOften; // "twice a day"; empty when the source does not say
    int sessionsPerDay = 1;
    QString sessionLength; // "about 4 min"
    QDate date;            // printed in the header
    QList<HandoutExercise> exercises;

    static constexpr int MaxSessionsPerDay = 6; // the tick grid has a row per session (RoutineLimits::MaxTimesPerDay)
    bool isEmpty() const { return exercises.isEmpty(); }
};

// Builds handouts from what Limber knows. The doses are those a session
// would run with `options` (the hold-length setting, the chosen counts).
class HandoutBuilder final {
    Q_DECLARE_TR_FUNCTIONS(limber::HandoutBuilder)

public:
    explicit HandoutBuilder(const Catalog& catalog, PlanOptions options = {});

    // The exercises as given, with their effective doses (a routine passes
    // its overrides already applied). Texts of the built-in catalog are translated.
    Handout fromExercises(const QString& title, const QList<Exercise>& exercises) const;
    // Exercise ids of the catalog; unknown ids are left out.
    Handout fromIds(const QString& title, const QStringList& exerciseIds) const;
    // What --plan takes: a region (its suggested exercises, titled with its
    // name) or comma-separated ids. Empty, with `error` set, when it names nothing.
    std::optional<Handout> fromTarget(const QString& target, QString* error = nullptr) const;
    // A routine: its name, notes and how often, each entry with its dose
    // overrides and its note. Entries naming no exercise of the catalog are left out.
    Handout fromRoutine(const Routine& routine) const;

    // "twice a day, 5 days a week"; empty when the routine does not say.
    static QString howOften(const RoutineFrequency& frequency);

    // "limber-lower-back.pdf": a file name from the title, safe on any file system.
    static QString defaultFileName(const Handout& handout);

private:
    // `exercise` (its dose as it will be done) in the handout's words; `plan` is its plan alone.
    static HandoutExercise describe(const Exercise& exercise, const Plan& plan);

    const Catalog& m_catalog;
    PlanOptions m_options;
};

} // namespace limber
