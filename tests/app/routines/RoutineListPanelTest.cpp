#include "AppTestSupport.h"

#include "routines/RoutineListModel.h"
#include "routines/RoutineListPanel.h"
#include "routines/RoutineText.h"

#include "limber/Plan.h"

#include <QListView>
#include <QPushButton>
#include <QSignalSpy>

namespace limber {
namespace {

Routine makeRoutine(const QString& id, const QString& name, const QStringList& exerciseIds)
{
    Routine routine;
    routine.id = id;
    routine.name = name;
    for (const QString& exerciseId : exerciseIds)
        routine.entries.append({exerciseId, {}, {}});
    return routine;
}

class RoutineListPanelTest : public test::WidgetTest {
protected:
    void SetUp() override
    {
        WidgetTest::SetUp();
        Routine morning = makeRoutine(u"morning"_qs, u"Morning"_qs, {u"flexion"_qs, u"knee-to-chest"_qs});
        morning.frequency.timesPerDay = 2;
        routines = {morning, makeRoutine(u"desk"_qs, u"At the desk"_qs, {u"shoulder-rolls"_qs}),
                    makeRoutine(u"evening"_qs, u"Evening"_qs, {u"cat-cow"_qs, u"childs-pose"_qs, u"cobra"_qs})};
        panel.resize(420, 400);
        test::showActive(panel);
    }

    QStringList idsShown() const { return panel.model()->ids(); }

