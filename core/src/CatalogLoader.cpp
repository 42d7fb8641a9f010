#include "limber/CatalogLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>
#include <initializer_list>
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
constexpr qsizetype MaxPhases = 10;
constexpr qsizetype MaxSuggested = 2;
constexpr int MaxHoldSeconds = 600;
constexpr int MaxSets = 20;
constexpr int MaxReps = 100;
constexpr double MinPhaseSeconds = 0.5;
constexpr double MaxPhaseSeconds = 120.0;
constexpr int MsPerSecond = 1000;

enum class Presence { Required, Optional };

using Keys = std::initializer_list<QLatin1StringView>;

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return u"a boolean"_s;
    case QJsonValue::Double: return u"a number"_s;
    case QJsonValue::String: return u"a string"_s;
    case QJsonValue::Array: return u"an array"_s;
    case QJsonValue::Object: return u"an object"_s;
    case QJsonValue::Undefined: break;
    }
    return u"nothing"_s;
}

// Values from the file are echoed in messages; a runaway string would bury
// the message itself, so long ones are cut.
QString quoted(const QString& text)
{
    constexpr qsizetype MaxShown = 40;
    if (text.size() <= MaxShown)
        return u'"' + text + u'"';
    return u'"' + text.left(MaxShown) + u"...\""_s;
}

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

QString member(const QString& path, QLatin1StringView key)
{
    return path.isEmpty() ? QString(key) : path + u'.' + key;
}

