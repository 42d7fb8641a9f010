#pragma once

#include <QString>

namespace limber {

// "Start Limber when I log in": an XDG Autostart entry,
// $XDG_CONFIG_HOME/autostart/limber.desktop, that starts `limber --tray`.
// Desktops read that folder at log-in (freedesktop Desktop Application
// Autostart Specification); removing the file turns it off.
class Autostart final {
public:
    // `configFolder`: $XDG_CONFIG_HOME (~/.config); tests pass their own.
    explicit Autostart(QString configFolder = defaultConfigFolder());

    static QString defaultConfigFolder();

    QString entryPath() const;
    bool isEnabled() const;
    // Writes or removes the entry (atomically). Empty on success, else why
    // not, naming the file, for the person.
    QString setEnabled(bool enabled, const QString& executable = QStringLiteral("limber")) const;

private:
    QString m_configFolder;
};

} // namespace limber
