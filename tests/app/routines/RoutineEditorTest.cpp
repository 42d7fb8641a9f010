#include "AppTestSupport.h"

#include "routines/CatalogPicker.h"
#include "routines/EntryDoseEditor.h"
#include "routines/EntryListModel.h"
#include "routines/RoutineEditor.h"

#include "limber/Plan.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

namespace limber {
namespace {

class RoutineEditorTest : public test::WidgetTest {
protected:
    void SetUp() override
    {
        WidgetTest::SetUp();
        qRegisterMetaType<Routine>();
        editor.resize(1000, 700);
        test::showActive(editor);
    }

    CatalogPicker& picker() const { return *editor.catalogPicker(); }

    void chooseRegion(const QString& regionId) const
    {
        QComboBox* regions = picker().regionFilter();
        regions->setCurrentIndex(regions->findData(regionId));
    }

    // As a person would: pick the row in the catalog, press Enter.
    void addByKeyboard(const QString& exerciseId) const
    {
        ASSERT_TRUE(picker().choose(exerciseId)) << exerciseId.toStdString();
        picker().list()->setFocus();
        QTest::keyClick(picker().list(), Qt::Key_Return);
    }

    void typeHold(const QString& seconds) const
    {
        QSpinBox* hold = editor.doseEditor()->holdField();
        hold->setFocus();
        hold->selectAll();
        QTest::keyClicks(hold, seconds);
    }

    QStringList entryIds() const { return editor.routine().exerciseIds(); }

