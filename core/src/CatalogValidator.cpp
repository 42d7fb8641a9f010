#include "CatalogValidator.h"

#include "CatalogPictureReader.h"

#include "limber/JsonReader.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QSet>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

// The limits are generous for any real catalog; they exist so that a broken
// or hostile file is refused with a clear message instead of producing a
// session that runs for days or a list nobody can scroll.
constexpr int SupportedFormat = 1;
constexpr qsizetype MaxRegions = 50;
constexpr qsizetype MaxExercises = 200;
constexpr qsizetype MaxTextEntries = 20; // targets, steps
constexpr qsizetype MaxPhases = CatalogLimits::MaxPhases;
constexpr qsizetype MaxSuggested = 2;
constexpr int MaxHoldSeconds = CatalogLimits::MaxHoldSeconds;
constexpr int MaxSets = CatalogLimits::MaxSets;
constexpr int MaxReps = CatalogLimits::MaxReps;
constexpr double MinPhaseSeconds = 0.5;
constexpr double MaxPhaseSeconds = 120.0;
constexpr int MsPerSecond = 1000;

using Presence = JsonReader::Presence;
using json::element;
using json::member;
using json::number;
using json::quoted;

// Turns a parsed catalog document into Catalog entries and checks the rules
// that go beyond single values: cross-references, duplicates, ranges that
// depend on each other. An item is kept only if reading it added no error.
class CatalogValidator final {
public:
    CatalogValidator(const QString& fileName, const Catalog* known, const CatalogLoader::Pictures& pictures,
                     CatalogParseResult& result)
        : m_json(fileName, result.issues)
        , m_known(known)
        , m_pictures(pictures)
        , m_result(result)
    {
    }

    void run(const QJsonObject& root)
    {
        m_json.checkKeys(root, QString(), {"format"_L1, "regions"_L1, "exercises"_L1});
        if (!readFormat(root))
            return;

        const std::optional<QJsonArray> regions
            = m_json.array(root, QString(), "regions"_L1, MaxRegions, Presence::Optional, u"regions"_s);
        const std::optional<QJsonArray> exercises
            = m_json.array(root, QString(), "exercises"_L1, MaxExercises, Presence::Optional, u"exercises"_s);
        const bool hasRegions = root.contains("regions"_L1);
        const bool hasExercises = root.contains("exercises"_L1);
        if (!hasRegions && !hasExercises) {
            m_json.error(QString(), u"the file defines no regions and no exercises"_s);
            return;
        }

        // Cross-references are judged against what the file declares, even
        // entries that turn out to be broken: one typo should produce one
        // message, not a cascade of "unknown exercise" echoes.
        if (regions)
            declareRegions(*regions);
        if (exercises)
            declareExercises(*exercises);

        if (regions)
            readRegions(*regions);
        if (exercises)
            readExercises(*exercises);
    }

private:
    bool readFormat(const QJsonObject& root)
    {
        const std::optional<QJsonValue> value = m_json.field(root, QString(), "format"_L1, Presence::Required);
        if (!value || !m_json.expectType(*value, QJsonValue::Double, u"format"_s))
            return true; // still worth checking the rest against format 1
        if (value->toDouble() != SupportedFormat) {
            // Another format's fields cannot be judged by these rules; listing
            // them all as wrong would only hide the one message that matters.
            m_json.error(u"format"_s,
                         u"unsupported format "_s + number(value->toDouble())
                             + u"; this version of Limber reads format "_s + QString::number(SupportedFormat));
            return false;
        }
        return true;
    }

    void declareRegions(const QJsonArray& regions)
    {
        for (const QJsonValue& value : regions) {
            const QString regionId = value.toObject().value("id"_L1).toString();
            if (!regionId.isEmpty())
                m_declaredRegions.insert(regionId);
        }
    }

    void declareExercises(const QJsonArray& exercises)
    {
        for (const QJsonValue& value : exercises) {
            const QJsonObject exercise = value.toObject();
            const QString exerciseId = exercise.value("id"_L1).toString();
            if (!exerciseId.isEmpty() && !m_declaredExercises.contains(exerciseId))
                m_declaredExercises.insert(exerciseId, exercise.value("region"_L1).toString());
        }
    }

    bool regionExists(const QString& regionId) const
    {
        return m_declaredRegions.contains(regionId) || (m_known && m_known->region(regionId));
    }

    // This file's declaration wins over `known`: a user file may move an exercise.
    std::optional<QString> regionOfExercise(const QString& exerciseId) const
    {
        const auto declared = m_declaredExercises.constFind(exerciseId);
        if (declared != m_declaredExercises.cend())
            return *declared;
        if (m_known) {
            if (const Exercise* exercise = m_known->exercise(exerciseId))
                return exercise->regionId;
        }
        return std::nullopt;
    }

