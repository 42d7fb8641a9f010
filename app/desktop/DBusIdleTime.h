#pragma once

#include "desktop/IdleTime.h"

#include <QDBusConnection>

#include <memory>

namespace limber {

// GNOME's org.gnome.Mutter.IdleMonitor: the idle time on request, and
// watches so that going idle and coming back are told, not polled. An idle
// watch fires each time the person has been away IdleWatchMs; then a one-shot
// user-active watch fires at their first key press or pointer move.
class MutterIdleTime final : public IdleTime {
    Q_OBJECT

public:
    static inline const QString Service = QStringLiteral("org.gnome.Mutter.IdleMonitor");
    static inline const QString Path = QStringLiteral("/org/gnome/Mutter/IdleMonitor/Core");
    static inline const QString Interface = QStringLiteral("org.gnome.Mutter.IdleMonitor");
    // Shorter than any break a person can set (Preferences start at a few
    // minutes), long enough that typing never wakes Limber.
    static constexpr qint64 IdleWatchMs = 60 * 1000;

    // Empty (with `whyNot`) when the monitor is not on the bus or does not answer.
    static std::unique_ptr<MutterIdleTime> probe(const QDBusConnection& bus, QString* whyNot);
    ~MutterIdleTime() override;

    std::optional<qint64> idleMs() override;
    QString name() const override { return Service; }

private:
    explicit MutterIdleTime(const QDBusConnection& bus);
    bool addIdleWatch(QString* error);
    void addUserActiveWatch();
    void removeWatch(uint id);

private Q_SLOTS:
    void onWatchFired(uint id);

private:
    QDBusConnection m_bus;
    uint m_idleWatch = 0;
    uint m_userActiveWatch = 0;
};

// org.freedesktop.ScreenSaver's GetSessionIdleTime (KDE, Xfce and others). It
// has whole seconds only and no watch: returning from idle is seen at the next
// ask. GNOME Shell serves this interface without that method, which probe()
// finds out.
class ScreenSaverIdleTime final : public IdleTime {
    Q_OBJECT

public:
    static inline const QString Service = QStringLiteral("org.freedesktop.ScreenSaver");
    static inline const QString Path = QStringLiteral("/org/freedesktop/ScreenSaver");
    static inline const QString Interface = QStringLiteral("org.freedesktop.ScreenSaver");

    static std::unique_ptr<ScreenSaverIdleTime> probe(const QDBusConnection& bus, QString* whyNot);

    std::optional<qint64> idleMs() override;
    QString name() const override { return Service; }

private:
    explicit ScreenSaverIdleTime(const QDBusConnection& bus)
        : m_bus(bus)
    {
    }

    QDBusConnection m_bus;
};

} // namespace limber
