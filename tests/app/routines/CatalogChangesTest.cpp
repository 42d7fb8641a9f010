// The catalog changing under the routines: a .limber file's new exercises
// appear at once (no restart), and deleting one of your own exercises that a
// routine uses names the routine, keeps its entry (shown as missing) and can
// be undone.
#include "AppTestSupport.h"

#include "exercises/OwnExerciseActions.h"
#include "exercises/OwnExercises.h"
#include "routines/CatalogPicker.h"
#include "routines/EntryListModel.h"
#include "routines/RoutineEditor.h"
#include "routines/RoutineFiles.h"
#include "routines/RoutineListModel.h"
#include "routines/RoutineListPanel.h"
#include "routines/RoutinesController.h"
#include "routines/StoreLibrary.h"

#include "limber/CatalogLoader.h"
#include "limber/Plan.h"
#include "limber/routines/RoutineArchive.h"
#include "limber/routines/RoutineStore.h"

#include <QDir>
#include <QStackedWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace limber {
namespace {

using namespace Qt::StringLiterals;

const QString WallPress = u"my-wall-press"_s;

// One of the person's own exercises, saved in `folder`'s my-exercises.json.
Exercise saveWallPress(const QString& folder, const Catalog& known)
{
    Exercise exercise = *test::builtinCatalog().exercise(u"flexion"_s);
    exercise.id = WallPress;
    exercise.name = u"Wall press"_s;
    Exercise saved;
    const QString error = OwnExercises(folder, known, nullptr).save(exercise, QString(), &saved);
    EXPECT_EQ(error, QString());
    return saved;
}

Routine routineWith(const QString& name, const QStringList& ids)
{
    Routine routine;
    routine.id = name.toLower();
    routine.name = name;
    for (const QString& id : ids) {
        RoutineEntry entry {id, {}, {}};
        if (id == WallPress)
            entry.dose.holdSeconds = 25;
        routine.entries.append(entry);
    }
    return routine;
}

class CatalogChangesTest : public test::WidgetTest {
protected:
    void SetUp() override
    {
        WidgetTest::SetUp();
        ASSERT_TRUE(folder.isValid());
        QDir(userCatalogFolder()).removeRecursively();
        store = std::make_unique<RoutineStore>(folder.filePath(u"routines"_s));
        store->load();
        library = std::make_unique<StoreLibrary>(*store);
        controller = std::make_unique<RoutinesController>(catalog, *library, pages, window);
    }
    void TearDown() override
    {
        QDir(userCatalogFolder()).removeRecursively();
        WidgetTest::TearDown();
    }

