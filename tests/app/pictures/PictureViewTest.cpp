#include "AppTestSupport.h"

#include "pictures/PictureChecks.h"
#include "pictures/PictureView.h"
#include "pose/PoseView.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

const QString DataDir = QStringLiteral(LIMBER_TEST_DATA_DIR "/workrave");

// The widget as it is on screen.
QImage grab(limber::PictureView& view)
{
    return view.grab().toImage().convertToFormat(QImage::Format_RGB32);
}

// tests/data/workrave/basic/arm-left.png is red on its left half, blue on its right.
bool redOnLeft(const QImage& image)
{
    const int y = image.height() / 2;
    const QColor left = image.pixelColor(image.width() / 4, y);
    const QColor right = image.pixelColor(image.width() * 3 / 4, y);
    return left.red() > 200 && left.blue() < 60 && right.blue() > 200 && right.red() < 60;
}

bool blueOnLeft(const QImage& image)
{
    const int y = image.height() / 2;
    const QColor left = image.pixelColor(image.width() / 4, y);
    const QColor right = image.pixelColor(image.width() * 3 / 4, y);
    return left.blue() > 200 && left.red() < 60 && right.red() > 200 && right.blue() < 60;
}

limber::Exercise armExercise(bool mirrorOtherSide)
{
    limber::Exercise exercise;
    exercise.id = u"arm"_s;
    exercise.picture.kind = limber::Picture::Kind::Frames;
    exercise.picture.folder = DataDir + u"/basic"_s;
    exercise.picture.frames = {{u"arm-left.png"_s, 2000, false}, {u"arm-left.png"_s, 3000, true}};
    exercise.picture.mirrorOtherSide = mirrorOtherSide;
    return exercise;
}

limber::Step holdStep(limber::Side side = limber::Side::None)
{
    limber::Step step;
    step.kind = limber::StepKind::Hold;
    step.exerciseId = u"arm"_s;
    step.durationMs = 10000;
    step.side = side;
    return step;
}

class PictureViewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        // Wider than the 2:1 image: it must keep its aspect, centred.
        view.resize(400, 100);
        view.show();
    }

    limber::PictureView view;
};

} // namespace

TEST_F(PictureViewTest, FramesFollowTheStepTimeAndMirror)
{
    const limber::Exercise exercise = armExercise(false);
    view.showStep(&exercise, holdStep(), 0.05); // 0.5 s: the first frame
    EXPECT_EQ(view.shownFrame(), 0);
    EXPECT_FALSE(view.shownMirrored());
    EXPECT_FALSE(view.poseView()->isVisible());
    const QImage first = grab(view);
    EXPECT_TRUE(redOnLeft(first.copy(100, 0, 200, 100)));

    view.showStep(&exercise, holdStep(), 0.25); // 2.5 s: the second frame, mirrored
    EXPECT_EQ(view.shownFrame(), 1);
    EXPECT_TRUE(view.shownMirrored());
    const QImage second = grab(view);
    EXPECT_TRUE(blueOnLeft(second.copy(100, 0, 200, 100)));
    // Pixel for pixel the mirror image of the first.
    EXPECT_EQ(second, first.mirrored(true, false));

    view.showStep(&exercise, holdStep(), 0.55); // 5.5 s: round again, the first frame
    EXPECT_EQ(view.shownFrame(), 0);
}

TEST_F(PictureViewTest, KeepsTheAspectRatioCentred)
{
    const limber::Exercise exercise = armExercise(false);
    view.showStep(&exercise, holdStep(), 0);
    const QImage image = grab(view);
    // A 2:1 image in a 400 × 100 view: 200 × 100 in the middle, nothing at the sides.
    const QColor background = image.pixelColor(20, 50);
    EXPECT_EQ(image.pixelColor(380, 50), background);
    EXPECT_NE(image.pixelColor(110, 50), background);
    EXPECT_NE(image.pixelColor(290, 50), background);
}

TEST_F(PictureViewTest, TheOtherSideIsMirroredWhenAsked)
{
    const limber::Exercise plain = armExercise(false);
    view.showStep(&plain, holdStep(limber::Side::Right), 0.05);
    EXPECT_FALSE(view.shownMirrored());

    const limber::Exercise sided = armExercise(true);
    view.showStep(&sided, holdStep(limber::Side::Left), 0.05);
    EXPECT_FALSE(view.shownMirrored());
    view.showStep(&sided, holdStep(limber::Side::Right), 0.05);
    EXPECT_TRUE(view.shownMirrored());
    EXPECT_TRUE(blueOnLeft(grab(view).copy(100, 0, 200, 100)));
    // A mirrored frame on the mirrored side comes out the right way round.
    view.showStep(&sided, holdStep(limber::Side::Right), 0.25);
    EXPECT_FALSE(view.shownMirrored());
}