    void readRegions(const QJsonArray& regions)
    {
        QSet<QString> seen;
        for (qsizetype i = 0; i < regions.size(); ++i) {
            const QString path = element(u"regions"_s, i);
            const int errorsBefore = m_json.errorCount();
            const std::optional<QJsonObject> object = m_json.asObject(regions.at(i), path);
            if (!object)
                continue;
            std::optional<Region> region = readRegion(*object, path);
            if (region && seen.contains(region->id))
                m_json.error(member(path, "id"_L1), u"duplicate region id "_s + quoted(region->id));
            if (region)
                seen.insert(region->id);
            if (region && m_json.errorCount() == errorsBefore)
                m_result.catalog.addRegion(*region);
        }
    }

    std::optional<Region> readRegion(const QJsonObject& object, const QString& path)
    {
        m_json.checkKeys(object, path, {"id"_L1, "name"_L1, "summary"_L1, "suggested"_L1});
        const std::optional<QString> regionId = m_json.id(object, path);
        const std::optional<QString> name = m_json.text(object, path, "name"_L1);
        const std::optional<QString> summary = m_json.text(object, path, "summary"_L1);
        const std::optional<QStringList> suggested = readSuggested(object, path, regionId);
        if (!regionId || !name || !summary || !suggested)
            return std::nullopt;

        Region region;
        region.id = *regionId;
        region.name = *name;
        region.summary = *summary;
        region.suggested = *suggested;
        return region;
    }

    std::optional<QStringList> readSuggested(const QJsonObject& object, const QString& path,
                                             const std::optional<QString>& regionId)
    {
        const std::optional<QJsonArray> entries
            = m_json.array(object, path, "suggested"_L1, MaxSuggested, Presence::Required);
        if (!entries)
            return std::nullopt;
        const QString listPath = member(path, "suggested"_L1);
        if (entries->isEmpty()) {
            m_json.error(listPath, u"must not be empty"_s);
            return std::nullopt;
        }
        QStringList result;
        bool allValid = true;
        for (qsizetype i = 0; i < entries->size(); ++i) {
            const QString entryPath = element(listPath, i);
            const std::optional<QString> exerciseId = m_json.text(entries->at(i), entryPath);
            if (!exerciseId) {
                allValid = false;
                continue;
            }
            const std::optional<QString> exerciseRegion = regionOfExercise(*exerciseId);
            if (!exerciseRegion) {
                m_json.error(entryPath, u"unknown exercise "_s + quoted(*exerciseId));
                allValid = false;
            } else if (regionId && *exerciseRegion != *regionId) {
                m_json.error(entryPath,
                             u"exercise "_s + quoted(*exerciseId) + u" belongs to region "_s + quoted(*exerciseRegion)
                                 + u", not "_s + quoted(*regionId));
                allValid = false;
            } else if (result.contains(*exerciseId)) {
                m_json.error(entryPath, u"exercise "_s + quoted(*exerciseId) + u" is listed twice"_s);
                allValid = false;
            } else {
                result.append(*exerciseId);
            }
        }
        if (!allValid)
            return std::nullopt;
        return result;
    }

    void readExercises(const QJsonArray& exercises)
    {
        QSet<QString> seen;
        for (qsizetype i = 0; i < exercises.size(); ++i) {
            const QString path = element(u"exercises"_s, i);
            const int errorsBefore = m_json.errorCount();
            const std::optional<QJsonObject> object = m_json.asObject(exercises.at(i), path);
            if (!object)
                continue;
            std::optional<Exercise> exercise = readExercise(*object, path);
            if (exercise && seen.contains(exercise->id))
                m_json.error(member(path, "id"_L1), u"duplicate exercise id "_s + quoted(exercise->id));
            if (exercise)
                seen.insert(exercise->id);
            if (exercise && m_json.errorCount() == errorsBefore)
                m_result.catalog.addExercise(*exercise);
        }
    }

