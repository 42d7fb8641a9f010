#pragma once

#include "limber/Plan.h"

#include <QString>
#include <QStringList>

class QSettings;

namespace limber {

// What a person can change about their sessions. Values are validated on
// load: anything corrupt or out of range falls back to its default and is
// reported in `warnings`, so a damaged settings file never yields an absurd
// session.
struct SessionSettings {
    int leadInSeconds = 5;
    int restBetweenHoldsSeconds = 10;
    int restBetweenExercisesSeconds = 10;
    int holdSeconds = 30;
    Pace pace = Pace::Normal;
    int cobraReps = 20;
    int getReadySeconds = 3;
    bool painCheckIn = true;
    QString language; // empty: follow the system
    bool voiceEnabled = false;
    QString voiceName;
    int weeklyGoal = 5;     // sessions a week the person aims for; home and History measure against it
    bool floorView = false; // every session opens in the full-screen floor view (readable from a mat)

    struct Range {
        int min;
        int max;
    };
    static constexpr Range LeadIn {1, 30};
    static constexpr Range RestBetweenHolds {0, 30};
    static constexpr Range RestBetweenExercises {0, 60};
    static constexpr Range Hold {15, 60};
    static constexpr Range CobraReps {20, 30};
    static constexpr Range GetReady {0, 10};
    static constexpr Range WeeklyGoal {1, 21}; // up to three a day

    PlanOptions planOptions() const;

    // Reads group "session" of `store`; problems go to `warnings` (and the log).
    static SessionSettings load(const QSettings& store, QStringList* warnings = nullptr);
    void save(QSettings& store) const;

    // The pain check-in's one switch alone, for the check-in's own "Don't ask
    // me again". Versions before 0.2 kept it under "checkin/enabled"; that is
    // read while the new key is absent, and removed on the next save.
    static bool loadPainCheckIn(const QSettings& store);
    static void savePainCheckIn(QSettings& store, bool enabled);

    bool operator==(const SessionSettings&) const = default;
};

QString toString(Pace pace);

// Empty when the settings file reads cleanly; otherwise one line naming the
// file and the problem. QSettings quietly yields defaults for a file it cannot
// parse, so without this a damaged file would silently reset every choice.
// A damaged file is copied to FILE.damaged first (the next save rewrites it).
QString settingsFileProblem(const QSettings& store);

} // namespace limber
