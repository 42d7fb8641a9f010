#include "startup/RemindersCommand.h"

#include "startup/CommandLine.h"
#include "startup/SingleInstance.h"

#include "limber/ReminderSettings.h"
#include "limber/Settings.h"

#include <QSettings>
#include <QStringList>
#include <QTextStream>

namespace limber {

namespace {

// The command line speaks English for scripts, like --list and --plan.
QString describe(const ReminderSettings& settings)
{
    if (!settings.enabled)
        return QStringLiteral("Stretch reminders are off.");
    static const char* const dayNames[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    QStringList days;
    for (int day : settings.workingDays)
        days.append(QLatin1String(dayNames[day - 1]));
    const QString when = settings.mode == ReminderSettings::Mode::ActiveUse
        ? QStringLiteral("after %1 minutes of computer use").arg(settings.activeMinutes)
        : [&settings] {
              QStringList times;
              for (const QTime& time : settings.times)
                  times.append(time.toString(QStringLiteral("HH:mm")));
              return QStringLiteral("at %1").arg(times.join(QStringLiteral(", ")));
          }();
    return QStringLiteral("Stretch reminders are on: %1, on %2, %3 to %4.")
        .arg(when, days.join(QLatin1Char(' ')), settings.workStart.toString(QStringLiteral("HH:mm")),
             settings.workEnd.toString(QStringLiteral("HH:mm")));
}

} // namespace

int runRemindersCommand(const CommandLine& commandLine, QTextStream& out, QTextStream& err)
{
    QSettings store;
    if (const QString problem = settingsFileProblem(store); !problem.isEmpty())
        err << problem << Qt::endl;
    QStringList warnings;
    ReminderSettings settings = ReminderSettings::load(store, &warnings);
    for (const QString& warning : warnings)
        err << QStringLiteral("warning: ") << warning << Qt::endl;

    if (commandLine.remindersCommand != QStringLiteral("status")) {
        settings.enabled = commandLine.remindersCommand == QStringLiteral("on");
        settings.save(store);
        store.sync();
        if (store.status() != QSettings::NoError) {
            err << QStringLiteral("limber: --reminders: cannot write %1").arg(store.fileName()) << Qt::endl;
            return 1;
        }
        // A running Limber reads the new switch now, not at its next start.
        InstanceRequest request;
        request.show = false;
        request.reloadReminders = true;
        SingleInstance().forwardToRunning(request);
    }
    out << describe(settings) << Qt::endl;
    return 0;
}

} // namespace limber
