#include "limber/routines/RoutineReader.h"

#include "limber/JsonReader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

using Presence = JsonReader::Presence;
using L = RoutineLimits;
using json::member;

void fileError(RoutineParseResult& result, const QString& fileName, const QString& message)
{
    result.issues.append(JsonIssue {JsonIssue::Severity::Error, fileName, QString(), message});
}

bool isKebabCase(const QString& id)
{
    static const QRegularExpression pattern(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    return pattern.match(id).hasMatch();
}

// Reads one routine object; each method reports into the shared JsonReader.
class Reader final {
public:
    Reader(const QString& fileName, RoutineParseResult& result)
        : m_json(fileName, result.issues)
        , m_routine(result.routine)
    {
    }

    void read(const QJsonObject& root)
    {
        if (!readHeader(root))
            return;
        m_json.checkKeys(root, QString(),
                         {"format"_L1, "version"_L1, "id"_L1, "name"_L1, "notes"_L1, "frequency"_L1, "exercises"_L1});
        if (const std::optional<QString> id = m_json.id(root, QString())) {
            if (id->size() > RoutineReader::MaxIdLength)
                m_json.error(u"id"_s,
                             RoutineReader::tr("must be at most %1 characters").arg(RoutineReader::MaxIdLength));
            else
                m_routine.id = *id;
        }
        if (const std::optional<QString> name = m_json.text(root, QString(), "name"_L1)) {
            if (name->size() > L::MaxNameLength)
                m_json.error(u"name"_s, RoutineReader::tr("must be at most %1 characters").arg(L::MaxNameLength));
            else
                m_routine.name = *name;
        }
        m_routine.notes = optionalText(root, QString(), "notes"_L1, L::MaxNotesLength);
        readFrequency(root);
        readEntries(root);
    }

private:
    // The format and version come first: a file of another kind or a newer
    // version cannot be judged by these rules, so nothing else is reported.
    bool readHeader(const QJsonObject& root)
    {
        const QJsonValue format = root.value("format"_L1);
        if (format.toString() != "limber-routine"_L1) {
            m_json.error(u"format"_s,
                         RoutineReader::tr("this is not a Limber routine (expected \"format\": \"limber-routine\")"));
            return false;
        }
        const std::optional<QJsonValue> version = m_json.field(root, QString(), "version"_L1, Presence::Required);
        if (!version)
            return false;
        if (!version->isDouble() || version->toDouble() < 1 || version->toDouble() != std::floor(version->toDouble())) {
            m_json.error(u"version"_s, RoutineReader::tr("must be a whole number from 1 up"));
            return false;
        }
        if (version->toDouble() > RoutineReader::FormatVersion) {
            m_json.error(u"version"_s,
                         RoutineReader::tr("this routine was written by a newer Limber (format version %1); this "
                                           "Limber reads version %2. Update Limber to open it.")
                             .arg(json::number(version->toDouble()))
                             .arg(RoutineReader::FormatVersion));
            return false;
        }
        return true;
    }

    QString optionalText(const QJsonObject& object, const QString& path, QLatin1StringView key, int maxLength)
    {
        const std::optional<QJsonValue> value = m_json.field(object, path, key, Presence::Optional);
        if (!value || !m_json.expectType(*value, QJsonValue::String, member(path, key)))
            return QString();
        const QString text = value->toString().trimmed();
        if (text.size() > maxLength) {
            m_json.error(member(path, key), RoutineReader::tr("must be at most %1 characters").arg(maxLength));
            return QString();
        }
        return text;
    }

    void readFrequency(const QJsonObject& root)
    {
        const std::optional<QJsonValue> value = m_json.field(root, QString(), "frequency"_L1, Presence::Optional);
        if (!value)
            return;
        const std::optional<QJsonObject> frequency = m_json.asObject(*value, u"frequency"_s);
        if (!frequency)
            return;
        const QString path = u"frequency"_s;
        m_json.checkKeys(*frequency, path, {"timesPerDay"_L1, "daysPerWeek"_L1});
        m_routine.frequency.timesPerDay = m_json
                                              .integer(*frequency, path, "timesPerDay"_L1, 0, L::MaxTimesPerDay,
                                                       u"times a day"_s, Presence::Optional)
                                              .value_or(0);
        m_routine.frequency.daysPerWeek
            = m_json.integer(*frequency, path, "daysPerWeek"_L1, 0, 7, u"days a week"_s, Presence::Optional)
                  .value_or(0);
    }

    void readEntries(const QJsonObject& root)
    {
        const std::optional<QJsonArray> entries
            = m_json.array(root, QString(), "exercises"_L1, L::MaxEntries, Presence::Required, u"exercises"_s);
        if (!entries)
            return;
        for (qsizetype i = 0; i < entries->size(); ++i) {
            const QString path = json::element(u"exercises"_s, i);
            if (const std::optional<QJsonObject> entry = m_json.asObject(entries->at(i), path))
                m_routine.entries.append(readEntry(*entry, path));
        }
    }

    RoutineEntry readEntry(const QJsonObject& object, const QString& path)
    {
        m_json.checkKeys(object, path,
                         {"exercise"_L1, "holdSeconds"_L1, "sets"_L1, "perSide"_L1, "repetitions"_L1, "phaseScale"_L1,
                          "restSeconds"_L1, "restAfterSeconds"_L1, "note"_L1});
        RoutineEntry entry;
        if (const std::optional<QJsonValue> id = m_json.field(object, path, "exercise"_L1, Presence::Required)) {
            const QString idPath = member(path, "exercise"_L1);
            if (m_json.expectType(*id, QJsonValue::String, idPath)) {
                if (isKebabCase(id->toString()) && id->toString().size() <= RoutineReader::MaxIdLength)
                    entry.exerciseId = id->toString();
                else
                    m_json.error(idPath,
                                 RoutineReader::tr("must be an exercise id such as \"knee-to-chest\", got %1")
                                     .arg(json::quoted(id->toString())));
            }
        }
        const auto opt = Presence::Optional;
        DoseOverride& dose = entry.dose;
        dose.holdSeconds
            = m_json.integer(object, path, "holdSeconds"_L1, L::MinHoldSeconds, L::MaxHoldSeconds, u"seconds"_s, opt);
        dose.sets = m_json.integer(object, path, "sets"_L1, L::MinSets, L::MaxSets, QString(), opt);
        dose.perSide = m_json.boolean(object, path, "perSide"_L1, opt);
        dose.repetitions
            = m_json.integer(object, path, "repetitions"_L1, L::MinRepetitions, L::MaxRepetitions, QString(), opt);
        dose.phaseScale
            = m_json.decimal(object, path, "phaseScale"_L1, L::MinPhaseScale, L::MaxPhaseScale, QString(), opt);
        dose.restSeconds
            = m_json.integer(object, path, "restSeconds"_L1, L::MinRestSeconds, L::MaxRestSeconds, u"seconds"_s, opt);
        dose.restAfterSeconds = m_json.integer(object, path, "restAfterSeconds"_L1, L::MinRestSeconds,
                                               L::MaxRestSeconds, u"seconds"_s, opt);
        entry.note = optionalText(object, path, "note"_L1, RoutineReader::MaxNoteLength);
        return entry;
    }

    JsonReader m_json;
    Routine& m_routine;
};

} // namespace

