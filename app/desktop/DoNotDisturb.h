#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <memory>

namespace limber {

// The desktop's do-not-disturb, as the notification server tells it: the
// `Inhibited` property of org.freedesktop.Notifications (KDE Plasma), or
// dunst's `paused` on org.dunstproject.cmd0. The freedesktop specification
// itself has no such property, so most servers have neither and probe() says so.
class DoNotDisturb final : public QObject {
    Q_OBJECT

public:
    static inline const QString Service = QStringLiteral("org.freedesktop.Notifications");
    static inline const QString Path = QStringLiteral("/org/freedesktop/Notifications");

    static std::unique_ptr<DoNotDisturb> probe(const QDBusConnection& bus, QString* whyNot);

    // Read on every call: not every server emits PropertiesChanged, and this
    // is asked only when the scheduler wakes. False once the server stopped answering.
    bool isOn();
    // For the log: the interface and property it comes from.
    QString name() const { return m_interface + QLatin1Char('.') + m_property; }

Q_SIGNALS:
    void changed();
    void lost(const QString& reason);

private:
    DoNotDisturb(const QDBusConnection& bus, const QString& interface, const QString& property);

private Q_SLOTS:
    void onPropertiesChanged(const QString& interface, const QVariantMap& changed, const QStringList& invalidated);

private:
    QDBusConnection m_bus;
    QString m_interface;
    QString m_property;
    bool m_lost = false;
};

} // namespace limber
