#include "pictures/PictureChecks.h"

#include "pose/PoseLibrary.h"

#include <QFileInfo>
#include <QImageReader>
#include <QSvgRenderer>

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
    if (suffix == "svg"_L1) {
        QSvgRenderer svg(path);
        if (!svg.isValid())
            return u"is not an SVG image"_s;
        return sizeProblem(svg.defaultSize());
    }
    QImageReader reader(path);
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