    RoutineListPanel panel {test::builtinCatalog()};
    QList<Routine> routines;
};

TEST_F(RoutineListPanelTest, WithoutRoutinesItInvitesToMakeOne)
{
    panel.setRoutines({});
    auto* first = panel.findChild<QPushButton*>(u"firstRoutineButton"_qs);
    ASSERT_NE(first, nullptr);
    EXPECT_TRUE(first->isVisible());
    EXPECT_FALSE(panel.list()->isVisible());
    QSignalSpy asked(&panel, &RoutineListPanel::newRequested);
    first->click();
    panel.newButton()->click();
    EXPECT_EQ(asked.size(), 2);
}

TEST_F(RoutineListPanelTest, EachRoutineShowsItsLengthCountAndHowOften)
{
    panel.setRoutines(routines);
    ASSERT_EQ(idsShown(), (QStringList {u"morning"_qs, u"desk"_qs, u"evening"_qs}));
    const QModelIndex first = panel.model()->index(0, 0);
    const QString summary = first.data(RoutineListModel::SummaryRole).toString();
    EXPECT_TRUE(summary.startsWith(u"2 exercises · about "_qs)) << summary.toStdString();
    EXPECT_TRUE(summary.endsWith(u"twice a day"_qs)) << summary.toStdString();
    EXPECT_EQ(first.data().toString(), u"Morning"_qs);
    EXPECT_TRUE(first.data(Qt::AccessibleTextRole).toString().contains(summary));
    EXPECT_EQ(panel.currentId(), u"morning"_qs) << "the first routine is chosen, so Start works at once";
}

TEST_F(RoutineListPanelTest, ButtonsAndKeysAskForTheChosenRoutine)
{
    panel.setRoutines(routines);
    panel.setCurrentId(u"desk"_qs);
    QSignalSpy started(&panel, &RoutineListPanel::startRequested);
    QSignalSpy edited(&panel, &RoutineListPanel::editRequested);
    QSignalSpy duplicated(&panel, &RoutineListPanel::duplicateRequested);
    QSignalSpy deleted(&panel, &RoutineListPanel::deleteRequested);
    panel.startButton()->click();
    panel.editButton()->click();
    panel.duplicateButton()->click();
    panel.deleteButton()->click();
    ASSERT_EQ(started.size(), 1);
    EXPECT_EQ(started.at(0).at(0).toString(), u"desk"_qs);
    EXPECT_EQ(edited.at(0).at(0).toString(), u"desk"_qs);
    EXPECT_EQ(duplicated.at(0).at(0).toString(), u"desk"_qs);
    EXPECT_EQ(deleted.at(0).at(0).toString(), u"desk"_qs);

    panel.list()->setFocus();
    QTest::keyClick(panel.list(), Qt::Key_Down);
    EXPECT_EQ(panel.currentId(), u"evening"_qs);
    QTest::keyClick(panel.list(), Qt::Key_Return);
    ASSERT_EQ(started.size(), 2);
    EXPECT_EQ(started.at(1).at(0).toString(), u"evening"_qs);
    QTest::keyClick(panel.list(), Qt::Key_Delete);
    ASSERT_EQ(deleted.size(), 2);
    EXPECT_EQ(deleted.at(1).at(0).toString(), u"evening"_qs);
    EXPECT_EQ(panel.startButton()->accessibleName(), u"Start Evening"_qs);
}

TEST_F(RoutineListPanelTest, DeletedBarOffersUndoUntilTheNextAction)
{
    panel.setRoutines(routines);
    EXPECT_FALSE(panel.deletedBar()->isVisible());
    panel.showDeleted(u"Evening"_qs);
    EXPECT_TRUE(panel.deletedBar()->isVisible());
    QSignalSpy undone(&panel, &RoutineListPanel::undoRequested);
    panel.undoButton()->click();
    EXPECT_EQ(undone.size(), 1);
    EXPECT_FALSE(panel.deletedBar()->isVisible());

    panel.showDeleted(u"Evening"_qs);
    panel.editButton()->click();
    EXPECT_FALSE(panel.deletedBar()->isVisible()) << "the offer goes once the person does something else";
}

TEST_F(RoutineListPanelTest, AltUpAndDownReorderAndKeepTheRoutineChosen)
{
    panel.setRoutines(routines);
    QSignalSpy reordered(&panel, &RoutineListPanel::reordered);
    panel.list()->setFocus();
    QTest::keyClick(panel.list(), Qt::Key_Down, Qt::AltModifier);
    ASSERT_EQ(reordered.size(), 1);
    EXPECT_EQ(reordered.at(0).at(0).toStringList(), (QStringList {u"desk"_qs, u"morning"_qs, u"evening"_qs}));
    EXPECT_EQ(panel.currentId(), u"morning"_qs);
    QTest::keyClick(panel.list(), Qt::Key_Down, Qt::AltModifier);
    QTest::keyClick(panel.list(), Qt::Key_Down, Qt::AltModifier); // already last: nothing moves
    EXPECT_EQ(reordered.size(), 2);
    EXPECT_EQ(idsShown(), (QStringList {u"desk"_qs, u"evening"_qs, u"morning"_qs}));
    QTest::keyClick(panel.list(), Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(idsShown(), (QStringList {u"desk"_qs, u"morning"_qs, u"evening"_qs}));
    EXPECT_EQ(panel.currentId(), u"morning"_qs);
}

TEST_F(RoutineListPanelTest, DragAndDropMovesThroughMoveRows)
{
    // QListView's internal move calls moveRows; dropping a row on itself or
    // right after itself is no move.
    panel.setRoutines(routines);
    QSignalSpy reordered(&panel, &RoutineListPanel::reordered);
    EXPECT_FALSE(panel.model()->moveRow({}, 0, {}, 1));
    EXPECT_TRUE(panel.model()->moveRow({}, 2, {}, 0));
    ASSERT_EQ(reordered.size(), 1);
    EXPECT_EQ(reordered.at(0).at(0).toStringList(), (QStringList {u"evening"_qs, u"morning"_qs, u"desk"_qs}));
    EXPECT_EQ(panel.list()->dragDropMode(), QAbstractItemView::InternalMove);
    EXPECT_TRUE(panel.model()->flags(panel.model()->index(0, 0)).testFlag(Qt::ItemIsDragEnabled));
    EXPECT_FALSE(panel.model()->flags(panel.model()->index(0, 0)).testFlag(Qt::ItemIsDropEnabled))
        << "drops land between rows, never onto one";
}

TEST_F(RoutineListPanelTest, LengthsFollowTheSettings)
{
    panel.setRoutines(routines);
    const QString before = panel.model()->index(2, 0).data(RoutineListModel::SummaryRole).toString();
    PlanOptions slow;
    slow.pace = Pace::Slower;
    slow.restBetweenExercisesMs = 60000;
    panel.setBaseOptions(slow);
    const QString after = panel.model()->index(2, 0).data(RoutineListModel::SummaryRole).toString();
    EXPECT_NE(before, after);
    EXPECT_EQ(idsShown().size(), 3);
}

} // namespace
} // namespace limber

namespace limber {
namespace {

TEST_F(RoutineListPanelTest, EachRoutineShowsItsWeekAgainstHowOften)
{
    routines[0].frequency = {2, 5};
    panel.setRoutines(routines);
    const QDate thursday(2024, 3, 14);
    const auto sessionOf = [](const QString& routineId, const QDateTime& start) {
        SessionRecord record;
        record.routineId = routineId;
        record.start = start;
        record.exerciseIds = {u"flexion"_qs, u"knee-to-chest"_qs};
        record.progress.exercisesCompleted = 2;
        record.outcome = SessionOutcome::Completed;
        return record;
    };
    panel.setThisWeek({sessionOf(u"morning"_qs, QDateTime(thursday.addDays(-3), QTime(8, 0))),
                       sessionOf(u"morning"_qs, QDateTime(thursday, QTime(8, 0))),
                       sessionOf(u"desk"_qs, QDateTime(thursday, QTime(11, 0)))},
                      thursday);
    const QString morning = panel.model()->index(0, 0).data(RoutineListModel::SummaryRole).toString();
    EXPECT_TRUE(morning.endsWith(RoutineText::tr("%1 of %2 days this week").arg(2).arg(5) + u" · "_qs
                                 + RoutineText::tr("%1 of %2 today").arg(1).arg(2)))
        << morning.toStdString();
    const QString desk = panel.model()->index(1, 0).data(RoutineListModel::SummaryRole).toString();
    EXPECT_FALSE(desk.contains(RoutineText::tr("%1 of %2 today").arg(1).arg(0))) << "no how often, no progress";
    EXPECT_FALSE(desk.contains(u"today"_qs)) << desk.toStdString();
}

} // namespace
} // namespace limber
