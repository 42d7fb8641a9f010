#pragma once

#include "limber/Catalog.h"

#include <QCoreApplication>
#include <QString>

namespace limber {

// An exercise's dose in the words a person would use:
// "Hold 30 s · 3 times", "3 × 30 s each side", "10 times, slowly",
// "20–30 times · hold 5 s each".
class DoseText final {
    Q_DECLARE_TR_FUNCTIONS(DoseText)

public:
    // `plannedHoldMs` is the hold the planner actually schedules (it follows
    // the hold-length setting), so the card never promises a different length.
    static QString describe(const Dose& dose, qint64 plannedHoldMs);
    static QString describeHold(const HoldDose& dose, qint64 plannedHoldMs);
    static QString describeRepetitions(const RepetitionDose& dose);
};

} // namespace limber
