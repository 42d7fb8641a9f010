#pragma once

#include "limber/Picture.h"

namespace limber {

// The app's judge of pictures for the catalog reader and the importers:
// decodes images with QtGui (QImageReader, QSvgRenderer) and knows the pose
// library. Core asks it through the PictureChecker interface, so core itself
// stays QtCore only.
class ImagePictureChecker final : public PictureChecker {
public:
    QString imageProblem(const QString& path) const override;
    bool hasPose(const QString& poseId) const override;

    // One shared instance: it has no state.
    static const ImagePictureChecker& instance();
};

} // namespace limber
