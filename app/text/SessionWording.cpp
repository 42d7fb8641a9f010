#include "text/SessionWording.h"

#include "text/DurationText.h"

#include "limber/Catalog.h"
#include "limber/CatalogText.h"
#include "limber/Plan.h"

#include <QStringList>

namespace limber {

QString SessionWording::position(const Step& step)
{
    QStringList parts;
    if (step.reps > 0)
        parts.append(tr("Rep %1 of %2").arg(step.rep).arg(step.reps));
    else if (step.sets > 1 && step.kind == StepKind::Rest)
        parts.append(tr("Set %1 of %2 done").arg(step.set).arg(step.sets));
    else if (step.sets > 1)
        parts.append(tr("Set %1 of %2").arg(step.set).arg(step.sets));
    if (step.kind != StepKind::SwitchSides) {
        if (step.side == Side::Left)
            parts.append(tr("Left side"));
        else if (step.side == Side::Right)
            parts.append(tr("Right side"));
    }
    return parts.join(QStringLiteral(" · "));
}

QString SessionWording::next(const Plan& plan, int index, const Catalog& catalog)
{
    if (index < 0 || index >= plan.steps.size())
        return {};
    if (index + 1 == plan.steps.size())
        return tr("Last step, then you are done");
    const Step& current = plan.steps[index];
    const Step& next = plan.steps[index + 1];
    // A new exercise is announced by name: that is what the person needs to
    // get ready for, not the lead-in that opens it.
    const bool newExercise = next.exerciseIndex != current.exerciseIndex
        || (next.kind == StepKind::Prepare && current.kind == StepKind::Rest);
    if (newExercise)
        return tr("Next exercise: %1").arg(exerciseName(catalog, next.exerciseId));
    //: what comes next and how long it lasts, e.g. "Next: Release · 10 s"
    return tr("Next: %1 · %2").arg(next.label, DurationText::exact(next.durationMs));
}

QString SessionWording::timeLeft(qint64 ms)
{
    //: time left in the whole session, e.g. "3:40 left"
    return tr("%1 left").arg(DurationText::clock(ms));
}

QString SessionWording::exerciseName(const Catalog& catalog, const QString& exerciseId)
{
    const Exercise* exercise = catalog.exercise(exerciseId);
    return exercise ? catalogText(exercise->name) : exerciseId;
}

} // namespace limber
