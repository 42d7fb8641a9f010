#include "print/PrintPlugin.h"

#include "print/HandoutActions.h"
#include "print/HandoutDocument.h"

#include <QMessageBox>
#include <QtPrintSupport/QPrintDialog>
#include <QtPrintSupport/QPrinter>

namespace limber {

bool PrintPlugin::printWithDialog(const Handout& handout, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(HandoutDocument::pageLayout(HandoutDocument::defaultPageSize()));
    printer.setDocName(handout.title);
    QPrintDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printDialog"));
    // The words are HandoutActions' (and so are their translations).
    dialog.setWindowTitle(HandoutActions::tr("Print handout"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (HandoutDocument::paint(handout, printer) == 0) {
        QMessageBox::warning(parent, HandoutActions::tr("Print handout"),
                             HandoutActions::tr("The printer could not be started."));
        return false;
    }
    return true;
}

} // namespace limber
