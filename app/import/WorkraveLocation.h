#pragma once

#include <QString>
#include <QStringList>

namespace limber {

// Where an installed Workrave keeps its exercises.xml. Debian's
// workrave-data package installs it; dpkg says where, and the usual path is
// the fallback for other installs (or when dpkg is not there).
class WorkraveLocation final {
public:
    static inline const QString DebianPackage = QStringLiteral("workrave-data");
    static inline const QString UsualPath = QStringLiteral("/usr/share/workrave/exercises/exercises.xml");

    // The installed exercises.xml, or empty when Workrave is not installed.
    static QString find();
    // The exercises.xml among the lines of `dpkg -L` (exposed for tests).
    static QString fromPackageFiles(const QStringList& files);
};

} // namespace limber
