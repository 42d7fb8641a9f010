#include "AppTestSupport.h"

#include "widgets/StackPages.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <gtest/gtest.h>

namespace limber {
namespace {

class StackPagesTest : public test::WidgetTest { };

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

TEST_F(StackPagesTest, APageOfAHiddenWindowIsLaidOutOnceTheWindowShowsIt)
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

TEST_F(StackPagesTest, APageAddedToAShownStackIsLaidOutAtOnce)
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

} // namespace
} // namespace limber
