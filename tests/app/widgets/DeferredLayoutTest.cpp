#include "AppTestSupport.h"

#include "widgets/DeferredLayout.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <gtest/gtest.h>

namespace limber {
namespace {

class DeferredLayoutTest : public test::WidgetTest { };

// A page whose layout places a label: the label's geometry says whether, and
// at which size, the page was laid out.
struct Page {
    Page()
        : widget(new QWidget)
        , label(new QLabel(QStringLiteral("words"), widget))
    {
        auto* layout = new QVBoxLayout(widget);
        layout->setContentsMargins(10, 10, 10, 10);
        layout->addWidget(label);
    }
    QWidget* widget;
    QLabel* label;
};

TEST_F(DeferredLayoutTest, APageOfAHiddenWindowIsLaidOutOnceTheWindowShowsIt)
{
    QWidget window;
    auto* stack = new QStackedWidget(&window);
    auto* layout = new QVBoxLayout(&window);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(stack);
    Page page;
    const QRect untouched = page.label->geometry();
    addStackPage(*stack, *page.widget);
    EXPECT_EQ(stack->currentWidget(), page.widget) << "the first page is the current one, as with addWidget";
    EXPECT_TRUE(page.widget->layout()->isEnabled());
    EXPECT_FALSE(page.label->isVisible());
    // QStackedWidget::addWidget alone would lay the page out here, at a size not yet its own.
    EXPECT_EQ(page.label->geometry(), untouched) << "no layout work before the window is shown";

    window.resize(400, 300);
    window.show();
    ASSERT_TRUE(page.widget->isVisible());
    EXPECT_EQ(page.widget->size(), QSize(400, 300));
    EXPECT_EQ(page.label->geometry(), QRect(10, 10, 380, 280)) << "laid out at the window's size";
}

TEST_F(DeferredLayoutTest, APageAddedToAShownStackIsLaidOutAtOnce)
{
    QStackedWidget stack;
    auto* first = new QWidget;
    stack.addWidget(first);
    stack.resize(300, 200);
    stack.show();

    Page page;
    addStackPage(stack, *page.widget);
    stack.setCurrentWidget(page.widget);
    EXPECT_TRUE(page.label->isVisible());
    EXPECT_EQ(page.label->geometry(), QRect(10, 10, 280, 180));

    // Made the current page while its stack is on screen: laid out then and there.
    QStackedWidget shownEmpty;
    shownEmpty.resize(300, 200);
    shownEmpty.show();
    Page another;
    addStackPage(shownEmpty, *another.widget);
    ASSERT_TRUE(another.widget->isVisible());
    EXPECT_EQ(another.label->geometry(), QRect(10, 10, 280, 180));
}

TEST_F(DeferredLayoutTest, AChildShownInAHiddenWindowIsLaidOutOnceTheWindowShowsIt)
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    layout->setContentsMargins(0, 0, 0, 0);
    Page child;
    layout->addWidget(child.widget);
    child.widget->hide();
    const QRect untouched = child.label->geometry();

    showChild(*child.widget);
    EXPECT_FALSE(child.widget->isHidden()) << "shown, in so far as a hidden window lets it be";
    EXPECT_TRUE(child.widget->layout()->isEnabled());
    // QWidget::show() alone would lay the child out here.
    EXPECT_EQ(child.label->geometry(), untouched) << "no layout work before the window is shown";

    window.resize(400, 300);
    window.show();
    ASSERT_TRUE(child.widget->isVisible());
    EXPECT_EQ(child.label->geometry(), QRect(10, 10, 380, 280)) << "laid out at the window's size";
}

TEST_F(DeferredLayoutTest, AChildShownInAShownWindowIsLaidOutAtOnce)
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    layout->setContentsMargins(0, 0, 0, 0);
    Page child;
    layout->addWidget(child.widget);
    child.widget->hide();
    window.resize(400, 300);
    window.show();

    showChild(*child.widget);
    ASSERT_TRUE(child.widget->isVisible());
    EXPECT_EQ(child.label->geometry(), QRect(10, 10, 380, 280));
}

} // namespace
} // namespace limber
