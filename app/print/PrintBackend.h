#pragma once

#include <QtPlugin>

class QWidget;

namespace limber {

struct Handout;

// The root of the limber-print module (print/PrintPlugin): printing on paper,
// which needs QtPrintSupport (the printer dialog, CUPS), a library the
// executable does not link, so that it loads at the first File › Print…
// instead of before the first frame (print/PrintModule loads it). Export as
// PDF needs only QtGui and stays in the executable.
class PrintBackend {
public:
    virtual ~PrintBackend() = default;

    // The printer dialog, then the pages on the printer chosen. False when
    // cancelled or when the printer could not be started (the person is told).
    virtual bool printWithDialog(const Handout& handout, QWidget* parent) = 0;
};

} // namespace limber

// The version at the end changes with the interface: an older module is refused, never misread.
#define LimberPrintBackend_iid "io.github.limber.Limber.PrintBackend/1"
Q_DECLARE_INTERFACE(limber::PrintBackend, LimberPrintBackend_iid)
