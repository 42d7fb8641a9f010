#include "limber/JsonReader.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

QString joinedChoices(JsonReader::Keys choices)
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

} // namespace

namespace json {

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

} // namespace json

using json::element;
using json::member;

QString JsonIssue::toString() const
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

JsonReader::JsonReader(const QString& fileName, QList<JsonIssue>& issues)
    : m_fileName(fileName)
    , m_issues(issues)
{
}

void JsonReader::error(const QString& path, const QString& message)
{
    report(JsonIssue::Severity::Error, path, message);
}

void JsonReader::warning(const QString& path, const QString& message)
{
    report(JsonIssue::Severity::Warning, path, message);
}

void JsonReader::checkKeys(const QJsonObject& object, const QString& path, Keys allowed, const QString& why)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        const bool known
            = std::any_of(allowed.begin(), allowed.end(), [&key](QLatin1StringView name) { return key == name; });
        if (!known)
            warning(member(path, key), why);
    }
}

std::optional<QJsonValue> JsonReader::field(const QJsonObject& object, const QString& path, QLatin1StringView key,
                                            Presence presence)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (presence == Presence::Required)
            error(member(path, key), u"missing required field"_s);
        return std::nullopt;
    }
    return value;
}

bool JsonReader::expectType(const QJsonValue& value, QJsonValue::Type type, const QString& path)
{
    if (value.type() == type)
        return true;
    error(path, u"expected "_s + typeName(QJsonValue(type)) + u", got "_s + typeName(value));
    return false;
}

std::optional<QString> JsonReader::text(const QJsonValue& value, const QString& path)
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

std::optional<QString> JsonReader::text(const QJsonObject& object, const QString& path, QLatin1StringView key,
                                        Presence presence)
{
    const std::optional<QJsonValue> value = field(object, path, key, presence);
    if (!value)
        return std::nullopt;
    return text(*value, member(path, key));
}

std::optional<QString> JsonReader::id(const QJsonObject& object, const QString& path)
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
        error(idPath,
              u"must be kebab-case (lowercase letters and digits joined by single "
              u"hyphens, like \"knee-to-chest\"), got "_s
                  + json::quoted(result));
        return std::nullopt;
    }
    return result;
}

std::optional<double> JsonReader::decimal(const QJsonObject& object, const QString& path, QLatin1StringView key,
                                          double min, double max, const QString& unit, Presence presence)
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
        error(valuePath,
              u"must be between "_s + json::number(min) + u" and "_s + json::number(max)
                  + (unit.isEmpty() ? QString() : u' ' + unit));
        return std::nullopt;
    }
    return result;
}

std::optional<int> JsonReader::integer(const QJsonObject& object, const QString& path, QLatin1StringView key, int min,
                                       int max, const QString& unit, Presence presence)
{
    const std::optional<double> value = decimal(object, path, key, min, max, unit, presence);
    if (!value)
        return std::nullopt;
    if (*value != std::floor(*value)) {
        error(member(path, key), u"must be a whole number"_s + (unit.isEmpty() ? QString() : u" of "_s + unit));
        return std::nullopt;
    }
    return static_cast<int>(*value); // in range, checked above
}

std::optional<bool> JsonReader::boolean(const QJsonObject& object, const QString& path, QLatin1StringView key,
                                        Presence presence)
{
    const std::optional<QJsonValue> value = field(object, path, key, presence);
    if (!value)
        return std::nullopt;
    if (!expectType(*value, QJsonValue::Bool, member(path, key)))
        return std::nullopt;
    return value->toBool();
}

std::optional<QString> JsonReader::choice(const QJsonObject& object, const QString& path, QLatin1StringView key,
                                          Keys choices)
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
    error(valuePath, u"must be "_s + joinedChoices(choices) + u", got "_s + json::quoted(result));
    return std::nullopt;
}

std::optional<QJsonObject> JsonReader::asObject(const QJsonValue& value, const QString& path)
{
    if (!expectType(value, QJsonValue::Object, path))
        return std::nullopt;
    return value.toObject();
}

std::optional<QJsonArray> JsonReader::array(const QJsonObject& object, const QString& path, QLatin1StringView key,
                                            qsizetype maxEntries, Presence presence, const QString& what)
{
    const std::optional<QJsonValue> value = field(object, path, key, presence);
    if (!value)
        return std::nullopt;
    const QString arrayPath = member(path, key);
    if (!expectType(*value, QJsonValue::Array, arrayPath))
        return std::nullopt;
    const QJsonArray result = value->toArray();
    if (result.size() > maxEntries) {
        error(arrayPath,
              u"must have at most "_s + QString::number(maxEntries) + u' ' + what + u", got "_s
                  + QString::number(result.size()));
        return std::nullopt;
    }
    return result;
}

std::optional<QStringList> JsonReader::textList(const QJsonObject& object, const QString& path, QLatin1StringView key,
                                                qsizetype maxEntries)
{
    const std::optional<QJsonArray> entries = array(object, path, key, maxEntries, Presence::Required);
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

void JsonReader::report(JsonIssue::Severity severity, const QString& path, const QString& message)
{
    m_issues.append(JsonIssue {severity, m_fileName, path, message});
    if (severity == JsonIssue::Severity::Error)
        ++m_errorCount;
}

} // namespace limber
