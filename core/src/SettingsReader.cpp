#include "limber/SettingsReader.h"

#include <QSettings>

#include <spdlog/spdlog.h>

namespace limber {

SettingsReader::SettingsReader(const QSettings& store, QStringList* warnings)
    : m_store(store)
    , m_warnings(warnings)
{
}

bool SettingsReader::contains(const QString& key) const
{
    return m_store.contains(key);
}

QString SettingsReader::raw(const QString& key) const
{
    return m_store.value(key).toString();
}

int SettingsReader::integer(const QString& key, int fallback, int min, int max)
{
    if (!contains(key))
        return fallback;
    bool ok = false;
    const int value = m_store.value(key).toInt(&ok);
    if (!ok) {
        warn(key, QStringLiteral("is not a whole number"), QString::number(fallback));
        return fallback;
    }
    if (value < min || value > max) {
        warn(key, QStringLiteral("%1 is outside %2..%3").arg(value).arg(min).arg(max), QString::number(fallback));
        return fallback;
    }
    return value;
}

bool SettingsReader::boolean(const QString& key, bool fallback)
{
    if (!contains(key))
        return fallback;
    const QString value = raw(key).toLower();
    if (value == QStringLiteral("true") || value == QStringLiteral("1"))
        return true;
    if (value == QStringLiteral("false") || value == QStringLiteral("0"))
        return false;
    warn(key, QStringLiteral("is not true or false"), fallback ? QStringLiteral("true") : QStringLiteral("false"));
    return fallback;
}

QString SettingsReader::text(const QString& key, qsizetype maxLength)
{
    const QString value = raw(key);
    if (value.size() > maxLength) {
        warn(key, QStringLiteral("is too long"), QString());
        return {};
    }
    return value;
}

void SettingsReader::warn(const QString& key, const QString& problem, const QString& fallback)
{
    const QString message
        = QStringLiteral("%1: %2: %3; using %4")
              .arg(m_store.fileName(), key, problem, fallback.isEmpty() ? QStringLiteral("the default") : fallback);
    spdlog::warn("{}", message.toStdString());
    if (m_warnings)
        m_warnings->append(message);
}

} // namespace limber
