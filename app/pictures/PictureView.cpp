#include "pictures/PictureView.h"

#include "pose/PoseView.h"

#include <QFileInfo>
#include <QImageReader>
#include <QPaintEvent>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

bool isSvg(const QString& path)
{
    return QFileInfo(path).suffix().compare("svg"_L1, Qt::CaseInsensitive) == 0;
}

// A flipped copy of `image` (left to right).
QImage mirroredImage(const QImage& image)
{
    return image.mirrored(true, false);
}

} // namespace

QPixmap renderPictureFrame(const QString& path, const QImage& raster, const QSize& logicalSize, qreal devicePixelRatio,
                           bool mirrored)
{
    if (logicalSize.isEmpty())
        return {};
    const QSize device = (QSizeF(logicalSize) * devicePixelRatio).toSize();
    QImage image;
    if (isSvg(path)) {
        // Drawn at the size shown, never a small image blown up. Qt's SVG
        // image plugin loads QtSvg with the first SVG, so only people with
        // SVG pictures pay for it, and none before the first frame.
        QImageReader reader(path, "svg");
        const QSize target = reader.size().scaled(device, Qt::KeepAspectRatio);
        if (target.isEmpty())
            return {};
        reader.setScaledSize(target);
        reader.setBackgroundColor(Qt::transparent);
        image = reader.read();
        if (image.isNull())
            return {};
    } else {
        if (raster.isNull())
            return {};
        const QSize target = raster.size().scaled(device, Qt::KeepAspectRatio);
        // Smooth scaling from the original each time the size changes: never a
        // scaled copy of a scaled copy, so nothing turns blurry.
        image = raster.size() == target ? raster : raster.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    if (mirrored)
        image = mirroredImage(image);
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

PictureView::PictureView(QWidget* parent)
    : QWidget(parent)
    , m_pose(new PoseView(this))
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    // Clicks are the card's (it opens the details); the figure inside only draws.
    m_pose->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pose);
}

PictureView::~PictureView() = default;

void PictureView::showStill(const Exercise& exercise)
{
    m_picture = exercise.picture;
    if (m_picture.hasFrames()) {
        showFrame(m_picture, 0, m_picture.frames.constFirst().mirror);
        return;
    }
    showPose();
    m_pose->showStill(m_picture.kind == Picture::Kind::Pose ? m_picture.pose : exercise.id);
}

void PictureView::showStep(const Exercise* exercise, const Step& step, double progress)
{
    m_picture = exercise ? exercise->picture : Picture {};
    if (m_picture.hasFrames()) {
        // The session's own time: the engine's progress through this step.
        const auto elapsed = static_cast<qint64>(std::llround(std::clamp(progress, 0.0, 1.0) * step.durationMs));
        const int index = m_picture.frameIndexAt(elapsed);
        const bool otherSide = m_picture.mirrorOtherSide && step.side == Side::Right;
        showFrame(m_picture, index, m_picture.frames.at(index).mirror != otherSide);
        return;
    }
    showPose();
    if (m_picture.kind == Picture::Kind::Pose) {
        Step borrowed = step;
        borrowed.exerciseId = m_picture.pose;
        m_pose->showStep(borrowed, progress);
    } else {
        m_pose->showStep(step, progress);
    }
}

double PictureView::nextVisibleProgress(const Exercise* exercise, const Step& step, double from, double until,
                                        double stride) const
{
    const Picture& picture = exercise ? exercise->picture : m_picture;
    if (picture.hasFrames()) {
        const qint64 cycle = picture.cycleMs();
        if (cycle <= 0 || step.durationMs <= 0)
            return until;
        // Milliseconds from `from` to the end of the image shown then.
        const auto elapsed = static_cast<qint64>(std::llround(std::clamp(from, 0.0, 1.0) * step.durationMs));
        qint64 end = 0;
        for (const PictureFrame& frame : picture.frames) {
            end += frame.durationMs;
            if (elapsed % cycle < end)
                break;
        }
        const double next = from + static_cast<double>(end - elapsed % cycle) / static_cast<double>(step.durationMs);
        return std::min(until, next);
    }
    if (picture.kind == Picture::Kind::Pose) {
        Step borrowed = step;
        borrowed.exerciseId = picture.pose;
        return m_pose->nextVisibleProgress(borrowed, from, until, stride);
    }
    return m_pose->nextVisibleProgress(step, from, until, stride);
}

void PictureView::showPose()
{
    if (m_frame < 0 && m_pose->isVisibleTo(this))
        return;
    m_frame = -1;
    m_mirrored = false;
    m_scaled = QPixmap();
    m_pose->show();
    update();
}

void PictureView::showFrame(const Picture& picture, int index, bool mirrored)
{
    const QString path = picture.imagePath(index);
    const bool same = m_frame == index && m_mirrored == mirrored && !m_pose->isVisibleTo(this) && m_scaledPath == path;
    if (same)
        return;
    const QImage& raster = isSvg(path) ? m_noImage : sourceImage(path);
    if (!isSvg(path) && raster.isNull()) {
        // The image went missing since the catalog was read: the plain figure
        // is better than an empty space.
        showPose();
        m_pose->showStill(QString());
        return;
    }
    m_frame = index;
    m_mirrored = mirrored;
    m_scaledPath = path;
    m_scaled = QPixmap(); // drawn at the next paint, at the size then
    m_pose->hide();
    update();
}

const QImage& PictureView::sourceImage(const QString& path)
{
    auto it = m_images.find(path);
    if (it == m_images.end()) {
        QImageReader reader(path);
        reader.setAutoTransform(true); // a photo taken sideways stands up
        it = m_images.insert(path, reader.read());
    }
    return *it;
}

QSize PictureView::sizeHint() const
{
    return m_pose->sizeHint();
}

int PictureView::heightForWidth(int width) const
{
    return m_pose->heightForWidth(width);
}

void PictureView::resizeEvent(QResizeEvent* event)
{
    m_scaled = QPixmap();
    QWidget::resizeEvent(event);
}

void PictureView::paintEvent(QPaintEvent*)
{
    if (m_frame < 0)
        return;
    const qreal ratio = devicePixelRatioF();
    if (m_scaled.isNull() || !qFuzzyCompare(m_scaled.devicePixelRatio(), ratio)) {
        const QImage& raster = isSvg(m_scaledPath) ? m_noImage : sourceImage(m_scaledPath);
        m_scaled = renderPictureFrame(m_scaledPath, raster, size(), ratio, m_mirrored);
    }
    if (m_scaled.isNull())
        return;
    const QSizeF shown = m_scaled.deviceIndependentSize();
    const QPointF corner((width() - shown.width()) / 2, (height() - shown.height()) / 2);
    QPainter painter(this);
    painter.drawPixmap(corner, m_scaled);
}

} // namespace limber
