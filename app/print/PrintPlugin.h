#pragma once

#include "print/PrintBackend.h"

#include <QObject>

namespace limber {

// The root object of the limber-print module: the only code that uses
// QPrinter and QPrintDialog, so only this module links QtPrintSupport.
class PrintPlugin final : public QObject, public PrintBackend {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LimberPrintBackend_iid)
    Q_INTERFACES(limber::PrintBackend)

public:
    bool printWithDialog(const Handout& handout, QWidget* parent) override;
};

} // namespace limber
