#include "TestProcess.h"

#include <QCoreApplication>

// Tests of QtCore classes that need an application object but no display
// (Qt SQL, queued signals); the pure core tests need none and use gtest_main.
int main(int argc, char** argv)
{
    limber::test::TestProcess::enterTestMode();
    QCoreApplication app(argc, argv);
    limber::test::TestProcess process;
    return process.run(argc, argv);
}
