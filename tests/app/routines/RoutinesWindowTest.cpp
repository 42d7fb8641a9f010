#include "AppTestSupport.h"
#include "VirtualTime.h"

#include "MainWindow.h"
#include "home/HomeView.h"
#include "routines/CatalogPicker.h"
#include "routines/EntryDoseEditor.h"
#include "routines/EntryListModel.h"
#include "routines/RoutineEditor.h"
#include "routines/RoutineListModel.h"
#include "routines/RoutineListPanel.h"
#include "routines/RoutinesController.h"
#include "session/SessionView.h"

#include "MemoryLibrary.h"
#include "routines/StoreLibrary.h"

#include "limber/routines/RoutineStore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>

namespace limber {
namespace {

// The "done when": a person makes a routine of four exercises from
// two regions with a 20 s hold, saves it, finds it on home, starts it, and
// it survives a restart.
class RoutinesWindowTest : public test::WidgetTest {
protected:
    void SetUp() override
    {
        WidgetTest::SetUp();
        qRegisterMetaType<Routine>();
        ASSERT_TRUE(folder.isValid());
        EXPECT_TRUE(store.load().isEmpty());
        window = std::make_unique<MainWindow>(test::builtinCatalog(), session);
        window->setStopConfirmer([] { return true; });
        window->setRoutineLibrary(&library);
        test::showActive(*window);
    }

    RoutineListPanel& panel() const { return *window->homeView()->routineList(); }
    RoutineEditor& editor() const { return *window->routines()->editor(); }

    void add(const QString& regionId, const QString& exerciseId) const
    {
        CatalogPicker& picker = *editor().catalogPicker();
        picker.regionFilter()->setCurrentIndex(picker.regionFilter()->findData(regionId));
        ASSERT_TRUE(picker.choose(exerciseId));
        picker.list()->setFocus();
        QTest::keyClick(picker.list(), Qt::Key_Return);
    }

    void makeRoutine() const
    {
        auto* first = panel().findChild<QPushButton*>(u"firstRoutineButton"_qs);
        ASSERT_TRUE(first && first->isVisible()) << "home invites to make a first routine";
        first->click();
        ASSERT_EQ(window->currentView(), &editor());
        QTest::keyClicks(editor().nameField(), u"My physio routine"_qs);
        add(u"neck-shoulders"_qs, u"flexion"_qs);
        add(u"neck-shoulders"_qs, u"lateral-flexion"_qs);
        add(u"lower-back"_qs, u"knee-to-chest"_qs);
        add(u"lower-back"_qs, u"piriformis"_qs);
        for (int row = 0; row < 4; ++row) {
            editor().entryList()->setCurrentIndex(editor().entryModel()->index(row, 0));
            QSpinBox* hold = editor().doseEditor()->holdField();
            hold->setFocus();
            hold->selectAll();
            QTest::keyClicks(hold, u"20"_qs);
        }
        editor().saveButton()->click();
    }