    RoutineEditor editor {test::builtinCatalog()};
};

TEST_F(RoutineEditorTest, FourExercisesFromTwoRegionsWithATwentySecondHold)
{
    QSignalSpy saved(&editor, &RoutineEditor::saveRequested);
    editor.nameField()->setFocus();
    QTest::keyClicks(editor.nameField(), u"Physio, week 2"_qs);
    chooseRegion(u"neck-shoulders"_qs);
    addByKeyboard(u"flexion"_qs);
    addByKeyboard(u"lateral-flexion"_qs);
    chooseRegion(u"lower-back"_qs);
    addByKeyboard(u"knee-to-chest"_qs);
    addByKeyboard(u"piriformis"_qs);
    ASSERT_EQ(entryIds(), (QStringList {u"flexion"_qs, u"lateral-flexion"_qs, u"knee-to-chest"_qs, u"piriformis"_qs}));

    for (int row = 0; row < 4; ++row) {
        editor.entryList()->setCurrentIndex(editor.entryModel()->index(row, 0));
        typeHold(u"20"_qs);
    }
    editor.timesPerDayField()->setValue(2);
    const Routine routine = editor.routine();
    for (const RoutineEntry& entry : routine.entries)
        EXPECT_EQ(entry.dose.holdSeconds, 20) << entry.exerciseId.toStdString();

    const Plan expected = Planner(test::builtinCatalog()).plan(routine, PlanOptions {});
    EXPECT_EQ(editor.plannedTotalMs(), expected.totalMs);
    for (const Step& step : editor.plan().steps) {
        if (step.kind == StepKind::Hold) {
            EXPECT_EQ(step.durationMs, 20000);
        }
    }
    EXPECT_EQ(editor.timeline()->count(), expected.steps.size()) << "the timeline shows every planned step";
    EXPECT_TRUE(editor.totalLabel()->text().startsWith(u"4 exercises · about "_qs))
        << editor.totalLabel()->text().toStdString();

    QTest::keyClick(&editor, Qt::Key_S, Qt::ControlModifier);
    ASSERT_EQ(saved.size(), 1);
    const auto sent = saved.at(0).at(0).value<Routine>();
    EXPECT_EQ(sent.name, u"Physio, week 2"_qs);
    EXPECT_EQ(sent.entries, routine.entries);
    EXPECT_EQ(sent.frequency.timesPerDay, 2);
}

TEST_F(RoutineEditorTest, TheTotalFollowsEachKeystroke)
{
    addByKeyboard(u"knee-to-chest"_qs);
    const qint64 usual = editor.plannedTotalMs();
    const QString usualText = editor.totalLabel()->text();
    typeHold(u"9"_qs);
    const qint64 nine = editor.plannedTotalMs();
    EXPECT_LT(nine, usual) << "9 s is shorter than the usual 30 s";
    QTest::keyClicks(editor.doseEditor()->holdField(), u"0"_qs); // now 90 s
    EXPECT_GT(editor.plannedTotalMs(), usual);
    EXPECT_NE(editor.totalLabel()->text(), usualText);

    QSpinBox* sets = editor.doseEditor()->setsField();
    const qint64 before = editor.plannedTotalMs();
    sets->setFocus();
    sets->selectAll();
    QTest::keyClicks(sets, u"5"_qs);
    EXPECT_GT(editor.plannedTotalMs(), before);
    EXPECT_EQ(editor.routine().entries.first().dose.sets, 5);
}

TEST_F(RoutineEditorTest, FieldsLeftAsUsualMeanTheCatalogsDose)
{
    addByKeyboard(u"pelvic-tilt"_qs);
    EntryDoseEditor& dose = *editor.doseEditor();
    EXPECT_EQ(dose.holdField()->text(), u"As usual (10 s)"_qs);
    EXPECT_EQ(dose.holdField()->maximum(), 10) << "the pelvic tilt is held up to 10 s";
    EXPECT_TRUE(editor.routine().entries.first().dose.isEmpty());
    EXPECT_FALSE(dose.repetitionsField()->isVisibleTo(&editor)) << "a hold has no repetitions";

    addByKeyboard(u"cat-cow"_qs);
    EXPECT_TRUE(dose.repetitionsField()->isVisibleTo(&editor));
    EXPECT_FALSE(dose.holdField()->isVisibleTo(&editor));
    dose.tempoField()->setValue(1.5);
    dose.noteField()->setText(u"from my physio: stop if it tingles"_qs);
    const RoutineEntry catCow = editor.routine().entries.last();
    EXPECT_EQ(catCow.dose.phaseScale, 1.5);
    EXPECT_FALSE(catCow.dose.holdSeconds.has_value());
    EXPECT_EQ(catCow.note, u"from my physio: stop if it tingles"_qs);
}

TEST_F(RoutineEditorTest, AltUpAndDownMoveTheChosenExercise)
{
    for (const QString& id : {u"flexion"_qs, u"cat-cow"_qs, u"cobra"_qs})
        addByKeyboard(id);
    QListView* entries = editor.entryList();
    entries->setFocus();
    entries->setCurrentIndex(editor.entryModel()->index(2, 0));
    const qint64 total = editor.plannedTotalMs();
    QTest::keyClick(entries, Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(entryIds(), (QStringList {u"flexion"_qs, u"cobra"_qs, u"cat-cow"_qs}));
    QTest::keyClick(entries, Qt::Key_Up, Qt::AltModifier);
    QTest::keyClick(entries, Qt::Key_Up, Qt::AltModifier); // already first
    EXPECT_EQ(entryIds(), (QStringList {u"cobra"_qs, u"flexion"_qs, u"cat-cow"_qs}));
    EXPECT_EQ(editor.doseEditor()->entry().exerciseId, u"cobra"_qs) << "the moved exercise stays chosen";
    QTest::keyClick(entries, Qt::Key_Down, Qt::AltModifier);
    EXPECT_EQ(entryIds(), (QStringList {u"flexion"_qs, u"cobra"_qs, u"cat-cow"_qs}));
    EXPECT_EQ(editor.plan().exerciseIds, entryIds()) << "the timeline follows the order";
    EXPECT_EQ(editor.plannedTotalMs(), total);
    QTest::keyClick(entries, Qt::Key_Delete);
    EXPECT_EQ(entryIds(), (QStringList {u"flexion"_qs, u"cat-cow"_qs}));
}

TEST_F(RoutineEditorTest, SearchAndFiltersNarrowTheCatalog)
{
    EXPECT_EQ(picker().shownExerciseIds().size(), test::builtinCatalog().exercises().size());
    QComboBox* places = picker().placeFilter();
    places->setCurrentIndex(places->findData(static_cast<int>(Place::Kneeling)));
    EXPECT_EQ(picker().shownExerciseIds(), (QStringList {u"cat-cow"_qs, u"childs-pose"_qs}));
    places->setCurrentIndex(places->findData(static_cast<int>(Place::Chair)));
    for (const QString& id : picker().shownExerciseIds())
        EXPECT_TRUE(test::builtinCatalog().exercise(id)->canBeDoneAt(Place::Chair)) << id.toStdString();
    chooseRegion(u"upper-back"_qs);
    EXPECT_EQ(picker().shownExerciseIds(), QStringList {u"shoulder-rolls"_qs});
    places->setCurrentIndex(0);
    chooseRegion(QString());
    picker().searchField()->setFocus();
    QTest::keyClicks(picker().searchField(), u"COBRA"_qs);
    EXPECT_EQ(picker().shownExerciseIds(), QStringList {u"cobra"_qs});
    QTest::keyClick(picker().searchField(), Qt::Key_Return);
    EXPECT_EQ(entryIds(), QStringList {u"cobra"_qs}) << "Enter in the search adds the match";
    QTest::keyClicks(picker().searchField(), u"zzz"_qs);
    EXPECT_TRUE(picker().shownExerciseIds().isEmpty());
    EXPECT_FALSE(picker().addButton()->isEnabled());
}

TEST_F(RoutineEditorTest, LeavingWithUnsavedChangesAsks)
{
    Routine existing;
    existing.id = u"mine"_qs;
    existing.name = u"Mine"_qs;
    existing.entries = {{u"flexion"_qs, {}, {}}};
    editor.edit(existing, false);
    int asked = 0;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    editor.setUnsavedChangesAsker([&] {
        ++asked;
        return answer;
    });
    QSignalSpy closed(&editor, &RoutineEditor::closed);
    QSignalSpy saved(&editor, &RoutineEditor::saveRequested);

    EXPECT_TRUE(editor.requestClose()) << "nothing changed: no question";
    EXPECT_EQ(asked, 0);
    EXPECT_EQ(closed.size(), 1);

    editor.edit(existing, false);
    editor.notesField()->setPlainText(u"twice a day"_qs);
    ASSERT_TRUE(editor.isModified());
    EXPECT_FALSE(editor.requestClose());
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(closed.size(), 1) << "Cancel keeps the editor open";
    EXPECT_TRUE(editor.isModified());

    answer = QMessageBox::Save;
    // The owner confirms the save, as the window does with the store.
    QObject::connect(&editor, &RoutineEditor::saveRequested, &editor, [&](const Routine& r) { editor.markSaved(r); });
    EXPECT_TRUE(editor.requestClose());
    ASSERT_EQ(saved.size(), 1);
    EXPECT_EQ(saved.at(0).at(0).value<Routine>().notes, u"twice a day"_qs);

    editor.edit(existing, false);
    QTest::keyClicks(editor.nameField(), u" 2"_qs);
    answer = QMessageBox::Discard;
    QTest::keyClick(editor.nameField(), Qt::Key_Escape);
    EXPECT_EQ(asked, 3);
    EXPECT_EQ(closed.size(), 2) << "Escape asks, and Discard leaves";
}

TEST_F(RoutineEditorTest, ARoutineNeedsANameAndAnExercise)
{
    QSignalSpy saved(&editor, &RoutineEditor::saveRequested);
    editor.saveButton()->click();
    EXPECT_EQ(saved.size(), 0);
    auto* problem = editor.findChild<QLabel*>(u"routineProblem"_qs);
    ASSERT_NE(problem, nullptr);
    EXPECT_TRUE(problem->isVisible());
    EXPECT_TRUE(editor.nameField()->hasFocus());
    editor.nameField()->setText(u"Empty"_qs);
    editor.saveButton()->click();
    EXPECT_EQ(saved.size(), 0);
    addByKeyboard(u"cobra"_qs);
    editor.saveButton()->click();
    EXPECT_EQ(saved.size(), 1);
}

} // namespace
} // namespace limber
