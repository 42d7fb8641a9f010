#include "AppTestSupport.h"

#include "home/BodyRegionPicker.h"

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QSignalSpy>

namespace limber {
namespace {

using test::pointInRegion;

class BodyRegionPickerTest : public test::WidgetTest {
protected:
    void SetUp() override
    {
        WidgetTest::SetUp();
        picker.setRegions({
            {QStringLiteral("neck-shoulders"), QStringLiteral("Neck and shoulders"), QString(),
             BodyArea::NeckShoulders},
            {QStringLiteral("upper-back"), QStringLiteral("Upper back"), QString(), BodyArea::UpperBack},
            {QStringLiteral("lower-back"), QStringLiteral("Lower back"), QString(), BodyArea::LowerBack},
        });
        picker.resize(360, 520);
        test::showActive(picker);
    }

    BodyRegionPicker picker;
};

TEST_F(BodyRegionPickerTest, RegionsAreDistinctAndInsideTheWidget)
{
    for (int i = 0; i < picker.regionCount(); ++i) {
        const QRect box = picker.regionRect(i);
        EXPECT_FALSE(box.isEmpty()) << i;
        EXPECT_TRUE(picker.rect().contains(box)) << i;
        EXPECT_EQ(picker.regionAt(pointInRegion(picker, i)), i);
    }
    // Top to bottom, as on a body.
    EXPECT_LT(picker.regionRect(0).center().y(), picker.regionRect(1).center().y());
    EXPECT_LT(picker.regionRect(1).center().y(), picker.regionRect(2).center().y());
    EXPECT_EQ(picker.regionAt(QPointF(2, 2)), -1) << "the corner is background";
}

TEST_F(BodyRegionPickerTest, ClickingSelectsEachRegion)
{
    QSignalSpy selected(&picker, &BodyRegionPicker::selectionChanged);
    for (int i = 0; i < picker.regionCount(); ++i) {
        QTest::mouseClick(&picker, Qt::LeftButton, {}, pointInRegion(picker, i));
        EXPECT_EQ(picker.selectedIndex(), i);
        ASSERT_EQ(selected.size(), i + 1);
        EXPECT_EQ(selected.last().at(0).toString(), picker.region(i).id);
    }
    // Clicking the chosen region again changes nothing.
    QTest::mouseClick(&picker, Qt::LeftButton, {}, pointInRegion(picker, 2));
    EXPECT_EQ(selected.size(), 3);
}

TEST_F(BodyRegionPickerTest, HoverShowsHandAndName)
{
    QTest::mouseMove(&picker, pointInRegion(picker, 1));
    EXPECT_EQ(picker.hoveredIndex(), 1);
    EXPECT_EQ(picker.cursor().shape(), Qt::PointingHandCursor);
    QTest::mouseMove(&picker, QPoint(2, 2));
    EXPECT_EQ(picker.hoveredIndex(), -1);
    EXPECT_EQ(picker.cursor().shape(), Qt::ArrowCursor);
}

TEST_F(BodyRegionPickerTest, DoubleClickActivates)
{
    QSignalSpy activated(&picker, &BodyRegionPicker::regionActivated);
    QTest::mouseDClick(&picker, Qt::LeftButton, {}, pointInRegion(picker, 2));
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.first().at(0).toString(), QStringLiteral("lower-back"));
    EXPECT_EQ(picker.selectedIndex(), 2);
}

TEST_F(BodyRegionPickerTest, KeyboardReachesEveryRegion)
{
    picker.setFocus(Qt::TabFocusReason);
    ASSERT_TRUE(picker.hasFocus());
    EXPECT_EQ(picker.focusedIndex(), 0);
    QTest::keyClick(&picker, Qt::Key_Down);
    EXPECT_EQ(picker.focusedIndex(), 1);
    QTest::keyClick(&picker, Qt::Key_Right);
    EXPECT_EQ(picker.focusedIndex(), 2);
    QTest::keyClick(&picker, Qt::Key_Down);
    EXPECT_EQ(picker.focusedIndex(), 2) << "stays on the last region";
    QTest::keyClick(&picker, Qt::Key_Up);
    QTest::keyClick(&picker, Qt::Key_Left);
    EXPECT_EQ(picker.focusedIndex(), 0);
    EXPECT_EQ(picker.selectedIndex(), -1) << "moving focus alone does not choose";

    QSignalSpy activated(&picker, &BodyRegionPicker::regionActivated);
    QTest::keyClick(&picker, Qt::Key_End);
    QTest::keyClick(&picker, Qt::Key_Space);
    EXPECT_EQ(picker.selectedIndex(), 2);
    EXPECT_EQ(activated.size(), 0);
    QTest::keyClick(&picker, Qt::Key_Home);
    QTest::keyClick(&picker, Qt::Key_Return);
    EXPECT_EQ(picker.selectedIndex(), 0) << "Enter on another region chooses it";
    EXPECT_EQ(activated.size(), 0);
    QTest::keyClick(&picker, Qt::Key_Return);
    EXPECT_EQ(activated.size(), 1) << "Enter on the chosen region starts it";
}

TEST_F(BodyRegionPickerTest, TabFocusesThePicker)
{
    QWidget host;
    auto* before = new QWidget(&host);
    before->setFocusPolicy(Qt::StrongFocus);
    auto* inHost = new BodyRegionPicker(&host);
    inHost->setRegions({{QStringLiteral("upper-back"), QStringLiteral("Upper back"), QString(), BodyArea::UpperBack}});
    test::showActive(host);
    before->setFocus();
    QTest::keyClick(before, Qt::Key_Tab);
    EXPECT_TRUE(inHost->hasFocus());
}

TEST_F(BodyRegionPickerTest, AccessibleInterfaceExposesThreeNamedButtons)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(&picker);
    ASSERT_NE(iface, nullptr);
    EXPECT_FALSE(iface->text(QAccessible::Name).isEmpty());
    ASSERT_EQ(iface->childCount(), 3);
    for (int i = 0; i < 3; ++i) {
        QAccessibleInterface* child = iface->child(i);
        ASSERT_NE(child, nullptr);
        EXPECT_EQ(child->role(), QAccessible::Button);
        EXPECT_EQ(child->text(QAccessible::Name), picker.region(i).name);
        EXPECT_EQ(iface->indexOfChild(child), i);
        EXPECT_EQ(child->parent(), iface);
        EXPECT_FALSE(child->rect().isEmpty());
        const QPoint inside = picker.mapToGlobal(pointInRegion(picker, i));
        EXPECT_EQ(iface->childAt(inside.x(), inside.y()), child);
        EXPECT_FALSE(child->state().selected);
    }
    EXPECT_EQ(iface->child(1), iface->child(1)) << "children are cached, not leaked";

    QAccessibleActionInterface* action = iface->child(1)->actionInterface();
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(action->actionNames().contains(QAccessibleActionInterface::pressAction()));
    action->doAction(QAccessibleActionInterface::pressAction());
    EXPECT_EQ(picker.selectedIndex(), 1);
    EXPECT_TRUE(iface->child(1)->state().selected);

    picker.setFocus();
    QTest::keyClick(&picker, Qt::Key_Down);
    EXPECT_TRUE(iface->child(2)->state().focused);
    EXPECT_EQ(iface->focusChild(), iface->child(2));
}

} // namespace
} // namespace limber
