#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QString>
#include <QTest>

#include <initializer_list>
#include <memory>
#include <vector>

namespace limber::test {

// An X display of the test's own (Xvfb), and the programs started on it
// (a notification daemon, a window manager), all ended with it.
class XvfbDisplay final {
public:
    static constexpr int WaitMs = 10000;

    // The first of `tools` that is not installed; empty when all are.
    static QString missingTool(std::initializer_list<const char*> tools)
    {
        for (const char* tool : tools) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                return QString::fromLatin1(tool);
        }
        return {};
    }

    ~XvfbDisplay()
    {
        // The programs first, so none of them sees its display go.
        for (auto it = m_programs.rbegin(); it != m_programs.rend(); ++it)
            end(**it);
        end(m_server);
    }

    // False when Xvfb did not start or printed no display.
    bool start()
    {
        // -displayfd: Xvfb picks a free display and prints its number once it accepts clients.
        m_server.setProgram(QStringLiteral("Xvfb"));
        m_server.setArguments({QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                               QStringLiteral("0"), QStringLiteral("1024x768x24"), QStringLiteral("-nolisten"),
                               QStringLiteral("tcp")});
        m_server.start();
        if (!m_server.waitForStarted(WaitMs) || !QTest::qWaitFor([&] { return m_server.canReadLine(); }, WaitMs))
            return false;
        m_display = QStringLiteral(":") + QString::fromLatin1(m_server.readLine().trimmed());
        return true;
    }

    const QString& display() const { return m_display; }

    // The test's environment with DISPLAY pointing here.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DISPLAY"), m_display);
        return environment;
    }

    // Starts `program` on this display; it ends with the display.
    QProcess& run(const QString& program, const QStringList& arguments)
    {
        auto& process = *m_programs.emplace_back(std::make_unique<QProcess>());
        process.setProcessEnvironment(environment());
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(program, arguments);
        process.waitForStarted(WaitMs);
        return process;
    }

private:
    static void end(QProcess& process)
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate();
        if (!process.waitForFinished(WaitMs))
            process.kill();
        process.waitForFinished(WaitMs);
    }

    QProcess m_server;
    QString m_display;
    std::vector<std::unique_ptr<QProcess>> m_programs;
};

} // namespace limber::test