    std::optional<Exercise> readExercise(const QJsonObject& object, const QString& path)
    {
        m_json.checkKeys(object, path,
                         {"id"_L1, "name"_L1, "region"_L1, "targets"_L1, "where"_L1, "position"_L1, "steps"_L1,
                          "note"_L1, "dose"_L1, "picture"_L1});
        const std::optional<QString> exerciseId = m_json.id(object, path);
        const std::optional<QString> name = m_json.text(object, path, "name"_L1);
        std::optional<QString> regionId = m_json.text(object, path, "region"_L1);
        if (regionId && !regionExists(*regionId)) {
            m_json.error(member(path, "region"_L1), u"unknown region "_s + quoted(*regionId));
            regionId.reset();
        }
        const std::optional<QStringList> targets = m_json.textList(object, path, "targets"_L1, MaxTextEntries);
        const std::optional<QList<Place>> where = readPlaces(object, path);
        const std::optional<QString> position = m_json.text(object, path, "position"_L1);
        const std::optional<QStringList> steps = m_json.textList(object, path, "steps"_L1, MaxTextEntries);
        const int errorsBeforeNote = m_json.errorCount();
        const std::optional<QString> note = m_json.text(object, path, "note"_L1, Presence::Optional);
        const bool noteValid = m_json.errorCount() == errorsBeforeNote;
        const std::optional<Dose> dose = readDose(object, path);
        const std::optional<Picture> picture = readPicture(m_json, object, path, m_pictures);
        if (!exerciseId || !name || !regionId || !targets || !where || !position || !steps || !noteValid || !dose
            || !picture)
            return std::nullopt;

        Exercise exercise;
        exercise.id = *exerciseId;
        exercise.name = *name;
        exercise.regionId = *regionId;
        exercise.targets = *targets;
        exercise.where = *where;
        exercise.position = *position;
        exercise.steps = *steps;
        exercise.note = note.value_or(QString());
        exercise.dose = *dose;
        exercise.picture = *picture;
        return exercise;
    }

    // Optional: where the exercise can be done, each place once.
    std::optional<QList<Place>> readPlaces(const QJsonObject& object, const QString& path)
    {
        constexpr qsizetype PlaceCount = 4;
        if (!object.contains("where"_L1))
            return QList<Place>();
        const int errorsBefore = m_json.errorCount();
        const std::optional<QJsonArray> entries
            = m_json.array(object, path, "where"_L1, PlaceCount, Presence::Optional, u"places"_s);
        if (!entries)
            return std::nullopt;
        const QString listPath = member(path, "where"_L1);
        QList<Place> places;
        for (qsizetype i = 0; i < entries->size(); ++i) {
            const QString entryPath = element(listPath, i);
            const std::optional<QString> name = m_json.text(entries->at(i), entryPath);
            if (!name)
                continue;
            const std::optional<Place> place = placeFromString(*name);
            if (!place)
                m_json.error(entryPath,
                             u"must be one of \"chair\", \"standing\", \"floor\", \"kneeling\", not "_s
                                 + quoted(*name));
            else if (places.contains(*place))
                m_json.error(entryPath, quoted(*name) + u" is listed twice"_s);
            else
                places.append(*place);
        }
        if (m_json.errorCount() != errorsBefore)
            return std::nullopt;
        return places;
    }

    std::optional<Dose> readDose(const QJsonObject& exercise, const QString& exercisePath)
    {
        const std::optional<QJsonValue> value = m_json.field(exercise, exercisePath, "dose"_L1, Presence::Required);
        if (!value)
            return std::nullopt;
        const QString path = member(exercisePath, "dose"_L1);
        const std::optional<QJsonObject> object = m_json.asObject(*value, path);
        if (!object)
            return std::nullopt;
        // Without a known type the other fields cannot be judged.
        const std::optional<QString> type = m_json.choice(*object, path, "type"_L1, {"hold"_L1, "reps"_L1});
        if (!type)
            return std::nullopt;
        if (*type == "hold"_L1)
            return readHoldDose(*object, path);
        return readRepetitionDose(*object, path);
    }

    std::optional<Dose> readHoldDose(const QJsonObject& object, const QString& path)
    {
        m_json.checkKeys(object, path, {"type"_L1, "hold_s"_L1, "max_hold_s"_L1, "sets"_L1, "per_side"_L1},
                         u"not used by a \"hold\" dose, ignored"_s);
        const int errorsBefore = m_json.errorCount();
        const std::optional<int> holdSeconds
            = m_json.integer(object, path, "hold_s"_L1, 1, MaxHoldSeconds, u"seconds"_s);
        const std::optional<int> maxHoldSeconds
            = m_json.integer(object, path, "max_hold_s"_L1, 1, MaxHoldSeconds, u"seconds"_s, Presence::Optional);
        const std::optional<int> sets = m_json.integer(object, path, "sets"_L1, 1, MaxSets, QString());
        const std::optional<bool> perSide = m_json.boolean(object, path, "per_side"_L1, Presence::Optional);
        if (holdSeconds && maxHoldSeconds && *holdSeconds > *maxHoldSeconds) {
            m_json.error(member(path, "hold_s"_L1),
                         u"must not be more than max_hold_s ("_s + QString::number(*maxHoldSeconds) + u" seconds)"_s);
        }
        if (m_json.errorCount() != errorsBefore)
            return std::nullopt;

        Dose dose;
        dose.type = Dose::Type::Hold;
        dose.hold.holdMs = *holdSeconds * MsPerSecond;
        if (maxHoldSeconds)
            dose.hold.maxHoldMs = *maxHoldSeconds * MsPerSecond;
        dose.hold.sets = *sets;
        dose.hold.perSide = perSide.value_or(false);
        return dose;
    }

