#pragma once

#include "limber/Plan.h"
#include "limber/routines/Routine.h"
#include "limber/routines/RoutineSessions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace limber {

class Catalog;

// A routine in the words home and the editor show: how often it is meant to
// be done, its one-line summary, and its timeline as --plan prints it.
class RoutineText final {
    Q_DECLARE_TR_FUNCTIONS(RoutineText)

public:
    // "Twice a day", "Once a day, 5 days a week", "3 days a week"; empty when not said.
    static QString frequency(const RoutineFrequency& often);
    // "4 exercises · about 6 min · twice a day" for the planned routine.
    static QString summary(const Routine& routine, const Plan& plan);
    // This week against how often it is meant to be done: "3 of 5 days this
    // week", "1 of 2 today" (both when both are said); empty when not said.
    static QString week(const RoutineWeek& week);
    // One line per step: start, length, what to do, the exercise and where in it.
    static QStringList timeline(const Plan& plan, const Catalog& catalog);
    // The name to show: the routine's, or "Untitled routine".
    static QString displayName(const Routine& routine);
};

} // namespace limber
