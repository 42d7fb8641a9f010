#include "routines/RoutineText.h"

#include "text/DurationText.h"

#include "limber/Catalog.h"
#include "limber/CatalogText.h"

namespace limber {

QString RoutineText::frequency(const RoutineFrequency& often)
{
    QString perDay;
    if (often.timesPerDay == 1)
        perDay = tr("Once a day");
    else if (often.timesPerDay == 2)
        perDay = tr("Twice a day");
    else if (often.timesPerDay > 2)
        perDay = tr("%n times a day", "", often.timesPerDay);
    if (often.daysPerWeek <= 0 || often.daysPerWeek >= 7)
        return often.daysPerWeek >= 7 && perDay.isEmpty() ? tr("Every day") : perDay;
    const QString perWeek = often.daysPerWeek == 1 ? tr("1 day a week") : tr("%n days a week", "", often.daysPerWeek);
    //: how often per day, then per week: "Twice a day, 5 days a week"
    return perDay.isEmpty() ? perWeek : tr("%1, %2").arg(perDay, perWeek);
}

QString RoutineText::summary(const Routine& routine, const Plan& plan)
{
    QStringList parts;
    // English has no plural forms in a .ts here, so one is said on its own.
    const int count = static_cast<int>(plan.exerciseIds.size());
    parts << (count == 1 ? tr("1 exercise") : tr("%n exercises", "", count));
    if (plan.totalMs > 0)
        //: the planned length of a routine, e.g. "about 6 min"
        parts << tr("about %1").arg(DurationText::approximate(plan.totalMs));
    if (const QString howOften = frequency(routine.frequency); !howOften.isEmpty())
        parts << howOften.toLower();
    return parts.join(QStringLiteral(" · "));
}

QString RoutineText::week(const RoutineWeek& week)
{
    QStringList parts;
    if (week.daysGoal > 0 && week.daysGoal < 7)
        //: a routine's days with a session this week, against its days a week: "3 of 5 days this week"
        parts << tr("%1 of %2 days this week").arg(week.daysDone).arg(week.daysGoal)
                + (week.weekReached() ? QStringLiteral(" ✓") : QString());
    if (week.timesGoal > 0)
        //: a routine's sessions today, against its times a day: "1 of 2 today"
        parts << tr("%1 of %2 today").arg(week.timesToday).arg(week.timesGoal);
    else if (week.daysGoal >= 7)
        parts << (week.doneToday ? tr("done today") : tr("not yet today"));
    return parts.join(QStringLiteral(" · "));
}

QStringList RoutineText::timeline(const Plan& plan, const Catalog& catalog)
{
    QStringList lines;
    lines.reserve(plan.steps.size());
    for (const Step& step : plan.steps) {
        const Exercise* exercise = catalog.exercise(step.exerciseId);
        QStringList where;
        if (step.sets > 1 && step.kind == StepKind::Hold)
            where << tr("set %1 of %2").arg(step.set).arg(step.sets);
        if (step.reps > 0)
            where << tr("rep %1 of %2").arg(step.rep).arg(step.reps);
        if (step.side == Side::Left && step.kind != StepKind::Prepare)
            where << tr("left");
        else if (step.side == Side::Right)
            where << tr("right");
        QString line = QStringLiteral("%1  %2 — %3")
                           .arg(DurationText::clock(step.startMs), DurationText::exact(step.durationMs), step.label);
        if (exercise && step.kind == StepKind::Prepare)
            line += QStringLiteral(": ") + catalogText(exercise->name);
        if (!where.isEmpty())
            line += QStringLiteral(" (%1)").arg(where.join(QStringLiteral(", ")));
        lines << line;
    }
    return lines;
}

QString RoutineText::displayName(const Routine& routine)
{
    const QString name = routine.name.trimmed();
    return name.isEmpty() ? tr("Untitled routine") : name;
}

} // namespace limber
