#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
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
        joinPooledThreads();
        return result;
    }

private:
    // QPainter fills large images on Qt's global thread pool. Qt joins those
    // threads only in ~QCoreApplication, and they are detached: the last of
    // them was still being torn down when LeakSanitizer stopped the world at
    // exit, and its tracer crashed on it in CI
    // (HandoutLayoutTest.ThePdfHasAPagePerLaidOutPage). So the pool is
    // drained here and the kernel is watched until no pooled thread is left,
    // bounded so that a stuck thread cannot hang the run.
    static void joinPooledThreads()
    {
        QThreadPool::globalInstance()->waitForDone();
        QDeadlineTimer deadline(2000);
        while (anyPooledThread() && !deadline.hasExpired())
            QThread::yieldCurrentThread();
    }

    static bool anyPooledThread()
    {
        const QDir tasks(QStringLiteral("/proc/self/task"));
        for (const QString& task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile comm(tasks.filePath(task + QStringLiteral("/comm")));
            if (comm.open(QIODevice::ReadOnly) && comm.readAll().startsWith("Thread (pooled)"))
                return true;
        }
        return false;
    }

    QTemporaryDir m_settingsDir;
};

} // namespace limber::test
