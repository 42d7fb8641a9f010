#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>

#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

namespace limber::test {

// What every test program with a Qt application sets up around its tests
// (GuiTestMain.cpp, CoreTestMain.cpp): its own name, and settings and data
// kept away from the developer's own.
class TestProcess final {
public:
    // Before the application object, so nothing reads the real folders first.
    static void enterTestMode() { QStandardPaths::setTestModeEnabled(true); }

    TestProcess()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("limber-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("limber-tests"));
        // Settings written by the tests land in a throw-away folder.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        // Warnings stay visible next to a failure; the info lines of every session would drown them.
        spdlog::set_level(spdlog::level::warn);
    }

    int run(int& argc, char** argv)
    {
        ::testing::InitGoogleTest(&argc, argv);
        const int result = RUN_ALL_TESTS();
        // QPainter fills large images on the global thread pool. Its idle
        // threads would otherwise still be winding down while LeakSanitizer
        // stops the world at exit, and its tracer crashed on them in CI
        // (HandoutLayoutTest.ThePdfHasAPagePerLaidOutPage). Joined here, the
        // leak check sees the main thread alone.
        QThreadPool::globalInstance()->waitForDone();
        return result;
    }

private:
    QTemporaryDir m_settingsDir;
};

} // namespace limber::test
