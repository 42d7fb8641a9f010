#include "print/PrintedPose.h"

#include "pose/PoseAnimator.h"
#include "pose/PoseFigureRenderer.h"
#include "pose/PoseLibrary.h"

#include <QPainter>

namespace limber {

QList<PrintedPose::Kind> PrintedPose::picturesOf(const QString& exerciseId)
{
    const ExerciseArt& art = PoseLibrary::builtIn().exerciseOrDefault(exerciseId);
    const Pose* start = art.pose(art.start);
    // A neutral figure (an exercise from a user's file) starts where it stays.
    if (!start || art.start == art.still || art.poses.size() < 2)
        return {Kind::Main};
    return {Kind::Start, Kind::Main};
}

bool PrintedPose::isHold(const QString& exerciseId)
{
    return !PoseLibrary::builtIn().exerciseOrDefault(exerciseId).isRepetition();
}

QImage PrintedPose::render(const QString& exerciseId, Kind kind, const QSize& pixels, const QPalette& palette)
{
    if (pixels.isEmpty())
        return {};
    QImage image(pixels, QImage::Format_RGB32);
    image.fill(palette.color(QPalette::Base));
    const PoseLibrary& library = PoseLibrary::builtIn();
    const ExerciseArt& art = library.exerciseOrDefault(exerciseId);
    if (art.poses.isEmpty())
        return image;
    Pose pose = PoseAnimator(library).still(exerciseId).pose;
    if (kind == Kind::Start) {
        if (const Pose* start = art.pose(art.start))
            pose = *start;
    }
    // A renderer of its own: its layer is sized to this picture, which a
    // print needs only once.
    const PoseFigureRenderer renderer(library);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.paint(painter, QRectF(QPointF(0, 0), QSizeF(pixels)), art, pose, false, palette);
    return image;
}

} // namespace limber
