#include "import/WorkraveLocation.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

// dpkg answers in a few milliseconds; a stuck one must not freeze the dialog.
constexpr int DpkgTimeoutMs = 3000;

QStringList packageFiles()
{
    const QString dpkg = QStandardPaths::findExecutable(u"dpkg"_s);
    if (dpkg.isEmpty())
        return {};
    QProcess process;
    process.start(dpkg, {u"-L"_s, WorkraveLocation::DebianPackage});
    if (!process.waitForFinished(DpkgTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {}; // not installed
    return QString::fromLocal8Bit(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

QString WorkraveLocation::fromPackageFiles(const QStringList& files)
{
    for (const QString& line : files) {
        const QString path = line.trimmed();
        if (path.endsWith(u"/exercises.xml"_s))
            return path;
    }
    return QString();
}

QString WorkraveLocation::find()
{
    const QString fromDpkg = fromPackageFiles(packageFiles());
    if (!fromDpkg.isEmpty() && QFileInfo(fromDpkg).isFile())
        return fromDpkg;
    if (QFileInfo(UsualPath).isFile())
        return UsualPath;
    return QString();
}

} // namespace limber