bool RoutineParseResult::ok() const
{
    return std::none_of(issues.cbegin(), issues.cend(),
                        [](const JsonIssue& issue) { return issue.severity == JsonIssue::Severity::Error; });
}

QString RoutineParseResult::errorText() const
{
    QStringList lines;
    for (const JsonIssue& issue : issues) {
        if (issue.severity == JsonIssue::Severity::Error)
            lines.append(issue.toString());
    }
    return lines.join(u'\n');
}

RoutineParseResult RoutineReader::fromJson(const QJsonObject& object, const QString& fileName)
{
    RoutineParseResult result;
    Reader(fileName, result).read(object);
    return result;
}

RoutineParseResult RoutineReader::parse(const QByteArray& json, const QString& fileName)
{
    RoutineParseResult result;
    if (json.size() > MaxFileBytes) {
        fileError(result, fileName,
                  tr("the file is larger than %1 MiB, far more than any routine needs").arg(MaxFileBytes >> 20));
        return result;
    }
    if (json.trimmed().isEmpty()) {
        fileError(result, fileName, tr("the file is empty"));
        return result;
    }
    if (jsonNestsDeeperThan(json, MaxDepth)) {
        fileError(result, fileName, tr("the file nests more than %1 levels deep; a routine needs three").arg(MaxDepth));
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype offset = std::clamp<qsizetype>(parseError.offset, 0, json.size());
        const qsizetype line = json.left(offset).count('\n') + 1;
        fileError(
            result, fileName,
            tr("this is not valid JSON (line %1, byte %2): %3").arg(line).arg(offset).arg(parseError.errorString()));
        return result;
    }
    if (!document.isObject()) {
        fileError(result, fileName, tr("this is not a Limber routine (expected a JSON object at the top level)"));
        return result;
    }
    return fromJson(document.object(), fileName);
}

