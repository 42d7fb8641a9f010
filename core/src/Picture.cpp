#include "limber/Picture.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace limber {

qint64 Picture::cycleMs() const
{
    qint64 total = 0;
    for (const PictureFrame& frame : frames)
        total += frame.durationMs;
    return total;
}

int Picture::frameIndexAt(qint64 elapsedMs) const
{
    if (!hasFrames())
        return -1;
    const qint64 cycle = cycleMs();
    if (cycle <= 0)
        return 0;
    qint64 at = std::max<qint64>(elapsedMs, 0) % cycle;
    for (int i = 0; i < frames.size(); ++i) {
        if (at < frames.at(i).durationMs)
            return i;
        at -= frames.at(i).durationMs;
    }
    return static_cast<int>(frames.size()) - 1;
}

QString Picture::imagePath(int index) const
{
    if (index < 0 || index >= frames.size())
        return QString();
    return QDir(folder).filePath(frames.at(index).image);
}

namespace picturePath {

QString problemWithName(const QString& relativePath)
{
    if (relativePath.trimmed().isEmpty())
        return u"must not be empty"_s;
    // Windows drive letters and backslashes too: a file written on another
    // system must not point anywhere but next to the catalog either.
    if (relativePath.startsWith(u'/') || relativePath.contains(u'\\') || QDir::isAbsolutePath(relativePath)
        || (relativePath.size() > 1 && relativePath.at(1) == u':'))
        return u"must be a path relative to the catalog file's folder"_s;
    const QStringList parts = relativePath.split(u'/');
    if (parts.contains(u".."_s))
        return u"must not climb out of the catalog file's folder (\"..\")"_s;
    if (parts.contains(QString()))
        return u"has an empty part (\"//\" or a trailing \"/\")"_s;
    const QString suffix = QFileInfo(relativePath).suffix().toLower();
    if (suffix != "png"_L1 && suffix != "jpg"_L1 && suffix != "jpeg"_L1 && suffix != "svg"_L1)
        return u"must be a PNG, JPEG or SVG image (.png, .jpg, .jpeg or .svg)"_s;
    return QString();
}

QString problemWithFile(const QString& folder, const QString& relativePath)
{
    const QFileInfo info(QDir(folder).filePath(relativePath));
    if (!info.exists())
        return u"image "_s + info.filePath() + u" not found"_s;
    if (!info.isFile())
        return u"image "_s + info.filePath() + u" is not a file"_s;
    // A link may still lead out of the folder; what counts is where it ends.
    const QString root = QFileInfo(folder).canonicalFilePath();
    const QString target = info.canonicalFilePath();
    if (root.isEmpty() || !target.startsWith(root + u'/'))
        return u"image "_s + info.filePath() + u" leads out of the catalog file's folder"_s;
    if (info.size() > Picture::MaxImageBytes)
        return u"image "_s + info.filePath() + u" is larger than "_s
            + QString::number(Picture::MaxImageBytes / (1024 * 1024)) + u" MiB"_s;
    return QString();
}

} // namespace picturePath

} // namespace limber
