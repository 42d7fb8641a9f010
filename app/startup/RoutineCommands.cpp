#include "startup/RoutineCommands.h"

#include "startup/CommandLine.h"

#include "limber/CatalogLoader.h"
#include "limber/Plan.h"
#include "limber/routines/RoutineArchive.h"
#include "limber/routines/RoutineReader.h"
#include "limber/routines/RoutineStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace limber {

namespace {

QString trRoutines(const char* text)
{
    return QCoreApplication::translate("limber::RoutineCommands", text);
}

QString minutes(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    return seconds < 60 ? trRoutines("%1 s").arg(seconds)
                        : trRoutines("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

bool looksLikeFile(const QString& target)
{
    return target.endsWith(QLatin1String(".limber")) || target.endsWith(QLatin1String(".json"))
        || target.contains(QLatin1Char('/'));
}

void printIssues(const QList<JsonIssue>& issues, QTextStream& err)
{
    for (const JsonIssue& issue : issues)
        err << issue.toString() << QLatin1Char('\n');
}

} // namespace

std::optional<FoundRoutine> findRoutine(const Catalog& installed, const QString& target, QString* error)
{
    if (looksLikeFile(target)) {
        const ArchiveReadResult read = RoutineArchive::readFile(target);
        if (!read.ok()) {
            *error = read.error;
            return std::nullopt;
        }
        FoundRoutine found {read.preview.routine, installed};
        // An archive's exercises are planned as they would be once imported.
        if (!read.preview.exercises.isEmpty()) {
            QJsonArray exercises;
            for (const ArchiveExercise& exercise : read.preview.exercises)
                exercises.append(exercise.json);
            const QJsonObject catalog {{QStringLiteral("format"), 1}, {QStringLiteral("exercises"), exercises}};
            const CatalogParseResult parsed = CatalogLoader::parse(QJsonDocument(catalog).toJson(), target, &installed);
            for (const Exercise& exercise : parsed.catalog.exercises())
                found.catalog.addExercise(exercise);
        }
        return found;
    }
    RoutineStore store;
    store.load();
    if (const Routine* routine = store.find(target))
        return FoundRoutine {*routine, installed};
    return std::nullopt;
}

void printRoutines(const Catalog& catalog, QTextStream& out)
{
    RoutineStore store;
    store.load();
    out << QLatin1Char('\n') << trRoutines("Your routines:") << QLatin1Char('\n');
    if (store.routines().isEmpty())
        out << QStringLiteral("    ") << trRoutines("none yet") << QLatin1Char('\n');
    const Planner planner(catalog);
    for (const Routine& routine : store.routines()) {
        const Plan plan = planner.plan(routine);
        out << QStringLiteral("    ") << routine.name << QStringLiteral("  [") << routine.id << QStringLiteral("]  ")
            << (routine.entries.size() == 1 ? trRoutines("1 exercise")
                                            : trRoutines("%1 exercises").arg(routine.entries.size()))
            << QStringLiteral(", ") << minutes(plan.totalMs) << QLatin1Char('\n');
    }
    for (const JsonIssue& problem : store.problems())
        out << QStringLiteral("    ") << problem.toString() << QLatin1Char('\n');
}

std::optional<int> planRoutine(const Catalog& catalog, const QString& target, bool json, QTextStream& out,
                               QTextStream& err)
{
    const bool file = looksLikeFile(target) && QFileInfo::exists(target);
    // Region and exercise ids keep their meaning; a routine is the next thing tried.
    if (!file && !Planner(catalog).resolveTarget(target).isEmpty())
        return std::nullopt;
    QString error;
    const std::optional<FoundRoutine> found = findRoutine(catalog, target, &error);
    if (!found) {
        if (error.isEmpty())
            return std::nullopt;
        err << trRoutines("limber: %1").arg(error) << QLatin1Char('\n');
        return 1;
    }
    printIssues(RoutineReader::validate(found->routine, found->catalog, file ? target : found->routine.id), err);
    const Plan plan = Planner(found->catalog).plan(found->routine);
    if (plan.isEmpty()) {
        err << trRoutines("limber: the routine %1 has no exercise this Limber knows").arg(found->routine.name)
            << QLatin1Char('\n');
        return 1;
    }
    if (json) {
        out << QString::fromUtf8(QJsonDocument(toJson(plan)).toJson(QJsonDocument::Indented));
        return 0;
    }
    out << found->routine.name << QStringLiteral("  [") << found->routine.id << QStringLiteral("]\n");
    return printPlanSteps(found->catalog, plan, out);
}

int importArchive(const Catalog& installed, const QString& path, bool replace, QTextStream& out, QTextStream& err)
{
    const ArchiveReadResult read = RoutineArchive::readFile(path);
    if (!read.ok()) {
        err << read.error << QLatin1Char('\n') << trRoutines("limber: %1 was not imported").arg(path)
            << QLatin1Char('\n');
        return 1;
    }
    ArchivePreview preview = read.preview;
    RoutineStore store;
    store.load();
    RoutineArchive::findConflicts(preview, store, installed, userCatalogFolder());
    printIssues(preview.warnings, err);

    out << trRoutines("%1 holds the routine \"%2\" [%3]").arg(path, preview.routine.name, preview.routine.id)
        << QLatin1Char('\n');
    for (const ArchiveExercise& exercise : preview.exercises)
        out << QStringLiteral("    ") << trRoutines("exercise %1 [%2]").arg(exercise.name, exercise.id)
            << QLatin1Char('\n');
    for (const ArchivePicture& picture : preview.pictures)
        out << QStringLiteral("    ") << trRoutines("picture %1").arg(picture.path) << QLatin1Char('\n');
    for (const QString& id : preview.missingExerciseIds)
        err << trRoutines("warning: %1: the exercise %2 is neither in the file nor installed; it is left out")
                   .arg(path, id)
            << QLatin1Char('\n');

    ImportChoices choices;
    if (replace) {
        choices.routine = ImportChoice::Replace;
        choices.exercisesByDefault = ImportChoice::Replace;
    }
    const ImportResult result = RoutineArchive::apply(preview, choices, store, installed, userCatalogFolder());
    if (!result.ok()) {
        err << trRoutines("limber: %1 was not imported: %2").arg(path, result.error) << QLatin1Char('\n');
        return 1;
    }
    const QString how = preview.routineIdTaken
        ? (replace ? trRoutines("replaced the routine [%1]") : trRoutines("kept both: the new routine is [%1]"))
        : trRoutines("imported the routine as [%1]");
    out << how.arg(result.routineId) << QLatin1Char('\n');
    for (const QString& id : result.exerciseIds)
        out << QStringLiteral("    ") << trRoutines("exercise [%1] installed").arg(id) << QLatin1Char('\n');
    for (const QString& picture : result.picturePaths)
        out << QStringLiteral("    ") << trRoutines("picture %1 installed").arg(picture) << QLatin1Char('\n');
    return 0;
}

int exportRoutine(const QString& routine, const QString& path, QTextStream& out, QTextStream& err)
{
    RoutineStore store;
    store.load();
    const Routine* found = store.find(routine);
    if (!found) {
        err << trRoutines("limber: there is no saved routine called \"%1\" (see limber --list)").arg(routine)
            << QLatin1Char('\n');
        return 2;
    }
    QStringList warnings;
    const QString error = RoutineArchive::write(*found, userCatalogFolder(), path, &warnings);
    for (const QString& warning : warnings)
        err << trRoutines("warning: %1").arg(warning) << QLatin1Char('\n');
    if (!error.isEmpty()) {
        err << trRoutines("limber: %1").arg(error) << QLatin1Char('\n');
        return 1;
    }
    out << trRoutines("wrote the routine \"%1\" [%2] to %3").arg(found->name, found->id, path) << QLatin1Char('\n');
    return 0;
}

} // namespace limber