    QTemporaryDir folder;
    Catalog catalog = test::builtinCatalog();
    QWidget window;
    QStackedWidget pages;
    std::unique_ptr<RoutineStore> store;
    std::unique_ptr<StoreLibrary> library;
    std::unique_ptr<RoutinesController> controller;
};

TEST_F(CatalogChangesTest, AnImportedRoutinesNewExercisesAppearAtOnce)
{
    // Someone else's Limber: their own exercise and a routine with it, as one .limber file.
    QTemporaryDir theirs;
    saveWallPress(theirs.path(), test::builtinCatalog());
    const QString archive = folder.filePath(u"shared.limber"_s);
    ASSERT_EQ(RoutineArchive::write(routineWith(u"Shared"_s, {WallPress, u"flexion"_s}), theirs.path(), archive),
              QString());

    auto* files = new RoutineFiles(catalog, *store, *controller, window);
    files->setImportConfirmer([](const ArchivePreview&) { return std::optional<ImportChoices>(ImportChoices {}); });
    files->setProblemShower([](const QString&, const QString& message) { ADD_FAILURE() << message.toStdString(); });
    // What LimberApp does with them: into the catalog, then the views follow.
    QList<Exercise> installed;
    QObject::connect(files, &RoutineFiles::exercisesInstalled, &window, [&](const QList<Exercise>& exercises) {
        installed = exercises;
        for (const Exercise& exercise : exercises)
            catalog.addExercise(exercise);
        controller->catalogChanged();
    });
    RoutineListPanel panel(catalog);
    controller->attach(&panel);
    controller->newRoutine(); // the editor is open while the file comes in
    CatalogPicker* picker = controller->editor()->catalogPicker();
    EXPECT_FALSE(picker->shownExerciseIds().contains(WallPress));

    files->importFile(archive);
    ASSERT_EQ(installed.size(), 1);
    EXPECT_EQ(installed[0].id, WallPress);
    EXPECT_EQ(installed[0].name, u"Wall press"_s);
    ASSERT_NE(catalog.exercise(WallPress), nullptr);
    EXPECT_TRUE(picker->shownExerciseIds().contains(WallPress)) << "the editor's catalog has it";

    const QString id = controller->chosenId();
    ASSERT_FALSE(id.isEmpty());
    const Plan plan = Planner(catalog).plan(*store->routine(id));
    EXPECT_EQ(plan.exerciseIds, (QStringList {WallPress, u"flexion"_s})) << "the routine's plan has it";
    // Home's list counts both exercises in the routine's length.
    const QModelIndex row = panel.model()->index(static_cast<int>(store->routines().size()) - 1, 0);
    EXPECT_TRUE(panel.model()->data(row, RoutineListModel::SummaryRole).toString().startsWith(u"2 exercises"_s))
        << panel.model()->data(row, RoutineListModel::SummaryRole).toString().toStdString();
}

TEST_F(CatalogChangesTest, DeletingAnExerciseARoutineUsesNamesTheRoutineKeepsTheEntryAndCanBeUndone)
{
    QTemporaryDir mine;
    catalog.addExercise(saveWallPress(mine.path(), catalog));
    const QString evenings = store->save(routineWith(u"Evenings"_s, {WallPress, u"flexion"_s})).id;
    store->save(routineWith(u"Mornings"_s, {u"flexion"_s}));

    QStringList changed;
    OwnExerciseActions actions(catalog, mine.path(), [&](const QString& regionId) {
        changed.append(regionId);
        controller->catalogChanged();
    });
    actions.setRoutines(store.get());
    QString question;
    actions.setDeleteAsker([&](const QString& asked) {
        question = asked;
        return true;
    });
    QString undoOffer;
    bool undo = false;
    actions.setUndoAsker([&](const QString& offer) {
        undoOffer = offer;
        return undo;
    });
    EXPECT_EQ(actions.routinesUsing(WallPress), QStringList {u"“Evenings”"_s});

    controller->editRoutine(evenings);
    ASSERT_TRUE(actions.remove(WallPress, nullptr));
    EXPECT_TRUE(question.contains(u"Evenings"_s)) << question.toStdString();
    EXPECT_FALSE(question.contains(u"Mornings"_s)) << question.toStdString();
    EXPECT_TRUE(question.contains(u"not in the catalog"_s)) << "says what happens to the routine";
    EXPECT_TRUE(undoOffer.contains(u"Evenings"_s)) << undoOffer.toStdString();
    EXPECT_EQ(catalog.exercise(WallPress), nullptr);

    // The routine keeps the entry and its dose, on disk too; it is left out when planned and shown as missing.
    RoutineStore reread(folder.filePath(u"routines"_s));
    reread.load();
    ASSERT_NE(reread.routine(evenings), nullptr);
    ASSERT_EQ(reread.routine(evenings)->entries.size(), 2);
    EXPECT_EQ(reread.routine(evenings)->entries[0].exerciseId, WallPress);
    EXPECT_EQ(reread.routine(evenings)->entries[0].dose.holdSeconds, 25);
    EXPECT_EQ(Planner(catalog).plan(*reread.routine(evenings)).exerciseIds, QStringList {u"flexion"_s});
    EntryListModel* entries = controller->editor()->entryModel();
    const QString row = entries->data(entries->index(0, 0), Qt::DisplayRole).toString();
    EXPECT_TRUE(row.contains(u"not in the catalog"_s)) << row.toStdString();
    EXPECT_FALSE(controller->editor()->catalogPicker()->shownExerciseIds().contains(WallPress));

    // Undo puts it back, in the file and in the catalog; the routine plans it again.
    const QString undone = actions.undoRemove();
    EXPECT_TRUE(undone.isEmpty()) << undone.toStdString();
    ASSERT_NE(catalog.exercise(WallPress), nullptr);
    EXPECT_EQ(Planner(catalog).plan(*store->routine(evenings)).exerciseIds, (QStringList {WallPress, u"flexion"_s}));
    EXPECT_TRUE(controller->editor()->catalogPicker()->shownExerciseIds().contains(WallPress));
    const CatalogParseResult onDisk = CatalogLoader::loadFile(mine.filePath(OwnExercises::FileName), &catalog);
    EXPECT_TRUE(onDisk.ok());
    EXPECT_NE(onDisk.catalog.exercise(WallPress), nullptr);

    // Undo from the message that follows the deletion.
    undo = true;
    ASSERT_TRUE(actions.remove(WallPress, nullptr));
    EXPECT_NE(catalog.exercise(WallPress), nullptr);
}

TEST_F(CatalogChangesTest, AnExerciseNoRoutineUsesIsDeletedWithThePlainQuestion)
{
    QTemporaryDir mine;
    catalog.addExercise(saveWallPress(mine.path(), catalog));
    store->save(routineWith(u"Mornings"_s, {u"flexion"_s}));
    OwnExerciseActions actions(catalog, mine.path(), [](const QString&) {});
    actions.setRoutines(store.get());
    QString question;
    actions.setDeleteAsker([&](const QString& asked) {
        question = asked;
        return true;
    });
    bool offered = false;
    actions.setUndoAsker([&](const QString&) {
        offered = true;
        return false;
    });
    ASSERT_TRUE(actions.remove(WallPress, nullptr));
    EXPECT_FALSE(question.contains(u"routine"_s)) << question.toStdString();
    EXPECT_FALSE(offered);
}

} // namespace
} // namespace limber
