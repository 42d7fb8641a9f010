#include <QCoreApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

// Qt SQL needs an application object; test mode keeps QStandardPaths (and so
// the default history path) away from the developer's own files.
int main(int argc, char** argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("limber-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("limber-storage-tests"));
    spdlog::set_level(spdlog::level::off);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
