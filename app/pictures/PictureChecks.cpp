#include "pictures/PictureChecks.h"

#include "pose/PoseLibrary.h"

#include <QFileInfo>
#include <QImageReader>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

QString sizeProblem(const QSize& size)
{
    if (size.width() > Picture::MaxImageSide || size.height() > Picture::MaxImageSide)
        return u"is "_s + QString::number(size.width()) + u" × "_s + QString::number(size.height())
            + u" pixels; at most "_s + QString::number(Picture::MaxImageSide) + u" a side"_s;
    if (size.isEmpty())
        return u"has no size"_s;
    return QString();
}

} // namespace

QString ImagePictureChecker::imageProblem(const QString& path) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QImageReader reader(path);
    if (suffix == "svg"_L1) {
        // Through Qt's SVG image plugin, which loads QtSvg on the first SVG
        // read: the executable does not link it (docs/performance.md).
        reader.setFormat("svg");
        const QSize size = reader.size();
        if (!reader.canRead() || !size.isValid())
            return u"is not an SVG image"_s;
        if (const QString problem = sizeProblem(size); !problem.isEmpty())
            return problem;
        reader.setScaledSize(QSize(1, 1)); // parses it whole, without drawing it at its size
        if (reader.read().isNull())
            return u"is not an SVG image"_s;
        return QString();
    }
    reader.setDecideFormatFromContent(true);
    const QByteArray format = reader.format();
    if (format != "png" && format != "jpeg")
        return suffix == "png"_L1 ? u"is not a PNG image"_s : u"is not a JPEG image"_s;
    // Size first: the header says it without decoding a huge image.
    if (const QString problem = sizeProblem(reader.size()); !problem.isEmpty())
        return problem;
    if (reader.read().isNull())
        return u"is damaged: "_s + reader.errorString();
    return QString();
}

bool ImagePictureChecker::hasPose(const QString& poseId) const
{
    return PoseLibrary::builtIn().exercise(poseId) != nullptr;
}

const ImagePictureChecker& ImagePictureChecker::instance()
{
    static const ImagePictureChecker checker;
    return checker;
}

} // namespace limber
