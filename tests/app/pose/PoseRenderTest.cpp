#include "PoseTestSupport.h"
#include "TestPalettes.h"

#include "pose/PoseFigureRenderer.h"
#include "pose/PoseLibrary.h"
#include "pose/PoseView.h"

#include <QImage>
#include <QPainter>

#include <cstdlib>

using namespace limber;
using namespace limber::posetest;
using limber::test::darkPalette;
using limber::test::lightPalette;

namespace {

QImage render(const ExerciseArt& art, const Pose& pose, bool mirrored, const QSize& size = {240, 180},
              const QPalette& palette = lightPalette())
{
    static const PoseFigureRenderer renderer(PoseLibrary::builtIn());
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), art, pose, mirrored, palette);
    painter.end();
    return image;
}

int paintedPixels(const QImage& image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    return count;
}

// Pixels whose colour differs by more than `tolerance` in some channel.
int differingPixels(const QImage& a, const QImage& b, int tolerance)
{
    int count = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            const int diff = std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                                       std::abs(qBlue(p) - qBlue(q)), std::abs(qAlpha(p) - qAlpha(q))});
            count += diff > tolerance ? 1 : 0;
        }
    }
    return count;
}

} // namespace

TEST(PoseRender, EveryKeyPoseDrawsSomethingOfItsOwn)
{
    const PoseLibrary& library = PoseLibrary::builtIn();
    for (const ExerciseSpec& spec : builtinExercises()) {
        const ExerciseArt* art = library.exercise(spec.id);
        ASSERT_NE(art, nullptr) << spec.id.toStdString();
        QList<QImage> images;
        for (const QString& name : art->poseOrder) {
            SCOPED_TRACE((spec.id + QLatin1Char('/') + name).toStdString());
            const QImage image = render(*art, *art->pose(name), false);
            // The figure covers a fair part of the picture, not a speck.
            EXPECT_GT(paintedPixels(image), image.width() * image.height() / 20);
            for (qsizetype i = 0; i < images.size(); ++i)
                EXPECT_GT(differingPixels(image, images.at(i), 16), 200)
                    << "looks the same as " << art->poseOrder.at(i).toStdString();
            images.append(image);
        }
    }
}

TEST(PoseRender, MirroredPoseIsTheFlippedPicture)
{
    const PoseLibrary& library = PoseLibrary::builtIn();
    for (const ExerciseSpec& spec : builtinExercises()) {
        const ExerciseArt* art = library.exercise(spec.id);
        ASSERT_NE(art, nullptr);
        for (const QString& name : art->poseOrder) {
            SCOPED_TRACE((spec.id + QLatin1Char('/') + name).toStdString());
            const QImage plain = render(*art, *art->pose(name), false);
            const QImage mirrored = render(*art, *art->pose(name), true);
            EXPECT_NE(plain, mirrored);
            // Antialiasing and gradients may round a pixel a level or two
            // differently; nothing more.
            const QImage flipped = plain.mirrored(true, false);
            EXPECT_EQ(differingPixels(flipped, mirrored, 8), 0);
        }
    }
}

TEST(PoseRender, ColoursFollowThePalette)
{
    const ExerciseArt& art = *PoseLibrary::builtIn().exercise(QStringLiteral("childs-pose"));
    const Pose& pose = *art.pose(QStringLiteral("hold"));
    const FigureColours light = FigureColours::fromPalette(lightPalette());
    const FigureColours dark = FigureColours::fromPalette(darkPalette());
    // Light theme: a dark figure; dark theme: a light one; both short of full contrast.
    EXPECT_LT(light.figure.lightness(), 110);
    EXPECT_GT(light.figure.lightness(), 30);
    EXPECT_GT(dark.figure.lightness(), 130);
    EXPECT_LT(dark.figure.lightness(), 230);
    const QImage onLight = render(art, pose, false, {240, 180}, lightPalette());
    const QImage onDark = render(art, pose, false, {240, 180}, darkPalette());
    EXPECT_GT(differingPixels(onLight, onDark, 40), 1000);

    // The targeted area glows in the highlight colour.
    int bluish = 0;
    for (int y = 0; y < onLight.height(); ++y)
        for (int x = 0; x < onLight.width(); ++x) {
            const QColor c = QColor::fromRgba(onLight.pixel(x, y));
            bluish += c.alpha() > 60 && c.blue() > c.red() + 40 ? 1 : 0;
        }
    EXPECT_GT(bluish, 300);
}

TEST(PoseRender, StillPixmapHonoursSizeAndPixelRatio)
{
    const QPixmap still = renderPoseStill(QStringLiteral("cat-cow"), QSize(120, 90), 2.0, lightPalette());
    EXPECT_EQ(still.size(), QSize(240, 180));
    EXPECT_DOUBLE_EQ(still.devicePixelRatio(), 2.0);
    const QImage image = still.toImage();
    EXPECT_EQ(qAlpha(image.pixel(0, 0)), 0) << "the card's own background shows through";
    EXPECT_GT(paintedPixels(image), 240 * 180 / 20);

    // Sharper, not bigger: the same picture at 1x is the 2x one scaled down.
    const QImage single = renderPoseStill(QStringLiteral("cat-cow"), QSize(120, 90), 1.0, lightPalette()).toImage();
    const QImage scaled
        = image.scaled(120, 90, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).convertToFormat(single.format());
    EXPECT_LT(differingPixels(single, scaled, 60), 120 * 90 / 25);

    const QPixmap unknown = renderPoseStill(QStringLiteral("elbow-circles"), QSize(120, 90), 1.0, lightPalette());
    EXPECT_GT(paintedPixels(unknown.toImage()), 120 * 90 / 40) << "a neutral figure for exercises without art";
    EXPECT_TRUE(renderPoseStill(QStringLiteral("cat-cow"), QSize(), 1.0, lightPalette()).isNull());
}

TEST(PoseRender, FigureStaysInsideItsBox)
{
    // Every pose of an exercise fits the same box, so cards line up and the
    // session figure does not zoom while it moves.
    const PoseLibrary& library = PoseLibrary::builtIn();
    for (const ExerciseSpec& spec : builtinExercises()) {
        const ExerciseArt& art = *library.exercise(spec.id);
        for (const QString& name : art.poseOrder) {
            const QImage image = render(art, *art.pose(name), false, {200, 200});
            int edge = 0;
            for (int i = 0; i < 200; ++i)
                edge += (qAlpha(image.pixel(i, 0)) > 40) + (qAlpha(image.pixel(i, 199)) > 40)
                    + (qAlpha(image.pixel(0, i)) > 40) + (qAlpha(image.pixel(199, i)) > 40);
            EXPECT_LT(edge, 8) << spec.id.toStdString() << "/" << name.toStdString() << " touches the edge";
        }
    }
}