    QTemporaryDir folder;
    RoutineStore store {folder.path()};
    StoreLibrary library {store};
    VirtualClock clock;
    VirtualTimerSource timers {clock};
    GuidedSession session {test::builtinCatalog(), clock, timers};
    std::unique_ptr<MainWindow> window;
};

TEST_F(RoutinesWindowTest, TheEditorIsBuiltWhenARoutineIsFirstOpened)
{
    EXPECT_EQ(window->findChild<RoutineEditor*>(), nullptr) << "home's first frame has no editor to build";
    auto* first = panel().findChild<QPushButton*>(u"firstRoutineButton"_qs);
    ASSERT_NE(first, nullptr);
    first->click();
    ASSERT_EQ(window->findChildren<RoutineEditor*>().size(), 1);
    EXPECT_EQ(window->currentView(), window->findChild<RoutineEditor*>());
}

TEST_F(RoutinesWindowTest, MakeSaveFindStartAndKeepAcrossARestart)
{
    EXPECT_TRUE(panel().isVisible()) << "My routines sits on home next to the body picker";
    makeRoutine();
    EXPECT_EQ(window->currentView(), window->homeView()) << "saving goes back to home";
    ASSERT_EQ(library.routines().size(), 1);
    const Routine saved = library.routines().first();
    EXPECT_EQ(saved.name, u"My physio routine"_qs);
    EXPECT_EQ(panel().model()->ids(), QStringList {saved.id});
    EXPECT_EQ(panel().currentId(), saved.id);

    panel().startButton()->click();
    ASSERT_EQ(window->currentView(), window->sessionView());
    const Plan& plan = session.engine().plan();
    EXPECT_EQ(plan.exerciseIds,
              (QStringList {u"flexion"_qs, u"lateral-flexion"_qs, u"knee-to-chest"_qs, u"piriformis"_qs}));
    int holds = 0;
    for (const Step& step : plan.steps) {
        if (step.kind == StepKind::Hold) {
            EXPECT_EQ(step.durationMs, 20000);
            ++holds;
        }
    }
    EXPECT_GT(holds, 4);
    EXPECT_EQ(plan.totalMs, Planner(test::builtinCatalog()).plan(saved, session.lastOptions()).totalMs);
    ASSERT_TRUE(session.lastRoutine().has_value());
    EXPECT_EQ(session.lastRoutine()->id, saved.id) << "Again plans the routine, overrides and all";
    const qint64 total = plan.totalMs;
    window->showHome();

    // The summary's Again plans the same routine, not its bare exercise list.
    ASSERT_TRUE(session.prepareAgain());
    EXPECT_EQ(session.engine().plan().totalMs, total);
    ASSERT_TRUE(session.prepare(QStringList {u"flexion"_qs}, session.lastOptions()));
    EXPECT_FALSE(session.lastRoutine().has_value()) << "a start from home is no routine";

    RoutineStore restarted(folder.path());
    EXPECT_TRUE(restarted.load().isEmpty());
    ASSERT_EQ(restarted.routines().size(), 1);
    EXPECT_EQ(restarted.routines().first(), saved);
}

TEST_F(RoutinesWindowTest, EditDuplicateDeleteAndUndoFromHome)
{
    makeRoutine();
    const QString id = panel().currentId();
    panel().duplicateButton()->click();
    ASSERT_EQ(library.routines().size(), 2);
    EXPECT_EQ(panel().model()->rowCount(), 2);
    const QString copy = panel().currentId();
    EXPECT_NE(copy, id) << "the copy is chosen";

    panel().deleteButton()->click();
    EXPECT_EQ(library.routines().size(), 1);
    EXPECT_TRUE(panel().deletedBar()->isVisible());
    panel().undoButton()->click();
    EXPECT_EQ(library.routines().size(), 2);
    EXPECT_EQ(panel().model()->ids(), (QStringList {id, copy})) << "Undo puts it back where it was";
    EXPECT_FALSE(panel().deletedBar()->isVisible());

    panel().setCurrentId(id);
    panel().list()->setFocus();
    QTest::keyClick(panel().list(), Qt::Key_Down, Qt::AltModifier);
    EXPECT_EQ(library.routines().last().id, id) << "the new order is kept by the store";

    panel().editButton()->click();
    ASSERT_EQ(window->currentView(), &editor());
    EXPECT_EQ(editor().routine().id, id);
    QTest::keyClicks(editor().nameField(), u" (week 2)"_qs);
    int asked = 0;
    editor().setUnsavedChangesAsker([&] {
        ++asked;
        return QMessageBox::Cancel;
    });
    window->close();
    EXPECT_EQ(asked, 1) << "closing the window with unsaved changes asks";
    EXPECT_TRUE(window->isVisible());
    EXPECT_EQ(window->currentView(), &editor());
    editor().setUnsavedChangesAsker([] { return QMessageBox::Save; });
    editor().cancelButton()->click();
    EXPECT_EQ(window->currentView(), window->homeView());
    EXPECT_EQ(library.routine(id).value().name, u"My physio routine (week 2)"_qs);
}

TEST(RoutinesWindowFailureTest, ASaveThatFailsKeepsTheEditorOpenWithEverythingTyped)
{
    QSettings().clear();
    VirtualClock clock;
    VirtualTimerSource timers {clock};
    GuidedSession session {test::builtinCatalog(), clock, timers};
    test::MemoryLibrary library;
    MainWindow window(test::builtinCatalog(), session);
    window.setRoutineLibrary(&library);
    test::showActive(window);
    window.routines()->newRoutine();
    RoutineEditor& editor = *window.routines()->editor();
    editor.nameField()->setText(u"Desk"_qs);
    editor.catalogPicker()->choose(u"shoulder-rolls"_qs);
    editor.catalogPicker()->addButton()->click();
    library.failNext = u"/home/me/routines/desk.json: the disk is full"_qs;
    editor.saveButton()->click();
    EXPECT_EQ(window.currentView(), &editor);
    EXPECT_TRUE(editor.isModified());
    auto* problem = editor.findChild<QLabel*>(u"routineProblem"_qs);
    ASSERT_NE(problem, nullptr);
    EXPECT_TRUE(problem->text().contains(u"desk.json"_qs));
    editor.saveButton()->click();
    EXPECT_EQ(window.currentView(), window.homeView());
    EXPECT_EQ(library.routines().size(), 1);
    QSettings().clear();
}

} // namespace
} // namespace limber
