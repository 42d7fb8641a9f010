#include "print/Handout.h"

#include "text/DoseText.h"
#include "text/DurationText.h"

#include "limber/CatalogText.h"

#include <algorithm>

namespace limber {

namespace {

// The hold the planner schedules for the exercise: it follows the hold-length
// setting within the exercise's own limits, so the paper matches the session.
qint64 plannedHoldMs(const Plan& plan)
{
    for (const Step& step : plan.steps) {
        if (step.kind == StepKind::Hold)
            return step.durationMs;
    }
    return 0;
}

} // namespace

HandoutBuilder::HandoutBuilder(const Catalog& catalog, PlanOptions options)
    : m_catalog(catalog)
    , m_options(std::move(options))
{
}

HandoutExercise HandoutBuilder::describe(const Exercise& source, const Plan& plan)
{
    const Exercise exercise = translated(source);
    HandoutExercise printed;
    printed.id = exercise.id;
    printed.name = exercise.name;
    printed.dose = DoseText::describe(exercise.dose, plannedHoldMs(plan));
    //: how long one exercise takes, e.g. "about 2 min"
    printed.length = tr("about %1").arg(DurationText::approximate(plan.totalMs));
    printed.targets = exercise.targets;
    printed.position = exercise.position;
    printed.steps = exercise.steps;
    printed.note = exercise.note;
    return printed;
}

Handout HandoutBuilder::fromExercises(const QString& title, const QList<Exercise>& exercises) const
{
    // The doses given may differ from the catalog's: plan them from a catalog
    // of exactly these exercises.
    Catalog effective;
    QStringList ids;
    for (const Exercise& exercise : exercises) {
        effective.addExercise(exercise);
        ids.append(exercise.id);
    }
    const Planner planner(effective);

    Handout handout;
    handout.title = title;
    handout.date = QDate::currentDate();
    for (const Exercise& exercise : exercises)
        handout.exercises.append(describe(exercise, planner.plan(QStringList {exercise.id}, m_options)));
    if (!ids.isEmpty())
        handout.sessionLength = tr("about %1").arg(DurationText::approximate(planner.plan(ids, m_options).totalMs));
    return handout;
}

Handout HandoutBuilder::fromRoutine(const Routine& routine) const
{
    const Planner planner(m_catalog);
    Handout handout;
    handout.title = routine.name;
    handout.notes = routine.notes;
    handout.howOften = howOften(routine.frequency);
    handout.sessionsPerDay = std::clamp(routine.frequency.timesPerDay, 1, Handout::MaxSessionsPerDay);
    handout.date = QDate::currentDate();
    Routine known = routine;
    known.entries.clear();
    for (const RoutineEntry& entry : routine.entries) {
        const Exercise* exercise = m_catalog.exercise(entry.exerciseId);
        if (!exercise)
            continue;
        known.entries.append(entry);
        // Planned as the routine plans it: its hold lengths are exact, not
        // scaled by the hold setting.
        Routine alone;
        alone.entries = {entry};
        HandoutExercise printed = describe(applyOverride(*exercise, entry.dose), planner.plan(alone, m_options));
        printed.routineNote = entry.note;
        handout.exercises.append(printed);
    }
    if (!known.entries.isEmpty())
        handout.sessionLength = tr("about %1").arg(DurationText::approximate(planner.plan(known, m_options).totalMs));
    return handout;
}

QString HandoutBuilder::howOften(const RoutineFrequency& frequency)
{
    QStringList parts;
    if (frequency.timesPerDay == 1)
        parts << tr("once a day");
    else if (frequency.timesPerDay == 2)
        parts << tr("twice a day");
    else if (frequency.timesPerDay > 2)
        parts << tr("%n times a day", "", frequency.timesPerDay);
    if (frequency.daysPerWeek >= 7)
        parts << tr("every day");
    else if (frequency.daysPerWeek > 0)
        parts << (frequency.daysPerWeek == 1 ? tr("once a week") : tr("%n days a week", "", frequency.daysPerWeek));
    return parts.join(QStringLiteral(", "));
}

Handout HandoutBuilder::fromIds(const QString& title, const QStringList& exerciseIds) const
{
    QList<Exercise> exercises;
    for (const QString& id : exerciseIds) {
        if (const Exercise* exercise = m_catalog.exercise(id))
            exercises.append(*exercise);
    }
    return fromExercises(title, exercises);
}

std::optional<Handout> HandoutBuilder::fromTarget(const QString& target, QString* error) const
{
    const QStringList ids = Planner(m_catalog).resolveTarget(target, error);
    if (ids.isEmpty())
        return std::nullopt;
    const Region* region = m_catalog.region(target.trimmed());
    return fromIds(region ? catalogText(region->name) : tr("Your exercises"), ids);
}

QString HandoutBuilder::defaultFileName(const Handout& handout)
{
    // Letters of any script stay (a German title keeps its umlauts); anything
    // a file system or a shell could trip on becomes a dash.
    QString slug;
    for (const QChar c : handout.title.toLower()) {
        if (c.isLetterOrNumber())
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    if (slug.isEmpty())
        slug = QStringLiteral("handout");
    return QStringLiteral("limber-%1.pdf").arg(slug.left(60));
}

} // namespace limber
