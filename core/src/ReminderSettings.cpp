#include "limber/ReminderSettings.h"

#include "limber/SettingsReader.h"

#include <QSettings>

#include <algorithm>

namespace limber {

namespace {

const QString Group = QStringLiteral("reminders/");

QString key(const char* name)
{
    return Group + QLatin1String(name);
}

const QString TimeFormat = QStringLiteral("HH:mm");

// Lists are space-separated: QSettings would read a comma-separated value in
// the INI file as a list, not as the text the person typed.

QString joinedTimes(const QList<QTime>& times)
{
    QStringList parts;
    for (const QTime& time : times)
        parts.append(time.toString(TimeFormat));
    return parts.join(QLatin1Char(' '));
}

QString joinedDays(const QList<int>& days)
{
    QStringList parts;
    for (int day : days)
        parts.append(QString::number(day));
    return parts.join(QLatin1Char(' '));
}

QTime readTime(SettingsReader& read, const char* name, QTime fallback)
{
    const QString fullKey = key(name);
    if (!read.contains(fullKey))
        return fallback;
    const QTime time = QTime::fromString(read.raw(fullKey), TimeFormat);
    if (!time.isValid()) {
        read.warn(fullKey, QStringLiteral("\"%1\" is not a time of day (HH:MM)").arg(read.raw(fullKey)),
                  fallback.toString(TimeFormat));
        return fallback;
    }
    return time;
}

QList<QTime> readTimes(SettingsReader& read, const QList<QTime>& fallback)
{
    const QString fullKey = key("times");
    if (!read.contains(fullKey))
        return fallback;
    QList<QTime> times;
    const QStringList parts = read.raw(fullKey).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const QTime time = QTime::fromString(part.trimmed(), TimeFormat);
        if (!time.isValid() || times.contains(time) || times.size() >= ReminderSettings::MaxTimes) {
            read.warn(fullKey,
                      QStringLiteral("\"%1\" is not a list of up to %2 different times (HH:MM HH:MM)")
                          .arg(read.raw(fullKey))
                          .arg(ReminderSettings::MaxTimes),
                      joinedTimes(fallback));
            return fallback;
        }
        times.append(time);
    }
    std::sort(times.begin(), times.end());
    return times;
}

QList<int> readDays(SettingsReader& read, const QList<int>& fallback)
{
    const QString fullKey = key("working_days");
    if (!read.contains(fullKey))
        return fallback;
    QList<int> days;
    const QStringList parts = read.raw(fullKey).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        bool ok = false;
        const int day = part.trimmed().toInt(&ok);
        if (!ok || day < Qt::Monday || day > Qt::Sunday || days.contains(day)) {
            read.warn(fullKey,
                      QStringLiteral("\"%1\" is not a list of days 1 (Monday) to 7 (Sunday)").arg(read.raw(fullKey)),
                      joinedDays(fallback));
            return fallback;
        }
        days.append(day);
    }
    std::sort(days.begin(), days.end());
    return days;
}

} // namespace

QString toString(ReminderSettings::Mode mode)
{
    return mode == ReminderSettings::Mode::ActiveUse ? QStringLiteral("active-use") : QStringLiteral("times-of-day");
}

ReminderSettings ReminderSettings::load(const QSettings& store, QStringList* warnings)
{
    const ReminderSettings defaults;
    ReminderSettings settings;
    SettingsReader read(store, warnings);
    settings.enabled = read.boolean(key("enabled"), defaults.enabled);
    if (read.contains(key("mode"))) {
        const QString mode = read.raw(key("mode"));
        if (mode == toString(Mode::ActiveUse))
            settings.mode = Mode::ActiveUse;
        else if (mode == toString(Mode::TimesOfDay))
            settings.mode = Mode::TimesOfDay;
        else
            read.warn(key("mode"), QStringLiteral("\"%1\" is not active-use or times-of-day").arg(mode),
                      toString(defaults.mode));
    }
    settings.activeMinutes
        = read.integer(key("active_minutes"), defaults.activeMinutes, ActiveMinutes.min, ActiveMinutes.max);
    settings.times = readTimes(read, defaults.times);
    settings.workingDays = readDays(read, defaults.workingDays);
    settings.workStart = readTime(read, "work_start", defaults.workStart);
    settings.workEnd = readTime(read, "work_end", defaults.workEnd);
    if (settings.workEnd <= settings.workStart) {
        read.warn(key("work_end"), QStringLiteral("working hours end before they start"),
                  defaults.workStart.toString(TimeFormat) + QLatin1Char('-') + defaults.workEnd.toString(TimeFormat));
        settings.workStart = defaults.workStart;
        settings.workEnd = defaults.workEnd;
    }
    settings.breakMinutes
        = read.integer(key("break_minutes"), defaults.breakMinutes, BreakMinutes.min, BreakMinutes.max);
    settings.chime = read.boolean(key("chime"), defaults.chime);
    return settings;
}

void ReminderSettings::save(QSettings& store) const
{
    store.setValue(key("enabled"), enabled);
    store.setValue(key("mode"), toString(mode));
    store.setValue(key("active_minutes"), activeMinutes);
    store.setValue(key("times"), joinedTimes(times));
    store.setValue(key("working_days"), joinedDays(workingDays));
    store.setValue(key("work_start"), workStart.toString(TimeFormat));
    store.setValue(key("work_end"), workEnd.toString(TimeFormat));
    store.setValue(key("break_minutes"), breakMinutes);
    store.setValue(key("chime"), chime);
}

} // namespace limber
