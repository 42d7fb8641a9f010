#include "PrivateSessionBus.h"
#include "TestProcess.h"

#include <QApplication>

#include <memory>

// Tests of what Limber does on the desktop (notifications, the media remote,
// idle time, the screen saver): a QApplication on the offscreen platform and
// a private session bus of their own, started before anything connects to it.
int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    limber::test::TestProcess::enterTestMode();
    const limber::test::PrivateSessionBus bus;
    QApplication app(argc, argv);
    limber::test::TestProcess process;
    return process.run(argc, argv);
}
