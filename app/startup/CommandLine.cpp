#include "startup/CommandLine.h"

#include "startup/RoutineCommands.h"

#include "limber/CatalogLoader.h"
#include "limber/Plan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

namespace limber {

namespace {

constexpr double MaxTimeScale = 1000.0;

QString trCli(const char* text)
{
    return QCoreApplication::translate("limber::CommandLine", text);
}

QString formatDuration(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return trCli("%1 s").arg(seconds);
    const qint64 rest = seconds % 60;
    return rest == 0 ? trCli("%1 min").arg(seconds / 60) : trCli("%1 min %2 s").arg(seconds / 60).arg(rest);
}

QString clockTime(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString doseText(const Exercise& exercise)
{
    if (exercise.dose.type == Dose::Type::Hold) {
        const HoldDose& hold = exercise.dose.hold;
        const QString text = trCli("hold %1 s, %2 times").arg(hold.holdMs / 1000).arg(hold.sets);
        return hold.perSide ? trCli("%1 per side").arg(text) : text;
    }
    const RepetitionDose& reps = exercise.dose.repetitions;
    return reps.isRange() ? trCli("%1 to %2 repetitions").arg(reps.minReps).arg(reps.maxReps)
                          : trCli("%1 repetitions").arg(reps.reps);
}

void setUpParser(QCommandLineParser& parser)
{
    parser.setApplicationDescription(trCli("Guided stretching sessions for everyday back pain."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("list"), trCli("List the body regions and their exercises.")},
        {QStringLiteral("plan"), trCli("Print the session timeline for a region or comma-separated exercise ids."),
         trCli("target")},
        {QStringLiteral("json"), trCli("With --plan: print the timeline as JSON.")},
        {QStringLiteral("validate"), trCli("Check a catalog file and print every problem found."), trCli("file")},
        {QStringLiteral("import-workrave"),
         trCli("Import the exercises of a Workrave exercises.xml as your own exercises."), trCli("file")},
        {QStringLiteral("region"), trCli("With --import-workrave: the region the exercises join."), trCli("region"),
         QStringLiteral("neck-shoulders")},
        {QStringLiteral("start"), trCli("Open straight into a session for a region or exercise ids."), trCli("target")},
        {QStringLiteral("time-scale"), trCli("Demo and testing aid: run every duration this many times faster."),
         trCli("factor"), QStringLiteral("1")},
        {QStringLiteral("quit-at-end"), trCli("Testing aid: quit 3 seconds after the session finishes.")},
        {QStringLiteral("pause-at"),
         trCli("Testing aid: pause the session when it reaches this point (in session milliseconds)."), trCli("ms")},
        {QStringLiteral("pause-for"), trCli("Testing aid: with --pause-at, resume after this many milliseconds."),
         trCli("ms"), QString::number(CommandLine::DefaultPauseForMs)},
        {QStringLiteral("tray"), trCli("Start hidden in the tray (as at log-in), with reminders as set.")},
        {QStringLiteral("remind-in"),
         trCli("Remind me once after this long (90s, 20m, 1h), even outside working hours."), trCli("duration")},
        {QStringLiteral("reminders"), trCli("Turn stretch reminders on or off, or print their status."),
         QStringLiteral("on|off|status")},
        {QStringLiteral("import"),
         trCli("Import a shared routine (.limber file); nothing is replaced without --replace."), trCli("file")},
        {QStringLiteral("replace"), trCli("With --import: replace a routine or exercise with the same id.")},
        {QStringLiteral("export-routine"), trCli("Write a saved routine, with your own exercises it uses, to FILE."),
         trCli("routine")},
        {QStringLiteral("pdf"),
         trCli("Write a printable handout of a region or exercise ids to a PDF file: --pdf TARGET FILE."),
         trCli("target")},
        {QStringLiteral("page-size"), trCli("With --pdf: the paper, a4 or letter (default: from the system's locale)."),
         QStringLiteral("a4|letter")},
        {QStringLiteral("lang"), trCli("With --pdf: the handout's language (en, de, es, fr)."), trCli("code")},
        {QStringLiteral("verbose"), trCli("Log debug details.")},
    });
}

} // namespace

bool CommandLine::isTextOnly(const QStringList& arguments)
{
    static const QStringList textOnly = {
        QStringLiteral("--list"),
        QStringLiteral("--plan"),
        QStringLiteral("--validate"),
        QStringLiteral("--help"),
        QStringLiteral("-h"),
        QStringLiteral("--help-all"),
        QStringLiteral("--version"),
        QStringLiteral("-v"),
        QStringLiteral("--reminders"),
        QStringLiteral("--import"),
        QStringLiteral("--export-routine"),
        QStringLiteral("--import-workrave"),
    };
    for (const QString& argument : arguments) {
        const QString name = argument.section(QLatin1Char('='), 0, 0);
        if (textOnly.contains(name))
            return true;
    }
    return false;
}

bool CommandLine::isPrintOnly(const QStringList& arguments)
{
    for (const QString& argument : arguments) {
        if (argument.section(QLatin1Char('='), 0, 0) == QStringLiteral("--pdf"))
            return true;
    }
    return false;
}

qint64 CommandLine::parseDuration(const QString& text)
{
    // A day is the longest a one-off reminder makes sense for.
    constexpr qint64 MaxMs = 24LL * 60 * 60 * 1000;
    static const QRegularExpression pattern(QStringLiteral("^(?:(\\d{1,3})h)?(?:(\\d{1,4})m)?(?:(\\d{1,5})s)?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (text.trimmed().isEmpty() || !match.hasMatch())
        return -1;
    const qint64 ms = match.captured(1).toLongLong() * 3'600'000 + match.captured(2).toLongLong() * 60'000
        + match.captured(3).toLongLong() * 1000;
    return ms > 0 && ms <= MaxMs ? ms : -1;
}

CommandLine CommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    setUpParser(parser);
    CommandLine result;
    if (!parser.parse(arguments)) {
        result.action = Action::Error;
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(0); // exits
    }
    if (parser.isSet(QStringLiteral("version"))) {
        parser.showVersion(); // exits
    }
    if (parser.isSet(QStringLiteral("pdf"))) {
        // An action with a positional argument: the file to write.
        result.action = Action::Pdf;
        result.target = parser.value(QStringLiteral("pdf"));
        result.pageSize = parser.value(QStringLiteral("page-size"));
        result.language = parser.value(QStringLiteral("lang"));
        if (parser.positionalArguments().size() != 1) {
            result.action = Action::Error;
            result.error = trCli("--pdf takes a target and the PDF file to write, e.g. --pdf lower-back handout.pdf");
        } else if (!result.pageSize.isEmpty()
                   && !QStringList {QStringLiteral("a4"), QStringLiteral("letter")}.contains(
                       result.pageSize.toLower())) {
            result.action = Action::Error;
            result.error = trCli("--page-size takes a4 or letter");
        } else {
            result.pdfFile = parser.positionalArguments().constFirst();
        }
        return result;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("export-routine"))) {
        result.action = Action::ExportRoutine;
        result.exportRoutine = parser.value(QStringLiteral("export-routine"));
        if (positional.size() != 1) {
            result.action = Action::Error;
            result.error
                = trCli("--export-routine takes a routine and the file to write: --export-routine ROUTINE FILE");
        } else {
            result.routineFile = positional.constFirst();
        }
        return result;
    }
    if (parser.isSet(QStringLiteral("import"))) {
        result.action = Action::Import;
        result.routineFile = parser.value(QStringLiteral("import"));
        result.replace = parser.isSet(QStringLiteral("replace"));
        return result;
    }
    // "limber FILE.limber", what a file manager runs on a double click: the
    // window shows what the file holds and asks before anything is written.
    if (positional.size() == 1 && positional.constFirst().endsWith(QLatin1String(".limber"))) {
        result.openFile = QFileInfo(positional.constFirst()).absoluteFilePath();
        return result;
    }
    if (!positional.isEmpty()) {
        result.action = Action::Error;
        result.error = trCli("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst());
        return result;
    }

    result.verbose = parser.isSet(QStringLiteral("verbose"));
    result.json = parser.isSet(QStringLiteral("json"));
    bool scaleOk = false;
    const double scale = parser.value(QStringLiteral("time-scale")).toDouble(&scaleOk);
    if (!scaleOk || !(scale > 0.0) || scale > MaxTimeScale) {
        result.action = Action::Error;
        result.error = trCli("--time-scale takes a number greater than 0 and at most %1").arg(MaxTimeScale);
        return result;
    }
    result.timeScale = scale;

    result.quitAtEnd = parser.isSet(QStringLiteral("quit-at-end"));
    if (parser.isSet(QStringLiteral("pause-at"))) {
        bool atOk = false;
        bool forOk = false;
        result.pauseAtMs = parser.value(QStringLiteral("pause-at")).toLongLong(&atOk);
        result.pauseForMs = parser.value(QStringLiteral("pause-for")).toLongLong(&forOk);
        if (!atOk || result.pauseAtMs < 0 || !forOk || result.pauseForMs < 0) {
            result.action = Action::Error;
            result.error = trCli("--pause-at and --pause-for take a whole number of milliseconds, 0 or more");
            return result;
        }
    }

    result.tray = parser.isSet(QStringLiteral("tray"));
    if (parser.isSet(QStringLiteral("remind-in"))) {
        result.remindInMs = parseDuration(parser.value(QStringLiteral("remind-in")));
        if (result.remindInMs < 0) {
            result.action = Action::Error;
            result.error = trCli("--remind-in takes a duration of up to a day, such as 90s, 20m or 1h");
            return result;
        }
    }

    if (parser.isSet(QStringLiteral("reminders"))) {
        result.action = Action::Reminders;
        result.remindersCommand = parser.value(QStringLiteral("reminders"));
        if (!QStringList {QStringLiteral("on"), QStringLiteral("off"), QStringLiteral("status")}.contains(
                result.remindersCommand)) {
            result.action = Action::Error;
            result.error = trCli("--reminders takes on, off or status");
        }
        return result;
    }
    if (parser.isSet(QStringLiteral("list"))) {
        result.action = Action::List;
    } else if (parser.isSet(QStringLiteral("plan"))) {
        result.action = Action::Plan;
        result.target = parser.value(QStringLiteral("plan"));
    } else if (parser.isSet(QStringLiteral("validate"))) {
        result.action = Action::Validate;
        result.validateFile = parser.value(QStringLiteral("validate"));
    } else if (parser.isSet(QStringLiteral("import-workrave"))) {
        result.action = Action::ImportWorkrave;
        result.importFile = parser.value(QStringLiteral("import-workrave"));
        result.importRegion = parser.value(QStringLiteral("region"));
    } else {
        result.target = parser.value(QStringLiteral("start"));
    }
    return result;
}

int printCatalog(const Catalog& catalog, QTextStream& out)
{
    for (const Region& region : catalog.regions()) {
        out << region.name << QStringLiteral("  [") << region.id << QStringLiteral("]\n");
        for (const Exercise* exercise : catalog.exercisesOf(region.id)) {
            const bool suggested = region.suggested.contains(exercise->id);
            out << (suggested ? QStringLiteral("  * ") : QStringLiteral("    ")) << exercise->name
                << QStringLiteral("  [") << exercise->id << QStringLiteral("]  ") << doseText(*exercise)
                << QLatin1Char('\n');
        }
        out << QLatin1Char('\n');
    }
    out << trCli("* suggested first for the region") << QLatin1Char('\n');
    return 0;
}

int printPlan(const Catalog& catalog, const QString& target, bool json, QTextStream& out, QTextStream& err,
              const SetAside& setAside)
{
    const Planner planner(catalog);
    QString error;
    const QStringList ids = planner.resolveTarget(target, &error, setAside);
    if (ids.isEmpty()) {
        err << trCli("limber: %1").arg(error) << QLatin1Char('\n');
        return 2;
    }
    // Say what a region's plan left out, so nobody wonders where it went.
    const QStringList leftOut
        = catalog.region(target.trimmed()) ? suggestFor(catalog, target.trimmed(), setAside).setAside : QStringList();
    const Plan plan = planner.plan(ids);
    if (json) {
        QJsonObject object = toJson(plan);
        object.insert(QStringLiteral("set_aside"), QJsonArray::fromStringList(leftOut));
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const QString& id : leftOut)
        out << trCli("Set aside: %1 (you marked it as making the pain sharper; it is planned only when named)")
                   .arg(catalog.exercise(id)->name)
            << QLatin1Char('\n');

    return printPlanSteps(catalog, plan, out);
}

int printPlanSteps(const Catalog& catalog, const Plan& plan, QTextStream& out)
{
    QStringList names;
    for (const QString& id : plan.exerciseIds)
        names.append(catalog.exercise(id)->name);
    out << names.join(QStringLiteral(", ")) << QStringLiteral(" - ") << formatDuration(plan.totalMs)
        << QStringLiteral("\n\n");
    for (int i = 0; i < plan.steps.size(); ++i) {
        const Step& step = plan.steps[i];
        QStringList where;
        if (step.sets > 0 && step.kind == StepKind::Hold)
            where << trCli("set %1/%2").arg(step.set).arg(step.sets);
        if (step.reps > 0)
            where << trCli("rep %1/%2").arg(step.rep).arg(step.reps);
        if (step.side != Side::None)
            where << toString(step.side);
        out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                   .arg(i, 3)
                   .arg(clockTime(step.startMs), 6)
                   .arg(formatDuration(step.durationMs), -8)
                   .arg(toString(step.kind), -12)
                   .arg(step.exerciseId, -15)
                   .arg((step.label + QStringLiteral("  ") + where.join(QStringLiteral(", "))).trimmed());
    }
    out << QLatin1Char('\n') << trCli("Total: %1").arg(formatDuration(plan.totalMs)) << QLatin1Char('\n');
    return 0;
}

int validateCatalogFile(const Catalog& builtIn, const QString& path, QTextStream& out, QTextStream& err,
                        const PictureChecker* pictures)
{
    const CatalogParseResult result = CatalogLoader::loadFile(path, &builtIn, pictures);
    for (const CatalogIssue& issue : result.issues)
        err << issue.toString() << QLatin1Char('\n');
    if (!result.ok()) {
        err << trCli("%1: not valid").arg(path) << QLatin1Char('\n');
        return 1;
    }
    out << trCli("%1: valid (%2 exercises, %3 regions)")
               .arg(path)
               .arg(result.catalog.exercises().size())
               .arg(result.catalog.regions().size())
        << QLatin1Char('\n');
    return 0;
}

int runTextAction(const CommandLine& commandLine, const LoadedCatalog& loaded, QTextStream& out, QTextStream& err,
                  const SetAside& setAside, const PictureChecker* pictures)
{
    switch (commandLine.action) {
    case CommandLine::Action::List:
        printCatalog(loaded.catalog, out);
        printRoutines(loaded.catalog, out);
        return 0;
    case CommandLine::Action::Plan:
        if (const std::optional<int> status
            = planRoutine(loaded.catalog, commandLine.target, commandLine.json, out, err))
            return *status;
        return printPlan(loaded.catalog, commandLine.target, commandLine.json, out, err, setAside);
    case CommandLine::Action::Import:
        return importArchive(loaded.catalog, commandLine.routineFile, commandLine.replace, out, err);
    case CommandLine::Action::ExportRoutine:
        return exportRoutine(commandLine.exportRoutine, commandLine.routineFile, out, err);
    case CommandLine::Action::Validate:
        return validateCatalogFile(loaded.catalog, commandLine.validateFile, out, err, pictures);
    case CommandLine::Action::ImportWorkrave: // needs QtGui to check the images: import/WorkraveImportCommand
    case CommandLine::Action::Reminders:      // needs the settings and the running instance: startup/RemindersCommand
    case CommandLine::Action::Pdf:            // needs a QGuiApplication: print/HandoutCommand
    case CommandLine::Action::Gui:
    case CommandLine::Action::Error:
    case CommandLine::Action::Done:
        break;
    }
    return 0;
}

} // namespace limber
