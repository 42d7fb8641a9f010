#include "text/DoseText.h"

#include "text/DurationText.h"

namespace limber {

QString DoseText::describe(const Dose& dose, qint64 plannedHoldMs)
{
    return dose.type == Dose::Type::Hold ? describeHold(dose.hold, plannedHoldMs)
                                         : describeRepetitions(dose.repetitions);
}

QString DoseText::describeHold(const HoldDose& dose, qint64 plannedHoldMs)
{
    const QString hold = DurationText::exact(plannedHoldMs);
    if (dose.perSide) {
        if (dose.sets <= 1)
            return tr("Hold %1 each side").arg(hold);
        //: sets × hold length, e.g. "3 × 30 s each side"
        return tr("%n × %1 each side", "", dose.sets).arg(hold);
    }
    if (dose.sets <= 1)
        return tr("Hold %1").arg(hold);
    return tr("Hold %1 · %n times", "", dose.sets).arg(hold);
}

QString DoseText::describeRepetitions(const RepetitionDose& dose)
{
    QString count;
    if (dose.isRange())
        //: a range of repetitions, e.g. "20–30 times"
        count = tr("%1–%2 times").arg(dose.minReps).arg(dose.maxReps);
    else if (dose.reps == 1)
        count = tr("Once, slowly");
    else
        count = tr("%n times, slowly", "", dose.reps);

    // A pause inside each repetition (cobra's "look up and hold") is part of
    // what the person signs up for, so it belongs in the dose.
    for (const Phase& phase : dose.phases) {
        if (phase.kind == Phase::Kind::Hold)
            return tr("%1 · hold %2 each").arg(count, DurationText::exact(phase.durationMs));
    }
    return count;
}

} // namespace limber
