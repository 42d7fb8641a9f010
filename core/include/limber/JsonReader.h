#pragma once

#include "limber/JsonIssue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace limber {

// Building blocks of messages about JSON: paths like "exercises[3].dose"
// and values echoed from the file.
namespace json {

QString member(const QString& path, QLatin1StringView key);
QString member(const QString& path, const QString& key);
QString element(const QString& path, qsizetype index);
// Values from the file are echoed in messages; long ones are cut so they never bury the message.
QString quoted(const QString& text);
QString number(double value);

} // namespace json

// Reads typed values out of JSON objects and records an issue for every
// value that is missing, of the wrong type or out of range. Each reader
// returns std::nullopt when the value is unusable, so the caller can carry
// on and report the next problem too.
class JsonReader final {
public:
    enum class Presence { Required, Optional };
    using Keys = std::initializer_list<QLatin1StringView>;

    // Issues are appended to `issues`, which must outlive the reader.
    JsonReader(const QString& fileName, QList<JsonIssue>& issues);

    // Lets a caller tell whether reading one item went wrong anywhere inside it.
    int errorCount() const { return m_errorCount; }

    void error(const QString& path, const QString& message);
    void warning(const QString& path, const QString& message);

    // Unknown keys are most often typos ("hold_sec") or fields of a newer
    // version; either way the rest of the file is still usable, so they warn.
    void checkKeys(const QJsonObject& object, const QString& path, Keys allowed,
                   const QString& why = QStringLiteral("unknown field, ignored"));

    std::optional<QJsonValue> field(const QJsonObject& object, const QString& path, QLatin1StringView key,
                                    Presence presence);
    bool expectType(const QJsonValue& value, QJsonValue::Type type, const QString& path);

    // A non-empty string, trimmed.
    std::optional<QString> text(const QJsonValue& value, const QString& path);
    std::optional<QString> text(const QJsonObject& object, const QString& path, QLatin1StringView key,
                                Presence presence = Presence::Required);
    // The required "id" of an object, in kebab-case ("knee-to-chest").
    std::optional<QString> id(const QJsonObject& object, const QString& path);
    std::optional<double> decimal(const QJsonObject& object, const QString& path, QLatin1StringView key, double min,
                                  double max, const QString& unit, Presence presence = Presence::Required);
    std::optional<int> integer(const QJsonObject& object, const QString& path, QLatin1StringView key, int min, int max,
                               const QString& unit, Presence presence = Presence::Required);
    std::optional<bool> boolean(const QJsonObject& object, const QString& path, QLatin1StringView key,
                                Presence presence);
    std::optional<QString> choice(const QJsonObject& object, const QString& path, QLatin1StringView key, Keys choices);
    std::optional<QJsonObject> asObject(const QJsonValue& value, const QString& path);
    // `what` names the entries in the "too many" message ("regions", "entries").
    std::optional<QJsonArray> array(const QJsonObject& object, const QString& path, QLatin1StringView key,
                                    qsizetype maxEntries, Presence presence,
                                    const QString& what = QStringLiteral("entries"));
    // A required, non-empty list of non-empty strings (targets, steps).
    std::optional<QStringList> textList(const QJsonObject& object, const QString& path, QLatin1StringView key,
                                        qsizetype maxEntries);

private:
    void report(JsonIssue::Severity severity, const QString& path, const QString& message);

    const QString m_fileName;
    QList<JsonIssue>& m_issues;
    int m_errorCount = 0;
};

} // namespace limber
