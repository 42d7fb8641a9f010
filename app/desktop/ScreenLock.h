#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>

#include <memory>

namespace limber {

// Whether a screen saver or lock screen is on, from one screen-saver service
// on D-Bus (org.freedesktop.ScreenSaver, or GNOME's org.gnome.ScreenSaver,
// which share GetActive and ActiveChanged). The state follows the signal, so
// reading it costs nothing.
class ScreenLock final : public QObject {
    Q_OBJECT

public:
    struct Service {
        QString name;
        QString path;
        QString interface;
    };
    static Service freedesktop();
    static Service gnome();

    // Empty (with `whyNot`) when the service is not there or GetActive fails.
    static std::unique_ptr<ScreenLock> probe(const QDBusConnection& bus, const Service& service, QString* whyNot);

    bool isActive() const { return m_active; }
    QString name() const { return m_service.name; }

Q_SIGNALS:
    void activeChanged(bool active);

private:
    ScreenLock(const QDBusConnection& bus, const Service& service, bool active);

private Q_SLOTS:
    void onActiveChanged(bool active);

private:
    QDBusConnection m_bus;
    Service m_service;
    bool m_active = false;
};

} // namespace limber
