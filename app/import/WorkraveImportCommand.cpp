#include "import/WorkraveImportCommand.h"

#include "import/WorkraveImportDialog.h"
#include "pictures/PictureChecks.h"
#include "startup/CommandLine.h"
#include "startup/Translations.h"
#include "text/DurationText.h"

#include "limber/CatalogLoader.h"
#include "limber/Settings.h"
#include "limber/WorkraveImport.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

QString trCli(const char* text)
{
    return QCoreApplication::translate("limber::CommandLine", text);
}

} // namespace

int runWorkraveImportCommand(const CommandLine& commandLine, const Catalog& catalog, QTextStream& out, QTextStream& err)
{
    // The exercises speak the interface language, as when imported from the
    // window; the command's own output stays English for scripts.
    const QLocale language = Translations::apply(SessionSettings::load(QSettings()).language);
    const WorkraveImport::Texts texts = WorkraveImportDialog::texts();
    Translations::apply(u"en"_s);

    const QString folder = userCatalogFolder();
    const WorkraveImport::Prepared prepared
        = WorkraveImport::prepare(commandLine.importFile, catalog, commandLine.importRegion, language.name(), texts,
                                  &ImagePictureChecker::instance());
    if (const QString error = WorkraveImport::commit(prepared, folder); !error.isEmpty()) {
        err << trCli("limber: %1").arg(error) << '\n';
        err << trCli("limber: nothing was imported; your exercises are as they were") << Qt::endl;
        return 1;
    }
    for (const Exercise& exercise : prepared.exercises) {
        out << u"  "_s << exercise.name << u"  ["_s << exercise.id << u"]  "_s
            << DurationText::exact(exercise.dose.hold.holdMs) << u", "_s
            << trCli("pictures: %1").arg(exercise.picture.frames.size()) << '\n';
    }
    out << trCli("Imported %1 exercises into %2")
               .arg(prepared.exercises.size())
               .arg(QDir(folder).filePath(WorkraveImport::CatalogFileName))
        << Qt::endl;
    return 0;
}

} // namespace limber
