#include "limber/Settings.h"

#include "limber/SettingsReader.h"

#include <QFile>
#include <QSettings>

#include <spdlog/spdlog.h>

namespace limber {

namespace {

const QString Group = QStringLiteral("session/");

QString key(const char* name)
{
    return Group + QLatin1String(name);
}

// Where versions before 0.2 kept the pain check-in's switch.
const QString LegacyPainCheckInKey = QStringLiteral("checkin/enabled");

// The key the switch is read from: the legacy one only while the new one is absent.
QString painCheckInKey(const QSettings& store)
{
    const QString current = key("pain_check_in");
    return !store.contains(current) && store.contains(LegacyPainCheckInKey) ? LegacyPainCheckInKey : current;
}

Pace readPace(SettingsReader& read, Pace fallback)
{
    const QString name = key("pace");
    if (!read.contains(name))
        return fallback;
    const QString value = read.raw(name);
    for (Pace candidate : {Pace::Slower, Pace::Normal, Pace::Faster}) {
        if (value == toString(candidate))
            return candidate;
    }
    read.warn(name, QStringLiteral("\"%1\" is not slower, normal or faster").arg(value), toString(fallback));
    return fallback;
}

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
    SettingsReader read(store, warnings);
    const auto integer = [&read](const char* name, int fallback, Range range) {
        return read.integer(key(name), fallback, range.min, range.max);
    };
    const SessionSettings defaults;
    SessionSettings settings;
    settings.leadInSeconds = integer("lead_in_s", defaults.leadInSeconds, LeadIn);
    settings.restBetweenHoldsSeconds
        = integer("rest_between_holds_s", defaults.restBetweenHoldsSeconds, RestBetweenHolds);
    settings.restBetweenExercisesSeconds
        = integer("rest_between_exercises_s", defaults.restBetweenExercisesSeconds, RestBetweenExercises);
    settings.holdSeconds = integer("hold_s", defaults.holdSeconds, Hold);
    settings.pace = readPace(read, defaults.pace);
    settings.cobraReps = integer("cobra_reps", defaults.cobraReps, CobraReps);
    settings.getReadySeconds = integer("get_ready_s", defaults.getReadySeconds, GetReady);
    settings.painCheckIn = read.boolean(painCheckInKey(store), defaults.painCheckIn);
    settings.language = read.text(key("language"), 32);
    settings.voiceEnabled = read.boolean(key("voice"), defaults.voiceEnabled);
    settings.voiceName = read.text(key("voice_name"), 200);
    settings.weeklyGoal = integer("weekly_goal", defaults.weeklyGoal, WeeklyGoal);
    settings.floorView = read.boolean(key("floor_view"), defaults.floorView);
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
    savePainCheckIn(store, painCheckIn);
    store.setValue(Group + QStringLiteral("language"), language);
    store.setValue(Group + QStringLiteral("voice"), voiceEnabled);
    store.setValue(Group + QStringLiteral("voice_name"), voiceName);
    store.setValue(Group + QStringLiteral("weekly_goal"), weeklyGoal);
    store.setValue(Group + QStringLiteral("floor_view"), floorView);
}

bool SessionSettings::loadPainCheckIn(const QSettings& store)
{
    return SettingsReader(store, nullptr).boolean(painCheckInKey(store), SessionSettings().painCheckIn);
}

void SessionSettings::savePainCheckIn(QSettings& store, bool enabled)
{
    store.setValue(key("pain_check_in"), enabled);
    store.remove(LegacyPainCheckInKey);
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
        .arg(store.fileName(),
             kept ? QStringLiteral("a copy is kept as ") + copy : QStringLiteral("no copy could be kept"));
}

} // namespace limber
