#include "limber/Settings.h"

#include <QFile>
#include <QSettings>

#include <spdlog/spdlog.h>

namespace limber {

namespace {

const QString Group = QStringLiteral("session/");

class Reader {
public:
    Reader(const QSettings& store, QStringList* warnings)
        : m_store(store)
        , m_warnings(warnings)
    {
    }

    int integer(const char* key, int fallback, SessionSettings::Range range)
    {
        const QString name = Group + QLatin1String(key);
        if (!m_store.contains(name))
            return fallback;
        bool ok = false;
        const int value = m_store.value(name).toInt(&ok);
        if (!ok) {
            warn(name, QStringLiteral("is not a whole number"), QString::number(fallback));
            return fallback;
        }
        if (value < range.min || value > range.max) {
            warn(name, QStringLiteral("%1 is outside %2..%3").arg(value).arg(range.min).arg(range.max),
                 QString::number(fallback));
            return fallback;
        }
        return value;
    }

    bool boolean(const char* key, bool fallback)
    {
        const QString name = Group + QLatin1String(key);
        if (!m_store.contains(name))
            return fallback;
        const QString text = m_store.value(name).toString().toLower();
        if (text == QStringLiteral("true") || text == QStringLiteral("1"))
            return true;
        if (text == QStringLiteral("false") || text == QStringLiteral("0"))
            return false;
        warn(name, QStringLiteral("is not true or false"), fallback ? QStringLiteral("true") : QStringLiteral("false"));
        return fallback;
    }

    QString text(const char* key, qsizetype maxLength)
    {
        const QString name = Group + QLatin1String(key);
        const QString value = m_store.value(name).toString();
        if (value.size() > maxLength) {
            warn(name, QStringLiteral("is too long"), QString());
            return {};
        }
        return value;
    }

    Pace pace(Pace fallback)
    {
        const QString name = Group + QStringLiteral("pace");
        if (!m_store.contains(name))
            return fallback;
        const QString value = m_store.value(name).toString();
        for (Pace candidate : {Pace::Slower, Pace::Normal, Pace::Faster}) {
            if (value == toString(candidate))
                return candidate;
        }
        warn(name, QStringLiteral("\"%1\" is not slower, normal or faster").arg(value), toString(fallback));
        return fallback;
    }

private:
    void warn(const QString& name, const QString& problem, const QString& fallback)
    {
        const QString message = QStringLiteral("%1: %2: %3; using %4")
                                    .arg(m_store.fileName(), name, problem,
                                         fallback.isEmpty() ? QStringLiteral("the default") : fallback);
        spdlog::warn("{}", message.toStdString());
        if (m_warnings)
            m_warnings->append(message);
    }

    const QSettings& m_store;
    QStringList* m_warnings;
};

} // namespace

PlanOptions SessionSettings::planOptions() const
{
    PlanOptions options;
    options.leadInMs = leadInSeconds * 1000;
    options.restBetweenHoldsMs = restBetweenHoldsSeconds * 1000;
    options.restBetweenExercisesMs = restBetweenExercisesSeconds * 1000;
    options.holdMs = holdSeconds * 1000;
    options.pace = pace;
    options.reps.insert(QStringLiteral("cobra"), cobraReps);
    return options;
}

SessionSettings SessionSettings::load(const QSettings& store, QStringList* warnings)
{
    Reader read(store, warnings);
    const SessionSettings defaults;
    SessionSettings settings;
    settings.leadInSeconds = read.integer("lead_in_s", defaults.leadInSeconds, LeadIn);
    settings.restBetweenHoldsSeconds = read.integer("rest_between_holds_s", defaults.restBetweenHoldsSeconds,
                                                    RestBetweenHolds);
    settings.restBetweenExercisesSeconds = read.integer("rest_between_exercises_s",
                                                        defaults.restBetweenExercisesSeconds, RestBetweenExercises);
    settings.holdSeconds = read.integer("hold_s", defaults.holdSeconds, Hold);
    settings.pace = read.pace(defaults.pace);
    settings.cobraReps = read.integer("cobra_reps", defaults.cobraReps, CobraReps);
    settings.getReadySeconds = read.integer("get_ready_s", defaults.getReadySeconds, GetReady);
    settings.painCheckIn = read.boolean("pain_check_in", defaults.painCheckIn);
    settings.language = read.text("language", 32);
    settings.voiceEnabled = read.boolean("voice", defaults.voiceEnabled);
    settings.voiceName = read.text("voice_name", 200);
    return settings;
}

void SessionSettings::save(QSettings& store) const
{
    store.setValue(Group + QStringLiteral("lead_in_s"), leadInSeconds);
    store.setValue(Group + QStringLiteral("rest_between_holds_s"), restBetweenHoldsSeconds);
    store.setValue(Group + QStringLiteral("rest_between_exercises_s"), restBetweenExercisesSeconds);
    store.setValue(Group + QStringLiteral("hold_s"), holdSeconds);
    store.setValue(Group + QStringLiteral("pace"), toString(pace));
    store.setValue(Group + QStringLiteral("cobra_reps"), cobraReps);
    store.setValue(Group + QStringLiteral("get_ready_s"), getReadySeconds);
    store.setValue(Group + QStringLiteral("pain_check_in"), painCheckIn);
    store.setValue(Group + QStringLiteral("language"), language);
    store.setValue(Group + QStringLiteral("voice"), voiceEnabled);
    store.setValue(Group + QStringLiteral("voice_name"), voiceName);
}

QString toString(Pace pace)
{
    switch (pace) {
    case Pace::Slower:
        return QStringLiteral("slower");
    case Pace::Faster:
        return QStringLiteral("faster");
    case Pace::Normal:
        break;
    }
    return QStringLiteral("normal");
}

QString settingsFileProblem(const QSettings& store)
{
    switch (store.status()) {
    case QSettings::NoError:
        return {};
    case QSettings::AccessError:
        return QStringLiteral("settings: cannot read %1; using the defaults").arg(store.fileName());
    case QSettings::FormatError:
        break;
    }
    // QSettings rewrites the file with only what it could parse at its next
    // save; a copy keeps the original for the person or a bug report.
    const QString copy = store.fileName() + QStringLiteral(".damaged");
    QFile::remove(copy);
    const bool kept = QFile::copy(store.fileName(), copy);
    return QStringLiteral("settings: %1 is damaged (not a settings file); using the defaults "
                          "for anything it could not hold; %2")
        .arg(store.fileName(), kept ? QStringLiteral("a copy is kept as ") + copy
                                    : QStringLiteral("no copy could be kept"));
}

} // namespace limber
