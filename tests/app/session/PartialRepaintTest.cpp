// The session view repaints only what changed each frame (the swept end of the
// ring, the breath circle's bounds, the bones of the figure that moved). These
// tests check what is on screen after many such partial repaints against a
// full repaint of the same moment: a dirty rectangle that misses something
// leaves stale pixels behind, and shows up here.
#include "AppTestSupport.h"
#include "SessionStage.h"

#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QScreen>

namespace limber {
namespace {

// Pixels that differ by more than antialiasing could explain.
int staleLookingPixels(const QImage& a, const QImage& b, QImage* marks)
{
    const QImage left = a.convertToFormat(QImage::Format_RGB32);
    const QImage right = b.convertToFormat(QImage::Format_RGB32);
    if (left.size() != right.size())
        return left.width() * left.height();
    *marks = right;
    int count = 0;
    for (int y = 0; y < left.height(); ++y) {
        const auto* l = reinterpret_cast<const QRgb*>(left.constScanLine(y));
        const auto* r = reinterpret_cast<const QRgb*>(right.constScanLine(y));
        for (int x = 0; x < left.width(); ++x) {
            const int difference = std::max({std::abs(qRed(l[x]) - qRed(r[x])), std::abs(qGreen(l[x]) - qGreen(r[x])),
                                             std::abs(qBlue(l[x]) - qBlue(r[x]))});
            if (difference > 48) {
                ++count;
                marks->setPixel(x, y, qRgb(255, 0, 255));
            }
        }
    }
    return count;
}

class PartialRepaintTest : public test::WidgetTest, public ::testing::WithParamInterface<const char*> { };

TEST_P(PartialRepaintTest, ScreenMatchesAFullRepaintThroughoutTheExercise)
{
    test::SessionStage stage(test::builtinCatalog(), {QString::fromLatin1(GetParam())});
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&stage.window()));
    QScreen* screen = stage.window().screen();
    ASSERT_NE(screen, nullptr);
    // Irregular steps, so the comparisons fall at all sorts of moments of
    // the movement: mid-phase, at a turn, on a step change.
    const qint64 steps[] = {700, 1300, 2100, 3300, 4000, 5700};
    int checks = 0;
    for (qint64 step : steps) {
        stage.advance(step);
        if (!stage.engine().isActive())
            break;
        const QImage onScreen = screen->grabWindow(stage.window().winId()).toImage();
        const QImage repainted = stage.window().grab().toImage();
        QImage marks;
        const int stale = staleLookingPixels(onScreen, repainted, &marks);
        if (stale > 0) {
            const QString file = QDir::temp().filePath(
                QStringLiteral("limber-stale-%1-%2.png").arg(QLatin1String(GetParam())).arg(checks));
            marks.save(file);
            ADD_FAILURE() << stale << " pixels on screen differ from a full repaint at "
                          << stage.engine().sessionElapsedMs() << " ms; marked in " << file.toStdString();
        }
        ++checks;
    }
    EXPECT_GE(checks, 4) << "the session should still run for most of the checks";
}

INSTANTIATE_TEST_SUITE_P(Exercises, PartialRepaintTest,
                         ::testing::Values("shoulder-rolls", "cat-cow", "cobra", "lateral-flexion", "knee-to-chest"),
                         [](const ::testing::TestParamInfo<const char*>& param) {
                             std::string name = param.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

} // namespace
} // namespace limber
