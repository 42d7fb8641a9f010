#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

class QSettings;

namespace limber {

// When to remind a person to stretch (Preferences › Reminders). Validated on
// load like the session settings: a corrupt or out-of-range value falls back
// to its default with a warning naming the file and key.
struct ReminderSettings {
    enum class Mode { ActiveUse, TimesOfDay };

    bool enabled = false; // off until the person turns them on
    Mode mode = Mode::ActiveUse;
    int activeMinutes = 50;                           // Mode::ActiveUse
    QList<QTime> times {QTime(10, 30), QTime(15, 0)}; // Mode::TimesOfDay, sorted
    QList<int> workingDays {1, 2, 3, 4, 5};           // Qt::DayOfWeek: 1 = Monday ... 7 = Sunday
    QTime workStart {9, 0};
    QTime workEnd {18, 0};
    int breakMinutes = 5; // idle this long counts as a break taken
    bool chime = true;    // a soft chime with the reminder

    struct Range {
        int min;
        int max;
    };
    static constexpr Range ActiveMinutes {10, 240};
    static constexpr Range BreakMinutes {1, 60};
    static constexpr qsizetype MaxTimes = 12;

    // Reads group "reminders" of `store`; problems go to `warnings` (and the log).
    static ReminderSettings load(const QSettings& store, QStringList* warnings = nullptr);
    void save(QSettings& store) const;

    bool operator==(const ReminderSettings&) const = default;
};

QString toString(ReminderSettings::Mode mode);

} // namespace limber