QString member(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString element(const QString& path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString joinedChoices(Keys choices)
{
    QStringList quotedChoices;
    for (const QLatin1StringView choice : choices)
        quotedChoices.append(u'"' + QString(choice) + u'"');
    if (quotedChoices.size() <= 1)
        return quotedChoices.join(QString());
    const QString last = quotedChoices.takeLast();
    return quotedChoices.join(u", "_s) + u" or "_s + last;
}

bool isKebabCase(const QString& id)
{
    static const QRegularExpression pattern(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    return pattern.match(id).hasMatch();
}

// Reads typed values out of JSON objects and records an issue for every
// value that is missing, of the wrong type or out of range. Each reader
// returns std::nullopt when the value is unusable, so the caller can carry
// on and report the next problem too.
class JsonFieldReader final {
public:
    JsonFieldReader(const QString& fileName, QList<CatalogIssue>& issues)
        : m_fileName(fileName), m_issues(issues)
    {
    }

    // Lets a caller tell whether reading one item went wrong anywhere inside it.
    int errorCount() const { return m_errorCount; }

    void error(const QString& path, const QString& message)
    {
        report(CatalogIssue::Severity::Error, path, message);
    }
    void warning(const QString& path, const QString& message)
    {
        report(CatalogIssue::Severity::Warning, path, message);
    }

    // Unknown keys are most often typos ("hold_sec") or fields of a newer
    // Limber; either way the rest of the file is still usable, so they warn.
    void checkKeys(const QJsonObject& object, const QString& path, Keys allowed,
                   const QString& why = u"unknown field, ignored"_s)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = it.key();
            const bool known = std::any_of(allowed.begin(), allowed.end(),
                                           [&key](QLatin1StringView name) { return key == name; });
            if (!known)
                warning(member(path, key), why);
        }
    }

    std::optional<QJsonValue> field(const QJsonObject& object, const QString& path,
                                    QLatin1StringView key, Presence presence)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (presence == Presence::Required)
                error(member(path, key), u"missing required field"_s);
            return std::nullopt;
        }
        return value;
    }

    bool expectType(const QJsonValue& value, QJsonValue::Type type, const QString& path)
    {
        if (value.type() == type)
            return true;
        error(path, u"expected "_s + typeName(QJsonValue(type)) + u", got "_s + typeName(value));
        return false;
    }

    std::optional<QString> text(const QJsonValue& value, const QString& path)
    {
        if (!expectType(value, QJsonValue::String, path))
            return std::nullopt;
        const QString result = value.toString().trimmed();
        if (result.isEmpty()) {
            error(path, u"must not be empty"_s);
            return std::nullopt;
        }
        return result;
    }

    std::optional<QString> text(const QJsonObject& object, const QString& path,
                                QLatin1StringView key, Presence presence = Presence::Required)
    {
        const std::optional<QJsonValue> value = field(object, path, key, presence);
        if (!value)
            return std::nullopt;
        return text(*value, member(path, key));
    }

    std::optional<QString> id(const QJsonObject& object, const QString& path)
    {
        const std::optional<QJsonValue> value = field(object, path, "id"_L1, Presence::Required);
        if (!value)
            return std::nullopt;
        const QString idPath = member(path, "id"_L1);
        if (!expectType(*value, QJsonValue::String, idPath))
            return std::nullopt;
        // Ids are not trimmed: they name files and settings, so " cobra" is a mistake.
        const QString result = value->toString();
        if (result.isEmpty()) {
            error(idPath, u"must not be empty"_s);
            return std::nullopt;
        }
        if (!isKebabCase(result)) {
            error(idPath, u"must be kebab-case (lowercase letters and digits joined by single "
                          u"hyphens, like \"knee-to-chest\"), got "_s
                              + quoted(result));
            return std::nullopt;
        }
        return result;
    }

    std::optional<double> decimal(const QJsonObject& object, const QString& path,
                                  QLatin1StringView key, double min, double max,
                                  const QString& unit, Presence presence = Presence::Required)
    {
        const std::optional<QJsonValue> value = field(object, path, key, presence);
        if (!value)
            return std::nullopt;
        const QString valuePath = member(path, key);
        if (!expectType(*value, QJsonValue::Double, valuePath))
            return std::nullopt;
        const double result = value->toDouble();
        // Written so that NaN and infinities fail too.
        if (!(result >= min && result <= max)) {
            error(valuePath, u"must be between "_s + number(min) + u" and "_s + number(max)
                                 + (unit.isEmpty() ? QString() : u' ' + unit));
            return std::nullopt;
        }
        return result;
    }

    std::optional<int> integer(const QJsonObject& object, const QString& path,
                               QLatin1StringView key, int min, int max, const QString& unit,
                               Presence presence = Presence::Required)
    {
        const std::optional<double> value = decimal(object, path, key, min, max, unit, presence);
        if (!value)
            return std::nullopt;
        if (*value != std::floor(*value)) {
            error(member(path, key),
                  u"must be a whole number"_s + (unit.isEmpty() ? QString() : u" of "_s + unit));
            return std::nullopt;
        }
        return static_cast<int>(*value); // in range, checked above
    }

    std::optional<bool> boolean(const QJsonObject& object, const QString& path,
                                QLatin1StringView key, Presence presence)
    {
        const std::optional<QJsonValue> value = field(object, path, key, presence);
        if (!value)
            return std::nullopt;
        if (!expectType(*value, QJsonValue::Bool, member(path, key)))
            return std::nullopt;
        return value->toBool();
    }

    std::optional<QString> choice(const QJsonObject& object, const QString& path,
                                  QLatin1StringView key, Keys choices)
    {
        const std::optional<QJsonValue> value = field(object, path, key, Presence::Required);
        if (!value)
            return std::nullopt;
        const QString valuePath = member(path, key);
        if (!expectType(*value, QJsonValue::String, valuePath))
            return std::nullopt;
        const QString result = value->toString();
        for (const QLatin1StringView allowed : choices) {
            if (result == allowed)
                return result;
        }
        error(valuePath, u"must be "_s + joinedChoices(choices) + u", got "_s + quoted(result));
        return std::nullopt;
    }

    std::optional<QJsonObject> asObject(const QJsonValue& value, const QString& path)
    {
        if (!expectType(value, QJsonValue::Object, path))
            return std::nullopt;
        return value.toObject();
    }

    // `what` names the entries in the "too many" message ("regions", "entries").
    std::optional<QJsonArray> array(const QJsonObject& object, const QString& path,
                                    QLatin1StringView key, qsizetype maxEntries, Presence presence,
                                    const QString& what = u"entries"_s)
    {
        const std::optional<QJsonValue> value = field(object, path, key, presence);
        if (!value)
            return std::nullopt;
        const QString arrayPath = member(path, key);
        if (!expectType(*value, QJsonValue::Array, arrayPath))
            return std::nullopt;
        const QJsonArray result = value->toArray();
        if (result.size() > maxEntries) {
            error(arrayPath, u"must have at most "_s + QString::number(maxEntries) + u' ' + what
                                 + u", got "_s + QString::number(result.size()));
            return std::nullopt;
        }
        return result;
    }

    // A required, non-empty list of non-empty strings (targets, steps).
    std::optional<QStringList> textList(const QJsonObject& object, const QString& path,
                                        QLatin1StringView key)
    {
        const std::optional<QJsonArray> entries =
            array(object, path, key, MaxTextEntries, Presence::Required);
        if (!entries)
            return std::nullopt;
        const QString listPath = member(path, key);
        if (entries->isEmpty()) {
            error(listPath, u"must not be empty"_s);
            return std::nullopt;
        }
        QStringList result;
        bool allValid = true;
        for (qsizetype i = 0; i < entries->size(); ++i) {
            const std::optional<QString> entry = text(entries->at(i), element(listPath, i));
            if (entry)
                result.append(*entry);
            else
                allValid = false;
        }
        if (!allValid)
            return std::nullopt;
        return result;
    }

