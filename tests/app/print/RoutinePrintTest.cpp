// Printing one of "My routines" from the window: the routine list's and the
// editor's Print… and Export routine as PDF…, and what the PDF says.
#include "AppTestSupport.h"

#include "../routines/MemoryLibrary.h"
#include "print/HandoutDocument.h"
#include "print/RoutinePrintActions.h"
#include "routines/RoutineEditor.h"
#include "routines/RoutineListPanel.h"
#include "routines/RoutinesController.h"

#include <QAction>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <utility>

namespace limber {
namespace {

using namespace Qt::StringLiterals;

Routine physioRoutine()
{
    Routine routine;
    routine.name = u"Physio week two"_s;
    routine.notes = u"From Dr Weber: gently, never into pain."_s;
    routine.frequency = {2, 5};
    RoutineEntry flexion {u"flexion"_s, {}, u"stop if it tingles"_s};
    flexion.dose.holdSeconds = 20;
    flexion.dose.sets = 4;
    routine.entries = {flexion, {u"cat-cow"_s, {}, {}}};
    return routine;
}

// What a patient reads in the PDF.
QString pdfText(const QString& pdf)
{
    QProcess text;
    text.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    if (!text.waitForFinished(60000) || text.exitCode() != 0)
        return u"(pdftotext failed: "_s + QString::fromLocal8Bit(text.readAllStandardError()) + u')';
    return QString::fromUtf8(text.readAllStandardOutput());
}

class RoutinePrintTest : public test::WidgetTest {
protected:
    void SetUp() override
    {
        WidgetTest::SetUp();
        routineId = library.save(physioRoutine()).id;
        controller = std::make_unique<RoutinesController>(test::builtinCatalog(), library, pages, window);
        pages.addWidget(&home);
        pages.setCurrentWidget(&home);
        actions = new RoutinePrintActions(test::builtinCatalog(), *controller, window);
        actions->setOutput(
            [this](const Handout& handout, bool asPdf) { printed.append(std::make_pair(handout, asPdf)); });
        actions->setHintShower([this](const QString& hint) { hints.append(hint); });
    }

    test::MemoryLibrary library;
    QWidget window;
    QStackedWidget pages;
    QWidget home;
    std::unique_ptr<RoutinesController> controller;
    RoutinePrintActions* actions = nullptr;
    QString routineId;
    QList<std::pair<Handout, bool>> printed;
    QStringList hints;
};

TEST_F(RoutinePrintTest, ThePdfOfARoutineHasItsNameNotesAndOwnDoses)
{
    const Handout handout = RoutinePrintActions::handoutFor(test::builtinCatalog(), *library.routine(routineId));
    ASSERT_EQ(handout.exercises.size(), 2);
    EXPECT_EQ(handout.title, u"Physio week two"_s);
    EXPECT_EQ(handout.sessionsPerDay, 2) << "a row of the grid for each time a day";
    EXPECT_TRUE(handout.exercises[0].dose.contains(u"20 s"_s)) << handout.exercises[0].dose.toStdString();
    EXPECT_FALSE(handout.exercises[0].dose.contains(u"30 s"_s)) << "the routine's hold, not the catalog's";

    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"physio.pdf"_s);
    ASSERT_EQ(HandoutDocument::writePdf(handout, pdf, QPageSize(QPageSize::A4)), QString());
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(u"Physio week two"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"From Dr Weber"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"stop if it tingles"_s)) << text.toStdString();
    // The routine's own dose, in the words the handout model gave it.
    EXPECT_TRUE(text.simplified().contains(handout.exercises[0].dose.simplified())) << text.toStdString();
}

TEST_F(RoutinePrintTest, TheFileMenuTheListAndTheEditorPrintTheRoutineShown)
{
    // File › Print routine… and Export routine as PDF… are the controller's file actions.
    QMenu menu;
    controller->addFileActions(&menu);
    EXPECT_TRUE(menu.actions().contains(actions->printAction()));
    EXPECT_TRUE(menu.actions().contains(actions->pdfAction()));

    // The one chosen on home.
    actions->pdfAction()->trigger();
    ASSERT_EQ(printed.size(), 1);
    EXPECT_TRUE(printed[0].second);
    EXPECT_EQ(printed[0].first.title, u"Physio week two"_s);

    // The list's context menu has both.
    RoutineListPanel panel(test::builtinCatalog());
    controller->attach(&panel);
    EXPECT_EQ(panel.list()->contextMenuPolicy(), Qt::ActionsContextMenu);
    EXPECT_TRUE(panel.list()->actions().contains(actions->printAction()));

    // In the editor: what is on screen, saved or not, behind its Print… button.
    controller->editRoutine(routineId);
    ASSERT_TRUE(controller->isEditing());
    controller->editor()->nameField()->setText(u"Physio week three"_s);
    auto* button = controller->editor()->findChild<QPushButton*>(u"printRoutineButton"_s);
    ASSERT_NE(button, nullptr);
    ASSERT_NE(button->menu(), nullptr);
    EXPECT_TRUE(button->menu()->actions().contains(actions->printAction()));
    actions->printAction()->trigger();
    ASSERT_EQ(printed.size(), 2);
    EXPECT_FALSE(printed[1].second);
    EXPECT_EQ(printed[1].first.title, u"Physio week three"_s);
    EXPECT_TRUE(hints.isEmpty());
}

TEST_F(RoutinePrintTest, NothingToPrintSaysWhatToDo)
{
    controller->newRoutine(); // an empty editor
    actions->printAction()->trigger();
    pages.setCurrentWidget(&home);
    ASSERT_TRUE(library.remove(routineId).isEmpty());
    actions->pdfAction()->trigger();
    EXPECT_TRUE(printed.isEmpty());
    ASSERT_EQ(hints.size(), 2);
    EXPECT_TRUE(hints[0].contains(u"no exercises"_s)) << hints[0].toStdString();
    EXPECT_TRUE(hints[1].contains(u"New routine"_s)) << hints[1].toStdString();
}

} // namespace
} // namespace limber
