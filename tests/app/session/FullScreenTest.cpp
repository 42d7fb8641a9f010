// FullScreen on the offscreen platform, whose one screen has the size this
// run was given (tests/data/screens/*.json): the window covers its screen,
// whether the platform does it or, where nobody would, FullScreen itself.
#include "AppTestSupport.h"
#include "VirtualTime.h"

#include "session/FullScreen.h"

#include <QGuiApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QScreen>

#include <gtest/gtest.h>

namespace limber {
namespace {

class FullScreenTest : public test::WidgetTest {
protected:
    void SetUp() override
    {
        WidgetTest::SetUp();
        window.menuBar()->addMenu(QStringLiteral("File"));
        window.setGeometry(QRect(40, 60, 640, 480));
        test::showActive(window);
    }

    static QRect screenGeometry() { return QGuiApplication::primaryScreen()->geometry(); }

    QMainWindow window;
};

TEST_F(FullScreenTest, OffscreenNeedsNoWindowManager)
{
    FullScreen byDefault; // asks the window manager only on X11
    byDefault.enter(&window);
    test::settle();
    EXPECT_FALSE(byDefault.isSizedByHand());
    EXPECT_EQ(window.geometry(), screenGeometry());
    byDefault.leave();
    test::settle();
}

TEST_F(FullScreenTest, TheWindowCoversItsScreenAndComesBackWhereItWas)
{
    FullScreen honoured([] { return true; });
    honoured.enter(&window);
    test::settle();
    EXPECT_TRUE(window.windowState() & Qt::WindowFullScreen);
    EXPECT_EQ(window.geometry(), screenGeometry());
    EXPECT_TRUE(window.menuBar()->isHidden());
    honoured.leave();
    test::settle();
    EXPECT_FALSE(window.windowState() & Qt::WindowFullScreen);
    EXPECT_FALSE(window.menuBar()->isHidden());
}

TEST_F(FullScreenTest, WhereNobodyHonoursTheRequestTheWindowTakesTheScreensGeometry)
{
    int asked = 0;
    FullScreen ignored([&] {
        ++asked;
        return false;
    });
    const QRect before = window.geometry();
    ignored.enter(&window);
    test::settle();
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(ignored.isSizedByHand());
    EXPECT_EQ(window.geometry(), screenGeometry());
    ignored.leave();
    test::settle();
    EXPECT_FALSE(ignored.isSizedByHand());
    EXPECT_EQ(window.geometry(), before);
}

} // namespace
} // namespace limber