private:
    void report(CatalogIssue::Severity severity, const QString& path, const QString& message)
    {
        m_issues.append(CatalogIssue{severity, m_fileName, path, message});
        if (severity == CatalogIssue::Severity::Error)
            ++m_errorCount;
    }

    const QString m_fileName;
    QList<CatalogIssue>& m_issues;
    int m_errorCount = 0;
};

// Turns a parsed catalog document into Catalog entries and checks the rules
// that go beyond single values: cross-references, duplicates, ranges that
// depend on each other. An item is kept only if reading it added no error.
class CatalogValidator final {
public:
    CatalogValidator(const QString& fileName, const Catalog* known, CatalogParseResult& result)
        : m_json(fileName, result.issues), m_known(known), m_result(result)
    {
    }

    void run(const QJsonObject& root)
    {
        m_json.checkKeys(root, QString(), {"format"_L1, "regions"_L1, "exercises"_L1});
        if (!readFormat(root))
            return;

        const std::optional<QJsonArray> regions = m_json.array(
            root, QString(), "regions"_L1, MaxRegions, Presence::Optional, u"regions"_s);
        const std::optional<QJsonArray> exercises = m_json.array(
            root, QString(), "exercises"_L1, MaxExercises, Presence::Optional, u"exercises"_s);
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
        const std::optional<QJsonValue> value =
            m_json.field(root, QString(), "format"_L1, Presence::Required);
        if (!value || !m_json.expectType(*value, QJsonValue::Double, u"format"_s))
            return true; // still worth checking the rest against format 1
        if (value->toDouble() != SupportedFormat) {
            // Another format's fields cannot be judged by these rules; listing
            // them all as wrong would only hide the one message that matters.
            m_json.error(u"format"_s, u"unsupported format "_s + number(value->toDouble())
                                          + u"; this version of Limber reads format "_s
                                          + QString::number(SupportedFormat));
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
        const std::optional<QJsonArray> entries =
            m_json.array(object, path, "suggested"_L1, MaxSuggested, Presence::Required);
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
                m_json.error(entryPath, u"exercise "_s + quoted(*exerciseId)
                                            + u" belongs to region "_s + quoted(*exerciseRegion)
                                            + u", not "_s + quoted(*regionId));
                allValid = false;
            } else if (result.contains(*exerciseId)) {
                m_json.error(entryPath,
                             u"exercise "_s + quoted(*exerciseId) + u" is listed twice"_s);
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
                m_json.error(member(path, "id"_L1),
                             u"duplicate exercise id "_s + quoted(exercise->id));
            if (exercise)
                seen.insert(exercise->id);
            if (exercise && m_json.errorCount() == errorsBefore)
                m_result.catalog.addExercise(*exercise);
        }
    }

