#include "desktop/Autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

#include <utility>

namespace limber {

Autostart::Autostart(QString configFolder)
    : m_configFolder(std::move(configFolder))
{
}

QString Autostart::defaultConfigFolder()
{
    // GenericConfigLocation is $XDG_CONFIG_HOME (~/.config by default).
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
}

QString Autostart::entryPath() const
{
    return m_configFolder + QStringLiteral("/autostart/limber.desktop");
}

bool Autostart::isEnabled() const
{
    const QString path = entryPath();
    if (!QFileInfo::exists(path))
        return false;
    // The spec: an entry with Hidden=true is as good as deleted.
    const QSettings entry(path, QSettings::IniFormat);
    return !entry.value(QStringLiteral("Desktop Entry/Hidden"), false).toBool();
}

QString Autostart::setEnabled(bool enabled, const QString& executable) const
{
    const QString path = entryPath();
    if (!enabled) {
        if (QFileInfo::exists(path) && !QFile::remove(path))
            return QCoreApplication::translate("limber::Autostart", "Could not remove %1.").arg(path);
        spdlog::info("autostart: removed {}", path.toStdString());
        return {};
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return QCoreApplication::translate("limber::Autostart", "Could not create the folder %1.")
            .arg(QFileInfo(path).absolutePath());
    // Exec's quoting rules: a path with spaces goes in double quotes.
    const QString command
        = executable.contains(QLatin1Char(' ')) ? QLatin1Char('"') + executable + QLatin1Char('"') : executable;
    const QByteArray text = QStringLiteral("[Desktop Entry]\n"
                                           "Type=Application\n"
                                           "Name=Limber\n"
                                           "Comment=Stretch reminders and guided sessions for back pain\n"
                                           "Exec=%1 --tray\n"
                                           "Icon=io.github.limber.Limber\n"
                                           "Terminal=false\n"
                                           "X-GNOME-Autostart-enabled=true\n")
                                .arg(command)
                                .toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return QCoreApplication::translate("limber::Autostart", "Could not write %1: %2.")
            .arg(path, file.errorString());
    spdlog::info("autostart: wrote {}", path.toStdString());
    return {};
}

} // namespace limber