RoutineParseResult RoutineReader::loadFile(const QString& path)
{
    RoutineParseResult result;
    const QFileInfo info(path);
    if (!info.exists()) {
        fileError(result, path, tr("file not found"));
        return result;
    }
    if (info.isDir()) {
        fileError(result, path, tr("this is a folder, not a file"));
        return result;
    }
    // Checked before reading, so a huge file never lands in memory.
    if (info.size() > MaxFileBytes)
        return parse(QByteArray(MaxFileBytes + 1, ' '), path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fileError(result, path, tr("cannot open the file: %1").arg(file.errorString()));
        return result;
    }
    const QByteArray data = file.read(MaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        fileError(result, path, tr("cannot read the file: %1").arg(file.errorString()));
        return result;
    }
    return parse(data, path);
}

QList<JsonIssue> RoutineReader::validate(const Routine& routine, const Catalog& catalog, const QString& fileName)
{
    QList<JsonIssue> issues;
    const auto warn = [&](qsizetype index, const QString& key, const QString& message) {
        QString path = json::element(u"exercises"_s, index);
        if (!key.isEmpty())
            path = member(path, key);
        issues.append(JsonIssue {JsonIssue::Severity::Warning, fileName, path, message});
    };
    for (qsizetype i = 0; i < routine.entries.size(); ++i) {
        const RoutineEntry& entry = routine.entries.at(i);
        const Exercise* exercise = catalog.exercise(entry.exerciseId);
        if (!exercise) {
            warn(i, u"exercise"_s,
                 tr("no exercise %1 is installed; it is left out until it is").arg(json::quoted(entry.exerciseId)));
            continue;
        }
        const bool hold = exercise->dose.type == Dose::Type::Hold;
        const DoseOverride& dose = entry.dose;
        const QString ignoredForReps = tr("ignored: %1 is done in repetitions, not held").arg(exercise->id);
        const QString ignoredForHolds = tr("ignored: %1 is held, not done in repetitions").arg(exercise->id);
        if (hold) {
            if (dose.repetitions)
                warn(i, u"repetitions"_s, ignoredForHolds);
            if (dose.phaseScale)
                warn(i, u"phaseScale"_s, ignoredForHolds);
            if (dose.holdSeconds && exercise->dose.hold.maxHoldMs
                && *dose.holdSeconds * 1000 > *exercise->dose.hold.maxHoldMs)
                warn(i, u"holdSeconds"_s,
                     tr("%1 is held for at most %2 seconds; the hold is shortened to that")
                         .arg(exercise->id)
                         .arg(*exercise->dose.hold.maxHoldMs / 1000));
        } else {
            if (dose.holdSeconds)
                warn(i, u"holdSeconds"_s, ignoredForReps);
            if (dose.sets)
                warn(i, u"sets"_s, ignoredForReps);
            if (dose.perSide)
                warn(i, u"perSide"_s, ignoredForReps);
            if (dose.restSeconds)
                warn(i, u"restSeconds"_s, ignoredForReps);
        }
    }
    return issues;
}

} // namespace limber