    std::optional<Exercise> readExercise(const QJsonObject& object, const QString& path)
    {
        m_json.checkKeys(object, path,
                         {"id"_L1, "name"_L1, "region"_L1, "targets"_L1, "position"_L1, "steps"_L1,
                          "note"_L1, "dose"_L1});
        const std::optional<QString> exerciseId = m_json.id(object, path);
        const std::optional<QString> name = m_json.text(object, path, "name"_L1);
        std::optional<QString> regionId = m_json.text(object, path, "region"_L1);
        if (regionId && !regionExists(*regionId)) {
            m_json.error(member(path, "region"_L1), u"unknown region "_s + quoted(*regionId));
            regionId.reset();
        }
        const std::optional<QStringList> targets = m_json.textList(object, path, "targets"_L1);
        const std::optional<QString> position = m_json.text(object, path, "position"_L1);
        const std::optional<QStringList> steps = m_json.textList(object, path, "steps"_L1);
        const int errorsBeforeNote = m_json.errorCount();
        const std::optional<QString> note =
            m_json.text(object, path, "note"_L1, Presence::Optional);
        const bool noteValid = m_json.errorCount() == errorsBeforeNote;
        const std::optional<Dose> dose = readDose(object, path);
        if (!exerciseId || !name || !regionId || !targets || !position || !steps || !noteValid
            || !dose)
            return std::nullopt;

        Exercise exercise;
        exercise.id = *exerciseId;
        exercise.name = *name;
        exercise.regionId = *regionId;
        exercise.targets = *targets;
        exercise.position = *position;
        exercise.steps = *steps;
        exercise.note = note.value_or(QString());
        exercise.dose = *dose;
        return exercise;
    }

    std::optional<Dose> readDose(const QJsonObject& exercise, const QString& exercisePath)
    {
        const std::optional<QJsonValue> value =
            m_json.field(exercise, exercisePath, "dose"_L1, Presence::Required);
        if (!value)
            return std::nullopt;
        const QString path = member(exercisePath, "dose"_L1);
        const std::optional<QJsonObject> object = m_json.asObject(*value, path);
        if (!object)
            return std::nullopt;
        // Without a known type the other fields cannot be judged.
        const std::optional<QString> type =
            m_json.choice(*object, path, "type"_L1, {"hold"_L1, "reps"_L1});
        if (!type)
            return std::nullopt;
        if (*type == "hold"_L1)
            return readHoldDose(*object, path);
        return readRepetitionDose(*object, path);
    }

