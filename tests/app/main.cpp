#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

// Widget tests need a QApplication; the offscreen platform lets them run
// with no display (CI has none).
int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
