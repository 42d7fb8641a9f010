#include "PrivateDisplay.h"
#include "PrivateSessionBus.h"
#include "TestProcess.h"

#include <QApplication>

// Tests of what Limber reads from an X11 session (idle time from
// MIT-SCREEN-SAVER, the active window): a QApplication on the xcb platform
// over an Xvfb of its own, and a private session bus so that no desktop
// service of the developer's answers instead.
int main(int argc, char** argv)
{
    limber::test::TestProcess::enterTestMode();
    const limber::test::PrivateDisplay display;
    qputenv("QT_QPA_PLATFORM", "xcb");
    const limber::test::PrivateSessionBus bus;
    QApplication app(argc, argv);
    limber::test::TestProcess process;
    return process.run(argc, argv);
}