TEST_F(PictureViewTest, IsSharpOnHighDpiScreens)
{
    const limber::Picture picture = armExercise(false).picture;
    const QString path = picture.imagePath(0);
    const QImage source(path);
    const QPixmap normal = limber::renderPictureFrame(path, source, QSize(200, 100), 1.0, false);
    const QPixmap doubled = limber::renderPictureFrame(path, source, QSize(200, 100), 2.0, false);
    EXPECT_EQ(normal.size(), QSize(200, 100));
    EXPECT_EQ(doubled.size(), QSize(400, 200)); // device pixels
    EXPECT_EQ(doubled.deviceIndependentSize(), QSizeF(200, 100));
}

TEST_F(PictureViewTest, RendersSvgAtTheTargetSize)
{
    QTemporaryDir dir;
    QFile svg(dir.filePath(u"shape.svg"_s));
    ASSERT_TRUE(svg.open(QIODevice::WriteOnly));
    svg.write(R"(<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10">)"
              R"(<rect x="0" y="0" width="10" height="10" fill="#ff0000"/>)"
              R"(<rect x="10" y="0" width="10" height="10" fill="#0000ff"/></svg>)");
    svg.close();
    const QPixmap pixmap = limber::renderPictureFrame(svg.fileName(), QImage(), QSize(400, 400), 1.0, true);
    ASSERT_EQ(pixmap.size(), QSize(400, 200)); // drawn at size, not a 20 px image blown up
    EXPECT_TRUE(blueOnLeft(pixmap.toImage()));
    EXPECT_EQ(limber::ImagePictureChecker::instance().imageProblem(svg.fileName()), QString());
}

TEST_F(PictureViewTest, ABrokenOrHugeSvgIsNamedAndNotDrawn)
{
    QTemporaryDir dir;
    const auto write = [&dir](const QString& name, const QByteArray& text) {
        QFile file(dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text);
        return file.fileName();
    };
    const QString broken = write(u"broken.svg"_s, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\"");
    const QString text = write(u"text.svg"_s, "not an image at all");
    const QString huge = write(u"huge.svg"_s, R"(<svg xmlns="http://www.w3.org/2000/svg" width="5000" height="10"/>)");
    const limber::ImagePictureChecker& checker = limber::ImagePictureChecker::instance();
    EXPECT_EQ(checker.imageProblem(broken), u"is not an SVG image"_s);
    EXPECT_EQ(checker.imageProblem(text), u"is not an SVG image"_s);
    EXPECT_EQ(checker.imageProblem(huge), u"is 5000 × 10 pixels; at most 4096 a side"_s);
    EXPECT_TRUE(limber::renderPictureFrame(broken, QImage(), QSize(100, 100), 1.0, false).isNull());
    EXPECT_TRUE(limber::renderPictureFrame(text, QImage(), QSize(100, 100), 1.0, false).isNull());
}

TEST_F(PictureViewTest, PosePicturesShowThatPoseAndBuiltInsTheirOwn)
{
    limber::Exercise borrowed;
    borrowed.id = u"mine"_s;
    borrowed.picture.kind = limber::Picture::Kind::Pose;
    borrowed.picture.pose = u"cat-cow"_s;
    view.showStill(borrowed);
    EXPECT_EQ(view.shownFrame(), -1);
    EXPECT_TRUE(view.poseView()->isVisible());
    const QImage catCow = grab(view);

    limber::Exercise builtIn;
    builtIn.id = u"cat-cow"_s;
    view.showStill(builtIn);
    EXPECT_EQ(grab(view), catCow);

    limber::Exercise other;
    other.id = u"cobra"_s;
    view.showStill(other);
    EXPECT_NE(grab(view), catCow);
}

TEST(ImagePictureChecker, JudgesRealImages)
{
    const limber::ImagePictureChecker& checker = limber::ImagePictureChecker::instance();
    EXPECT_EQ(checker.imageProblem(DataDir + u"/basic/arm-left.png"_s), QString());
    EXPECT_EQ(checker.imageProblem(DataDir + u"/not-image/fake.png"_s), u"is not a PNG image"_s);
    EXPECT_EQ(checker.imageProblem(DataDir + u"/huge/wide.png"_s), u"is 5000 × 1 pixels; at most 4096 a side"_s);
    EXPECT_TRUE(checker.hasPose(u"cat-cow"_s));
    EXPECT_FALSE(checker.hasPose(u"moonwalk"_s));
}
