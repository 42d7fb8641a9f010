#pragma once

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>
#include <QVariantMap>

#include <gtest/gtest.h>

namespace limber::test {

// What `playerctl ARGS` printed, and how it exited. It runs beside this
// process's event loop, which serves its D-Bus calls to the player here.
struct PlayerctlResult {
    QString output;
    int exitCode = -1;
};

inline PlayerctlResult playerctl(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral("playerctl"), arguments);
    const bool finished = QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 10000);
    EXPECT_TRUE(finished) << "playerctl " << arguments.join(QLatin1Char(' ')).toStdString() << " did not finish";
    if (!finished) {
        process.kill();
        process.waitForFinished(2000);
    }
    return {QString::fromUtf8(process.readAllStandardOutput()).trimmed(), process.exitCode()};
}

inline bool nameIsOnBus(const QDBusConnection& bus, const QString& name)
{
    return bus.interface()->isServiceRegistered(name).value();
}

// A stand-in for the desktop's org.freedesktop.ScreenSaver on a connection of
// its own, recording every call.
class FakeScreenSaver final : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")

public:
    explicit FakeScreenSaver(const QString& connectionName, QDBusConnection::BusType type = QDBusConnection::SessionBus)
        : m_bus(QDBusConnection::connectToBus(type, connectionName))
    {
        EXPECT_TRUE(m_bus.registerObject(QStringLiteral("/org/freedesktop/ScreenSaver"), this,
                                         QDBusConnection::ExportScriptableSlots));
        EXPECT_TRUE(m_bus.registerService(QStringLiteral("org.freedesktop.ScreenSaver")));
    }

    ~FakeScreenSaver() override
    {
        m_bus.unregisterService(QStringLiteral("org.freedesktop.ScreenSaver"));
        m_bus.unregisterObject(QStringLiteral("/org/freedesktop/ScreenSaver"));
        QDBusConnection::disconnectFromBus(m_bus.name());
    }

    QStringList calls; // "Inhibit Limber: Guided stretching session -> 7", "UnInhibit 7"
    QList<uint> held;  // cookies given out and not yet given back

public Q_SLOTS:
    Q_SCRIPTABLE uint Inhibit(const QString& application, const QString& reason)
    {
        const uint cookie = ++m_lastCookie;
        calls.append(QStringLiteral("Inhibit %1: %2 -> %3").arg(application, reason).arg(cookie));
        held.append(cookie);
        return cookie;
    }

    Q_SCRIPTABLE void UnInhibit(uint cookie)
    {
        calls.append(QStringLiteral("UnInhibit %1").arg(cookie));
        held.removeOne(cookie);
    }

private:
    QDBusConnection m_bus;
    uint m_lastCookie = 6;
};

// Listens, on a connection of its own, for PropertiesChanged from a path.
class PropertiesProbe final : public QObject {
    Q_OBJECT

public:
    PropertiesProbe(const QString& connectionName, const QString& path)
        : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, connectionName))
    {
        EXPECT_TRUE(m_bus.connect(QString(), path, QStringLiteral("org.freedesktop.DBus.Properties"),
                                  QStringLiteral("PropertiesChanged"), this,
                                  SLOT(onChanged(QString, QVariantMap, QStringList))));
        EXPECT_TRUE(m_bus.connect(QString(), path, QStringLiteral("org.mpris.MediaPlayer2.Player"),
                                  QStringLiteral("Seeked"), this, SLOT(onSeeked(qlonglong))));
    }

    ~PropertiesProbe() override { QDBusConnection::disconnectFromBus(m_bus.name()); }

    QList<QVariantMap> changes;
    QList<qlonglong> seeks;

Q_SIGNALS:
    void changed();
    void seeked();

private Q_SLOTS:
    void onChanged(const QString& interface, const QVariantMap& properties, const QStringList&)
    {
        if (interface == QLatin1String("org.mpris.MediaPlayer2.Player")) {
            changes.append(properties);
            Q_EMIT changed();
        }
    }
    void onSeeked(qlonglong positionUs)
    {
        seeks.append(positionUs);
        Q_EMIT seeked();
    }

private:
    QDBusConnection m_bus;
};

} // namespace limber::test
