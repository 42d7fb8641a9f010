#include "AppTestSupport.h"

#include "routines/ImportRoutineDialog.h"
#include "routines/RoutineFiles.h"
#include "routines/RoutinesController.h"
#include "routines/StoreLibrary.h"

#include "limber/routines/RoutineStore.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QStackedWidget>
#include <QTemporaryDir>

namespace limber {
namespace {

// Export and import through the window's side of the .limber archive:
// what the preview shows, and that nothing is written before the person agrees.
class RoutineFilesTest : public test::WidgetTest {
protected:
    void SetUp() override
    {
        WidgetTest::SetUp();
        ASSERT_TRUE(folder.isValid());
        store = std::make_unique<RoutineStore>(folder.filePath(u"routines"_qs));
        store->load();
        library = std::make_unique<StoreLibrary>(*store);
        controller = std::make_unique<RoutinesController>(test::builtinCatalog(), *library, pages, window);
        files = new RoutineFiles(test::builtinCatalog(), *store, *controller, window);
        files->setProblemShower([this](const QString&, const QString& message) { problems << message; });
        Routine routine;
        routine.name = u"Physio"_qs;
        routine.entries = {{u"flexion"_qs, {}, u"slowly"_qs}};
        routineId = store->save(routine).id;
    }

    QTemporaryDir folder;
    QWidget window;
    QStackedWidget pages;
    std::unique_ptr<RoutineStore> store;
    std::unique_ptr<StoreLibrary> library;
    std::unique_ptr<RoutinesController> controller;
    RoutineFiles* files = nullptr;
    QString routineId;
    QStringList problems;
};

TEST_F(RoutineFilesTest, ImportShowsWhatItWouldReplaceAndKeepsBothOrReplaces)
{
    const QString path = folder.filePath(u"physio.limber"_qs);
    ASSERT_EQ(files->exportRoutine(routineId, path), QString());

    std::optional<ArchivePreview> shown;
    files->setImportConfirmer([&](const ArchivePreview& preview) -> std::optional<ImportChoices> {
        shown = preview;
        return std::nullopt; // Cancel
    });
    files->importFile(path);
    ASSERT_TRUE(shown.has_value());
    EXPECT_TRUE(shown->routineIdTaken) << "the preview says what would be replaced";
    EXPECT_EQ(shown->routine.name, u"Physio"_qs);
    EXPECT_EQ(store->routines().size(), 1) << "Cancel writes nothing";

    ImportRoutineDialog dialog(*shown);
    ASSERT_NE(dialog.routineChoice(), nullptr) << "a taken id offers replace or keep both";
    EXPECT_EQ(dialog.choices().routine, ImportChoice::KeepBoth);
    EXPECT_TRUE(dialog.findChild<QLabel*>(u"importHolds"_qs)->text().contains(u"1 exercise"_qs));

    files->setImportConfirmer([](const ArchivePreview&) { return std::optional<ImportChoices>(ImportChoices {}); });
    files->importFile(path);
    EXPECT_EQ(store->routines().size(), 2) << "keep both";

    files->setImportConfirmer([](const ArchivePreview&) {
        ImportChoices replace;
        replace.routine = ImportChoice::Replace;
        return std::optional<ImportChoices>(replace);
    });
    files->importFile(path);
    EXPECT_EQ(store->routines().size(), 2) << "replace";
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u"\n"_qs).toStdString();
}

TEST_F(RoutineFilesTest, ABrokenFileIsNamedAndNothingChanges)
{
    const QString path = folder.filePath(u"broken.limber"_qs);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    bool asked = false;
    files->setImportConfirmer([&](const ArchivePreview&) {
        asked = true;
        return std::optional<ImportChoices>(ImportChoices {});
    });
    files->importFile(path);
    EXPECT_FALSE(asked);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().contains(u"broken.limber"_qs)) << problems.first().toStdString();
    EXPECT_EQ(store->routines().size(), 1);
}

} // namespace
} // namespace limber