    std::optional<Dose> readRepetitionDose(const QJsonObject& object, const QString& path)
    {
        m_json.checkKeys(object, path, {"type"_L1, "reps"_L1, "reps_min"_L1, "reps_max"_L1, "phases"_L1},
                         u"not used by a \"reps\" dose, ignored"_s);
        const int errorsBefore = m_json.errorCount();
        const std::optional<int> reps = m_json.integer(object, path, "reps"_L1, 1, MaxReps, QString());
        const std::optional<int> minReps
            = m_json.integer(object, path, "reps_min"_L1, 1, MaxReps, QString(), Presence::Optional);
        const std::optional<int> maxReps
            = m_json.integer(object, path, "reps_max"_L1, 1, MaxReps, QString(), Presence::Optional);
        if (reps && minReps && *minReps > *reps) {
            m_json.error(member(path, "reps_min"_L1),
                         u"must not be more than reps ("_s + QString::number(*reps) + u')');
        }
        if (reps && maxReps && *maxReps < *reps) {
            m_json.error(member(path, "reps_max"_L1),
                         u"must not be less than reps ("_s + QString::number(*reps) + u')');
        }
        const std::optional<QList<Phase>> phases = readPhases(object, path);
        if (m_json.errorCount() != errorsBefore || !phases)
            return std::nullopt;

        Dose dose;
        dose.type = Dose::Type::Repetitions;
        dose.repetitions.reps = *reps;
        dose.repetitions.minReps = minReps.value_or(*reps);
        dose.repetitions.maxReps = maxReps.value_or(*reps);
        dose.repetitions.phases = *phases;
        return dose;
    }

    std::optional<QList<Phase>> readPhases(const QJsonObject& dose, const QString& dosePath)
    {
        const std::optional<QJsonArray> entries
            = m_json.array(dose, dosePath, "phases"_L1, MaxPhases, Presence::Required, u"phases"_s);
        if (!entries)
            return std::nullopt;
        const QString listPath = member(dosePath, "phases"_L1);
        if (entries->isEmpty()) {
            m_json.error(listPath, u"must not be empty"_s);
            return std::nullopt;
        }
        QList<Phase> result;
        QSet<QString> seen;
        bool allValid = true;
        for (qsizetype i = 0; i < entries->size(); ++i) {
            const QString path = element(listPath, i);
            const std::optional<QJsonObject> object = m_json.asObject(entries->at(i), path);
            std::optional<Phase> phase = object ? readPhase(*object, path) : std::nullopt;
            // Artwork and audio are looked up by phase id, so ids must be unique.
            if (phase && seen.contains(phase->id)) {
                m_json.error(member(path, "id"_L1), u"duplicate phase id "_s + quoted(phase->id));
                phase.reset();
            }
            if (!phase) {
                allValid = false;
                continue;
            }
            seen.insert(phase->id);
            result.append(*phase);
        }
        if (!allValid)
            return std::nullopt;
        return result;
    }

    std::optional<Phase> readPhase(const QJsonObject& object, const QString& path)
    {
        m_json.checkKeys(object, path, {"id"_L1, "kind"_L1, "label"_L1, "breath"_L1, "seconds"_L1});
        const std::optional<QString> phaseId = m_json.id(object, path);
        const std::optional<QString> kind = m_json.choice(object, path, "kind"_L1, {"move"_L1, "hold"_L1});
        const std::optional<QString> label = m_json.text(object, path, "label"_L1);
        const std::optional<QString> breath = m_json.choice(object, path, "breath"_L1, {"in"_L1, "out"_L1, "none"_L1});
        const std::optional<double> seconds
            = m_json.decimal(object, path, "seconds"_L1, MinPhaseSeconds, MaxPhaseSeconds, u"seconds"_s);
        if (!phaseId || !kind || !label || !breath || !seconds)
            return std::nullopt;

        Phase phase;
        phase.id = *phaseId;
        phase.kind = *kind == "hold"_L1 ? Phase::Kind::Hold : Phase::Kind::Move;
        phase.label = *label;
        phase.breath = *breath == "in"_L1 ? Breath::In : *breath == "out"_L1 ? Breath::Out : Breath::None;
        phase.durationMs = static_cast<int>(std::lround(*seconds * MsPerSecond));
        return phase;
    }

    JsonReader m_json;
    const Catalog* m_known;
    const CatalogLoader::Pictures& m_pictures;
    CatalogParseResult& m_result;
    QSet<QString> m_declaredRegions;
    QHash<QString, QString> m_declaredExercises; // exercise id -> region id as written
};

} // namespace

void validateCatalog(const QJsonObject& root, const QString& fileName, const Catalog* known,
                     const CatalogLoader::Pictures& pictures, CatalogParseResult& result)
{
    CatalogValidator(fileName, known, pictures, result).run(root);
}

} // namespace limber
