#pragma once

#include "limber/Picture.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace limber {

// What the breath does during one phase of a repetition.
enum class Breath { None, In, Out };

// One phase of a repetition, e.g. "breathe in, lift the shoulders".
// A Move phase is paced (the user's pace setting stretches or shortens it);
// a Hold phase inside a repetition (cobra's 5 s hold) keeps its length.
struct Phase {
    enum class Kind { Move, Hold };
    Kind kind = Kind::Move;
    QString id;    // stable name of the phase ("lift", "cat"), used by artwork and audio
    QString label; // what the person is told to do, in English (translated at display time)
    Breath breath = Breath::None;
    int durationMs = 0;
};

struct HoldDose {
    int holdMs = 0;
    std::optional<int> maxHoldMs; // "hold up to 10 s": the hold-length setting never exceeds it
    int sets = 1;
    bool perSide = false;
};

struct RepetitionDose {
    int reps = 0;    // default count
    int minReps = 0; // equal to reps unless the dose is a range ("20 to 30")
    int maxReps = 0;
    QList<Phase> phases;
    bool isRange() const { return minReps != maxReps; }
};

struct Dose {
    enum class Type { Hold, Repetitions };
    Type type = Type::Hold;
    HoldDose hold;
    RepetitionDose repetitions;
};

// Where an exercise can be done: a reminder at work suggests only what can
// be done on a chair or standing by the desk.
enum class Place { Chair, Standing, Floor, Kneeling };

struct Exercise {
    QString id;
    QString name;
    QString regionId;
    QStringList targets;
    QList<Place> where; // empty: not said (a user file may leave it out)
    QString position;
    QStringList steps;
    QString note; // optional extra advice
    Dose dose;
    Picture picture; // none for the built-in exercises: they have their pose animation

    bool canBeDoneAt(Place place) const { return where.contains(place); }
};

// "chair", "standing", "floor", "kneeling": the catalog file's words.
QString toString(Place place);
std::optional<Place> placeFromString(const QString& name);

struct Region {
    QString id;
    QString name;
    QString summary;
    QStringList suggested; // the one or two exercise ids proposed first
};

// The bounds a catalog file's doses must keep (the validator refuses what
// lies outside; the exercise editor offers only what lies inside).
struct CatalogLimits {
    static constexpr int MaxHoldSeconds = 600;
    static constexpr int MaxSets = 20;
    static constexpr int MaxReps = 100;
    static constexpr int MaxPhases = 10;
};

// The exercises and regions Limber knows. Pure data; Catalog::load* builds it.
class Catalog final {
public:
    const QList<Region>& regions() const { return m_regions; }
    const QList<Exercise>& exercises() const { return m_exercises; }

    const Region* region(const QString& id) const;
    const Exercise* exercise(const QString& id) const;
    QList<const Exercise*> exercisesOf(const QString& regionId) const;

    // Adds or replaces by id: a user file may override a built-in entry.
    void addRegion(const Region& region);
    void addExercise(const Exercise& exercise);
    // The person deleted one of their own exercises. False when there was none.
    bool removeExercise(const QString& id);

    bool isEmpty() const { return m_exercises.isEmpty(); }

private:
    QList<Region> m_regions;
    QList<Exercise> m_exercises;
};

} // namespace limber
