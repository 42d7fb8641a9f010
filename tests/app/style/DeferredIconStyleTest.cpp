#include "AppTestSupport.h"

#include "style/DeferredIconStyle.h"

#include <QApplication>
#include <QImage>
#include <QMenuBar>
#include <QStyleFactory>
#include <QToolButton>

#include <gtest/gtest.h>

#include <memory>

namespace limber {
namespace {

constexpr QSize ArrowSize(16, 16);

QImage drawn(const QIcon& icon)
{
    return icon.pixmap(ArrowSize).toImage();
}

class DeferredIconStyleTest : public test::WidgetTest {
protected:
    DeferredIconStyle style {QApplication::style()->name()};
};

TEST_F(DeferredIconStyleTest, TheOverflowArrowsLookAsThePlatformStyleDrawsThem)
{
    for (const QStyle::StandardPixmap arrow :
         {QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_ToolBarVerticalExtensionButton}) {
        EXPECT_TRUE(DeferredIconStyle::isDeferred(arrow));
        const QIcon deferred = style.standardIcon(arrow);
        const QIcon direct = style.baseStyle()->standardIcon(arrow);
        EXPECT_FALSE(deferred.isNull()) << "a button given the arrow shows it";
        ASSERT_FALSE(drawn(direct).isNull());
        EXPECT_EQ(drawn(deferred), drawn(direct));
        EXPECT_EQ(deferred.availableSizes(), direct.availableSizes());
        EXPECT_EQ(deferred.actualSize(ArrowSize), direct.actualSize(ArrowSize));
    }
}

TEST_F(DeferredIconStyleTest, EveryOtherIconIsThePlatformStylesOwn)
{
    for (const QStyle::StandardPixmap icon :
         {QStyle::SP_DialogOkButton, QStyle::SP_ArrowUp, QStyle::SP_TitleBarCloseButton}) {
        EXPECT_FALSE(DeferredIconStyle::isDeferred(icon));
        EXPECT_EQ(drawn(style.standardIcon(icon)), drawn(style.baseStyle()->standardIcon(icon)));
    }
}

TEST_F(DeferredIconStyleTest, AnArrowOutlivesTheStyleItCameFrom)
{
    // A style can be replaced while buttons keep their icons: the arrow is
    // then drawn by the application's style.
    auto shortLived = std::make_unique<DeferredIconStyle>(QApplication::style()->name());
    const QIcon arrow = shortLived->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
    shortLived.reset();
    EXPECT_EQ(drawn(arrow), drawn(QApplication::style()->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton)));
}

TEST_F(DeferredIconStyleTest, AMenuBarTooNarrowForItsMenusShowsTheArrow)
{
    const QString previous = QApplication::style()->name();
    QApplication::setStyle(new DeferredIconStyle(previous));
    {
        QMenuBar bar;
        for (int i = 0; i < 8; ++i)
            bar.addMenu(QStringLiteral("Menu number %1").arg(i));
        bar.resize(120, bar.sizeHint().height());
        bar.show();
        auto* arrow = bar.findChild<QToolButton*>(QStringLiteral("qt_menubar_ext_button"));
        ASSERT_NE(arrow, nullptr);
        EXPECT_TRUE(arrow->isVisible()) << "the menus do not fit";
        const QStyle* platform = static_cast<const QProxyStyle*>(QApplication::style())->baseStyle();
        EXPECT_EQ(drawn(arrow->icon()), drawn(platform->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton)));
        EXPECT_FALSE(bar.grab().isNull());
    }
    QApplication::setStyle(QStyleFactory::create(previous)); // the next tests get the plain style back
}

} // namespace
} // namespace limber
