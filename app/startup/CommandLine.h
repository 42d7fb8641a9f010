#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

namespace limber {

class Catalog;
class PictureChecker;
class SetAside;
struct LoadedCatalog;

// What the command line asked for. Parsing is separate from running so the
// process can pick QCoreApplication (no display needed) for text-only actions.
struct CommandLine {
    enum class Action { Gui, List, Plan, Validate, Reminders, Import, ExportRoutine, ImportWorkrave, Pdf, Error, Done };
    Action action = Action::Gui;
    QString target;                                          // --plan / --start / --pdf
    QString pdfFile;                                         // --pdf TARGET FILE
    QString pageSize;                                        // --page-size a4|letter (with --pdf)
    QString language;                                        // --lang (with --pdf)
    QString validateFile;                                    // --validate
    QString routineFile;                                     // --import, --export-routine: the .limber file
    QString exportRoutine;                                   // --export-routine: the routine's name or id
    bool replace = false;                                    // --import --replace
    QString openFile;                                        // limber FILE.limber: the window's import, absolute
    QString importFile;                                      // --import-workrave
    QString importRegion = QStringLiteral("neck-shoulders"); // --region, with --import-workrave
    bool tray = false;                                       // --tray: start hidden in the tray
    qint64 remindInMs = -1;                                  // --remind-in: a one-off reminder after this long
    QString remindersCommand;                                // --reminders on|off|status
    bool json = false;
    bool verbose = false;
    double timeScale = 1.0;
    // Testing aids for unattended runs (tests/audio): quit a few seconds after
    // the session ends; pause at a point of the session for a while.
    bool quitAtEnd = false;
    qint64 pauseAtMs = -1;                 // session time (plan ms); -1: never
    qint64 pauseForMs = DefaultPauseForMs; // real ms
    QString error;

    static constexpr qint64 DefaultPauseForMs = 2000;

    static CommandLine parse(const QStringList& arguments);
    // True when the arguments name an action that needs no window at all.
    static bool isTextOnly(const QStringList& arguments);
    // True for --pdf: no window, but fonts and painting (a QGuiApplication).
    static bool isPrintOnly(const QStringList& arguments);
    // "90s", "20m", "1h", "1h30m": milliseconds, or -1 when it is not a duration.
    static qint64 parseDuration(const QString& text);
};

// Runs a text-only action (--list, --plan, --validate) and returns the exit
// status. `setAside`: what --plan for a region leaves out, as home does.
// `pictures` judges the images of a file given to --validate (the app passes QtGui's).
int runTextAction(const CommandLine& commandLine, const LoadedCatalog& loaded, QTextStream& out, QTextStream& err,
                  const SetAside& setAside, const PictureChecker* pictures = nullptr);

int printCatalog(const Catalog& catalog, QTextStream& out);
int printPlan(const Catalog& catalog, const QString& target, bool json, QTextStream& out, QTextStream& err,
              const SetAside& setAside);
struct Plan;
int printPlanSteps(const Catalog& catalog, const Plan& plan, QTextStream& out);
int validateCatalogFile(const Catalog& builtIn, const QString& path, QTextStream& out, QTextStream& err,
                        const PictureChecker* pictures = nullptr);

} // namespace limber
