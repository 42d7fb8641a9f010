#pragma once

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <stdexcept>

namespace limber::test {

// A session bus of the test's own: `dbus-daemon --session` started for the
// test program and ended with it, so D-Bus tests never touch the developer's
// desktop and run where there is no session bus at all (CI). Start it before
// anything in the process uses QDBusConnection::sessionBus().
//
// The bus starts no services by activation: the machine's own session
// services (a notification daemon in /usr/share/dbus-1/services, say) would
// otherwise answer the tests' calls, or start on the developer's display.
// A test that wants a service starts it itself.
class PrivateSessionBus final {
public:
    PrivateSessionBus()
    {
        const QString config = m_configDir.filePath(QStringLiteral("session.conf"));
        QFile file(config);
        if (!m_configDir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(SessionConfig) < 0)
            throw std::runtime_error("cannot write the private bus's configuration");
        file.close();
        m_daemon.setProgram(QStringLiteral("dbus-daemon"));
        m_daemon.setArguments({QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                               QStringLiteral("--print-address=1")});
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
    // Debian's session.conf without its <servicedir>s and includes.
    static constexpr const char* SessionConfig
        = R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)";

    QTemporaryDir m_configDir;
    QProcess m_daemon;
    QString m_address;
};

} // namespace limber::test
