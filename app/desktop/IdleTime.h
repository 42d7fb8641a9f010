#pragma once

#include <QObject>
#include <QString>

#include <optional>

namespace limber {

// One way of learning how long the person has not touched the computer
// (GNOME's idle monitor, the freedesktop screen saver, X11's extension).
// DesktopActivity picks the first that answers.
class IdleTime : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    // Milliseconds since the last key press or pointer move; empty when the
    // source stopped answering (lost() then says why, once).
    virtual std::optional<qint64> idleMs() = 0;
    // For the log: where the idle time comes from.
    virtual QString name() const = 0;

Q_SIGNALS:
    // The person came back (or just went idle): worth asking again now.
    void activityChanged();
    // The source vanished or errored; it gives no more answers.
    void lost(const QString& reason);
};

} // namespace limber