    std::optional<Dose> readHoldDose(const QJsonObject& object, const QString& path)
    {
        m_json.checkKeys(object, path,
                         {"type"_L1, "hold_s"_L1, "max_hold_s"_L1, "sets"_L1, "per_side"_L1},
                         u"not used by a \"hold\" dose, ignored"_s);
        const int errorsBefore = m_json.errorCount();
        const std::optional<int> holdSeconds =
            m_json.integer(object, path, "hold_s"_L1, 1, MaxHoldSeconds, u"seconds"_s);
        const std::optional<int> maxHoldSeconds = m_json.integer(
            object, path, "max_hold_s"_L1, 1, MaxHoldSeconds, u"seconds"_s, Presence::Optional);
        const std::optional<int> sets =
            m_json.integer(object, path, "sets"_L1, 1, MaxSets, QString());
        const std::optional<bool> perSide =
            m_json.boolean(object, path, "per_side"_L1, Presence::Optional);
        if (holdSeconds && maxHoldSeconds && *holdSeconds > *maxHoldSeconds) {
            m_json.error(member(path, "hold_s"_L1), u"must not be more than max_hold_s ("_s
                                                        + QString::number(*maxHoldSeconds)
                                                        + u" seconds)"_s);
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
        m_json.checkKeys(object, path,
                         {"type"_L1, "reps"_L1, "reps_min"_L1, "reps_max"_L1, "phases"_L1},
                         u"not used by a \"reps\" dose, ignored"_s);
        const int errorsBefore = m_json.errorCount();
        const std::optional<int> reps =
            m_json.integer(object, path, "reps"_L1, 1, MaxReps, QString());
        const std::optional<int> minReps =
            m_json.integer(object, path, "reps_min"_L1, 1, MaxReps, QString(), Presence::Optional);
        const std::optional<int> maxReps =
            m_json.integer(object, path, "reps_max"_L1, 1, MaxReps, QString(), Presence::Optional);
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
        const std::optional<QJsonArray> entries =
            m_json.array(dose, dosePath, "phases"_L1, MaxPhases, Presence::Required, u"phases"_s);
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
        const std::optional<QString> kind =
            m_json.choice(object, path, "kind"_L1, {"move"_L1, "hold"_L1});
        const std::optional<QString> label = m_json.text(object, path, "label"_L1);
        const std::optional<QString> breath =
            m_json.choice(object, path, "breath"_L1, {"in"_L1, "out"_L1, "none"_L1});
        const std::optional<double> seconds = m_json.decimal(
            object, path, "seconds"_L1, MinPhaseSeconds, MaxPhaseSeconds, u"seconds"_s);
        if (!phaseId || !kind || !label || !breath || !seconds)
            return std::nullopt;

        Phase phase;
        phase.id = *phaseId;
        phase.kind = *kind == "hold"_L1 ? Phase::Kind::Hold : Phase::Kind::Move;
        phase.label = *label;
        phase.breath = *breath == "in"_L1    ? Breath::In
                       : *breath == "out"_L1 ? Breath::Out
                                             : Breath::None;
        phase.durationMs = static_cast<int>(std::lround(*seconds * MsPerSecond));
        return phase;
    }

    JsonFieldReader m_json;
    const Catalog* m_known;
    CatalogParseResult& m_result;
    QSet<QString> m_declaredRegions;
    QHash<QString, QString> m_declaredExercises; // exercise id -> region id as written
};

QString tooLargeMessage()
{
    return u"file is larger than "_s + QString::number(CatalogLoader::MaxFileBytes / (1024 * 1024))
           + u" MiB"_s;
}

void addFileError(CatalogParseResult& result, const QString& fileName, const QString& message)
{
    result.issues.append(CatalogIssue{CatalogIssue::Severity::Error, fileName, QString(), message});
}

// Qt reports a byte offset; people look for lines, so give both.
QString syntaxErrorMessage(const QByteArray& json, const QJsonParseError& parseError)
{
    const qsizetype offset = std::clamp<qsizetype>(parseError.offset, 0, json.size());
    qsizetype line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (json.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return u"invalid JSON at line %1, column %2 (byte %3): %4"_s.arg(line)
        .arg(offset - lineStart + 1)
        .arg(offset)
        .arg(parseError.errorString());
}

} // namespace

QString CatalogIssue::toString() const
{
    QString result;
    if (severity == Severity::Warning)
        result += u"warning: "_s;
    if (!file.isEmpty())
        result += file + u": "_s;
    if (!path.isEmpty())
        result += path + u": "_s;
    result += message;
    return result;
}

bool CatalogParseResult::ok() const
{
    return std::none_of(issues.cbegin(), issues.cend(), [](const CatalogIssue& issue) {
        return issue.severity == CatalogIssue::Severity::Error;
    });
}

CatalogParseResult CatalogLoader::parse(const QByteArray& json, const QString& fileName,
                                        const Catalog* known)
{
    CatalogParseResult result;
    if (json.size() > MaxFileBytes) {
        addFileError(result, fileName, tooLargeMessage());
        return result;
    }
    if (json.trimmed().isEmpty()) {
        addFileError(result, fileName, u"file is empty"_s);
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        addFileError(result, fileName, syntaxErrorMessage(json, parseError));
        return result;
    }
    if (!document.isObject()) {
        addFileError(result, fileName,
                     u"expected an object at the top level, got "_s
                         + (document.isArray() ? u"an array"_s : u"a single value"_s));
        return result;
    }
    CatalogValidator(fileName, known, result).run(document.object());
    return result;
}

CatalogParseResult CatalogLoader::loadFile(const QString& path, const Catalog* known)
{
    CatalogParseResult result;
    const QFileInfo info(path);
    if (!info.exists()) {
        addFileError(result, path, u"file not found"_s);
        return result;
    }
    if (info.isDir()) {
        addFileError(result, path, u"is a folder, not a file"_s);
        return result;
    }
    // Checked before reading so a huge file never lands in memory.
    if (info.size() > MaxFileBytes) {
        addFileError(result, path, tooLargeMessage());
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        addFileError(result, path, u"cannot open file: "_s + file.errorString());
        return result;
    }
    // One byte past the limit: a file that grew since the size check, or a
    // device that reports no size, is still refused by parse().
    const QByteArray data = file.read(MaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        addFileError(result, path, u"cannot read file: "_s + file.errorString());
        return result;
    }
    return parse(data, path, known);
}

namespace {

void merge(Catalog& into, const Catalog& from, const QString& fileName)
{
    for (const Region& region : from.regions()) {
        if (into.region(region.id)) {
            spdlog::info("catalog: {} overrides region \"{}\"", fileName.toStdString(),
                         region.id.toStdString());
        }
        into.addRegion(region);
    }
    for (const Exercise& exercise : from.exercises()) {
        if (into.exercise(exercise.id)) {
            spdlog::info("catalog: {} overrides exercise \"{}\"", fileName.toStdString(),
                         exercise.id.toStdString());
        }
        into.addExercise(exercise);
    }
}

} // namespace

LoadedCatalog loadCatalogs(const QString& builtInPath, const QString& userFolder)
{
    LoadedCatalog loaded;
    // Issues are returned, not logged one by one: the caller shows and logs
    // them, and logging here too would print every problem twice.
    const CatalogParseResult builtIn = CatalogLoader::loadFile(builtInPath);
    loaded.issues += builtIn.issues;
    if (!builtIn.ok()) {
        // User files extend the built-in catalog; without it they would only
        // add "unknown region" noise on top of the real problem.
        spdlog::error("catalog: the built-in catalog {} is broken; user catalogs not loaded",
                      builtInPath.toStdString());
        return loaded;
    }
    loaded.catalog = builtIn.catalog;

    if (userFolder.isEmpty() || !QDir(userFolder).exists())
        return loaded;
    const QFileInfoList files =
        QDir(userFolder).entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo& info : files) {
        const QString path = info.filePath();
        const CatalogParseResult user = CatalogLoader::loadFile(path, &loaded.catalog);
        loaded.issues += user.issues;
        if (!user.ok()) {
            spdlog::warn("catalog: skipping {} because it has errors", path.toStdString());
            continue;
        }
        merge(loaded.catalog, user.catalog, path);
        spdlog::info("catalog: loaded {} ({} regions, {} exercises)", path.toStdString(),
                     user.catalog.regions().size(), user.catalog.exercises().size());
    }
    return loaded;
}

QString userCatalogFolder()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // An empty base would turn into "/catalog" at the file system root.
    if (base.isEmpty())
        return QString();
    return base + u"/catalog"_s;
}

QString builtInCatalogPath()
{
    return u":/limber/catalog/builtin.json"_s;
}

LoadedCatalog loadInstalledCatalogs()
{
    LoadedCatalog loaded = loadCatalogs(builtInCatalogPath(), userCatalogFolder());
    for (const CatalogIssue& issue : loaded.issues) {
        if (issue.severity == CatalogIssue::Severity::Error)
            spdlog::error("catalog: {}", issue.toString().toStdString());
        else
            spdlog::warn("catalog: {}", issue.toString().toStdString());
    }
    return loaded;
}

} // namespace limber
