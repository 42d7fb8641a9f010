#include "TestProcess.h"

#include <QApplication>

// Widget tests need a QApplication; the offscreen platform lets them run
// with no display (CI has none).
int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    limber::test::TestProcess::enterTestMode();
    QApplication app(argc, argv);
    limber::test::TestProcess process;
    return process.run(argc, argv);
}
