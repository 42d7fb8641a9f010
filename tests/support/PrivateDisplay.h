#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>

#include <stdexcept>

namespace limber::test {

// An X display of the test's own: `Xvfb -displayfd` picks a free display
// number and prints it once the server accepts clients, so there is nothing
// to guess and nothing to wait a fixed time for. DISPLAY is set for the
// process; start it before the QApplication (platform xcb).
class PrivateDisplay final {
public:
    PrivateDisplay()
    {
        m_server.setProgram(QStringLiteral("Xvfb"));
        m_server.setArguments({QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                               QStringLiteral("0"), QStringLiteral("640x480x24"), QStringLiteral("-nolisten"),
                               QStringLiteral("tcp")});
        m_server.setProcessChannelMode(QProcess::SeparateChannels);
        m_server.start();
        if (!m_server.waitForStarted(10000))
            throw std::runtime_error("Xvfb did not start (package xvfb)");
        while (!m_server.canReadLine()) {
            if (!m_server.waitForReadyRead(20000))
                throw std::runtime_error("Xvfb printed no display number");
        }
        m_display = QStringLiteral(":") + QString::fromUtf8(m_server.readLine().trimmed());
        qputenv("DISPLAY", m_display.toUtf8());
    }

    ~PrivateDisplay()
    {
        m_server.terminate();
        if (!m_server.waitForFinished(5000))
            m_server.kill();
        m_server.waitForFinished(5000);
    }

    PrivateDisplay(const PrivateDisplay&) = delete;
    PrivateDisplay& operator=(const PrivateDisplay&) = delete;

    const QString& display() const { return m_display; }

private:
    QProcess m_server;
    QString m_display;
};

} // namespace limber::test
