#include "print/HandoutCommand.h"

#include "print/Handout.h"
#include "print/HandoutDocument.h"
#include "startup/Translations.h"

#include "limber/Settings.h"

#include <QDir>
#include <QSettings>
#include <QTextStream>

namespace limber {

int HandoutCommand::run(const Catalog& catalog, const Request& request, QTextStream& out, QTextStream& err)
{
    // The handout is for a patient, so it speaks the interface language (or
    // the one asked for), and its doses follow the session settings, as the
    // window's would.
    const SessionSettings settings = SessionSettings::load(QSettings());
    Translations::apply(request.language.isEmpty() ? settings.language : request.language);

    QString error;
    const HandoutBuilder builder(catalog, settings.planOptions());
    const std::optional<Handout> handout = request.routine
        ? std::optional<Handout>(builder.fromRoutine(*request.routine))
        : builder.fromTarget(request.target, &error);
    if (!handout) {
        err << QStringLiteral("limber: --pdf: ") << error << Qt::endl;
        return 2;
    }
    const std::optional<QPageSize> size = request.pageSize.isEmpty()
        ? std::optional<QPageSize>(HandoutDocument::defaultPageSize())
        : HandoutDocument::pageSizeNamed(request.pageSize);
    if (!size) {
        err << QStringLiteral("limber: --page-size takes a4 or letter") << Qt::endl;
        return 2;
    }
    if (const QString problem = HandoutDocument::writePdf(*handout, request.output, *size); !problem.isEmpty()) {
        err << QStringLiteral("limber: ") << problem << Qt::endl;
        return 1;
    }
    out << tr("Wrote %1 (%2)").arg(QDir::toNativeSeparators(request.output), size->name()) << Qt::endl;
    return 0;
}

} // namespace limber
