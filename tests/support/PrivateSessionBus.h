#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <stdexcept>

namespace limber::test {

// A session bus of the test's own: `dbus-daemon --session` started for the
// test program and ended with it, so D-Bus tests never touch the developer's
// desktop and run where there is no session bus at all (CI). Start it before
// anything in the process uses QDBusConnection::sessionBus().
class PrivateSessionBus final {
public:
    PrivateSessionBus()
    {
        m_daemon.setProgram(QStringLiteral("dbus-daemon"));
        m_daemon.setArguments(
            {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        m_daemon.setProcessChannelMode(QProcess::SeparateChannels);
        m_daemon.start();
        if (!m_daemon.waitForStarted(10000))
            throw std::runtime_error("dbus-daemon did not start (package dbus)");
        // The daemon prints its address once it listens.
        while (!m_daemon.canReadLine()) {
            if (!m_daemon.waitForReadyRead(10000))
                throw std::runtime_error("dbus-daemon printed no address");
        }
        m_address = QString::fromUtf8(m_daemon.readLine().trimmed());
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
    }

    ~PrivateSessionBus()
    {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(5000))
            m_daemon.kill();
        m_daemon.waitForFinished(5000);
    }

    PrivateSessionBus(const PrivateSessionBus&) = delete;
    PrivateSessionBus& operator=(const PrivateSessionBus&) = delete;

    const QString& address() const { return m_address; }

private:
    QProcess m_daemon;
    QString m_address;
};

} // namespace limber::test
