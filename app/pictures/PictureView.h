#pragma once

#include "limber/Catalog.h"
#include "limber/Plan.h"

#include <QHash>
#include <QImage>
#include <QPixmap>
#include <QWidget>

namespace limber {

class PoseView;

// An exercise's picture on a card or in the session. A built-in exercise (no
// picture) and a picture naming a pose show that pose figure, animated as
// PoseView animates it; a picture of image frames shows the images, scaled
// to fit, crisp on high-DPI screens, mirrored where the picture says so, one
// after the other by their durations.
//
// Like PoseView it has no timer: the session view hands it the engine's step
// and progress, and the frame is worked out from the step's elapsed time. It
// repaints only when the frame or its mirroring changes.
class PictureView final : public QWidget {
    Q_OBJECT

public:
    explicit PictureView(QWidget* parent = nullptr);
    ~PictureView() override;

    // The still for a card: the pose's still, or the first frame.
    void showStill(const Exercise& exercise);
    // The picture for `step` of `exercise` at `progress` (0..1 through the
    // step). A null exercise (not in the catalog) shows the step's default figure.
    void showStep(const Exercise* exercise, const Step& step, double progress);
    // The first progress after `from` (and before `until`) at which the
    // picture for `step` would change: the next image frame, or for a figure
    // PoseView::nextVisibleProgress (tried every `stride`). For the session's
    // frame pacing (SessionDriver::requestFrameAt).
    double nextVisibleProgress(const Exercise* exercise, const Step& step, double from, double until,
                               double stride) const;

    // What is shown, for tests: the frame index (-1 while a pose figure is
    // shown) and whether it is drawn mirrored.
    int shownFrame() const { return m_frame; }
    bool shownMirrored() const { return m_mirrored; }
    PoseView* poseView() const { return m_pose; }

    QSize sizeHint() const override;
    int heightForWidth(int width) const override;
    bool hasHeightForWidth() const override { return true; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void showFrame(const Picture& picture, int index, bool mirrored);
    void showPose();
    const QImage& sourceImage(const QString& path);

    PoseView* m_pose;
    Picture m_picture;
    int m_frame = -1;
    bool m_mirrored = false;
    QHash<QString, QImage> m_images; // decoded raster images by path (SVGs are drawn at size instead)
    QString m_scaledPath;            // the shown frame's image
    QPixmap m_scaled;                // it at the current size and device pixel ratio
    const QImage m_noImage;
};

// Frame `index` of `picture` fitted into `logicalSize` (aspect kept,
// centred), rendered at `devicePixelRatio` so it is sharp on high-DPI
// screens; SVGs are drawn at that size rather than scaled. Null when the
// image cannot be read.
QPixmap renderPictureFrame(const QString& path, const QImage& raster, const QSize& logicalSize, qreal devicePixelRatio,
                           bool mirrored);

} // namespace limber
