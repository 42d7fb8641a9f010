#include "limber/routines/Routine.h"

#include <algorithm>
#include <cmath>

namespace limber {

QStringList Routine::exerciseIds() const
{
    QStringList ids;
    ids.reserve(entries.size());
    for (const RoutineEntry& entry : entries)
        ids.append(entry.exerciseId);
    return ids;
}

Exercise applyOverride(const Exercise& exercise, const DoseOverride& dose)
{
    using L = RoutineLimits;
    Exercise result = exercise;
    if (result.dose.type == Dose::Type::Hold) {
        HoldDose& hold = result.dose.hold;
        if (dose.holdSeconds) {
            int ms = std::clamp(*dose.holdSeconds, L::MinHoldSeconds, L::MaxHoldSeconds) * 1000;
            // The catalog's maximum is a safety limit (the pelvic tilt is held
            // "up to 10 s"), so a routine cannot lift it.
            if (hold.maxHoldMs)
                ms = std::min(ms, *hold.maxHoldMs);
            hold.holdMs = ms;
        }
        if (dose.sets)
            hold.sets = std::clamp(*dose.sets, L::MinSets, L::MaxSets);
        if (dose.perSide)
            hold.perSide = *dose.perSide;
    } else {
        RepetitionDose& reps = result.dose.repetitions;
        if (dose.repetitions) {
            const int count = std::clamp(*dose.repetitions, L::MinRepetitions, L::MaxRepetitions);
            reps.reps = reps.minReps = reps.maxReps = count;
        }
        if (dose.phaseScale) {
            const double scale = std::clamp(*dose.phaseScale, L::MinPhaseScale, L::MaxPhaseScale);
            for (Phase& phase : reps.phases) {
                // A hold inside a repetition (the cobra's 5 s) is a dose, not a tempo.
                if (phase.kind == Phase::Kind::Move)
                    phase.durationMs = std::max(500, int(std::lround(phase.durationMs * scale / 100.0)) * 100);
            }
        }
    }
    return result;
}

QString routineIdFromName(const QString& name)
{
    QString id;
    bool dash = false;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            if (dash && !id.isEmpty())
                id += QLatin1Char('-');
            id += c.toLower();
            dash = false;
        } else if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('_') || c.isPunct()) {
            dash = true;
        }
        if (id.size() >= 60)
            break;
    }
    return id.isEmpty() ? QStringLiteral("routine") : id;
}

} // namespace limber
