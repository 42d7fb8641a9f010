#include "AppTestSupport.h"

#include "import/WorkraveImportDialog.h"
#include "import/WorkraveLocation.h"

#include "limber/CatalogLoader.h"

#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

const QString DataDir = QStringLiteral(LIMBER_TEST_DATA_DIR "/workrave");

} // namespace

TEST(WorkraveImportDialog, ShowsWhatWillComeInBeforeWritingAnything)
{
    QTemporaryDir home;
    limber::WorkraveImportDialog dialog(limber::test::builtinCatalog(), home.path());
    dialog.setFile(DataDir + u"/basic/exercises.xml"_s);
    dialog.show();
    ASSERT_EQ(dialog.list()->topLevelItemCount(), 2);
    EXPECT_EQ(dialog.list()->topLevelItem(0)->text(0), u"Arm swing"_s);
    EXPECT_FALSE(dialog.list()->topLevelItem(0)->text(1).isEmpty()); // the length, "12 s"
    EXPECT_EQ(dialog.list()->topLevelItem(0)->text(2), u"2"_s);
    EXPECT_TRUE(dialog.importButton()->isEnabled());
    EXPECT_TRUE(QDir(home.path()).isEmpty()); // nothing written yet

    dialog.setRegion(u"upper-back"_s);
    ASSERT_TRUE(dialog.importNow());
    ASSERT_EQ(dialog.imported().size(), 2);
    EXPECT_EQ(dialog.imported().at(0).regionId, u"upper-back"_s);
    EXPECT_TRUE(QFileInfo::exists(dialog.imported().at(0).picture.imagePath(1)));
    EXPECT_TRUE(QFileInfo::exists(home.filePath(u"workrave.json"_s)));
}

TEST(WorkraveImportDialog, ARefusedFileNamesTheProblemAndCannotBeImported)
{
    QTemporaryDir home;
    limber::WorkraveImportDialog dialog(limber::test::builtinCatalog(), home.path());
    for (const QString& file : {u"/not-image/exercises.xml"_s, u"/huge/exercises.xml"_s, u"/not-xml.xml"_s}) {
        dialog.setFile(DataDir + file);
        EXPECT_EQ(dialog.list()->topLevelItemCount(), 0);
        EXPECT_FALSE(dialog.importButton()->isEnabled());
        EXPECT_TRUE(dialog.message().contains(DataDir + file)) << dialog.message().toStdString();
        EXPECT_FALSE(dialog.importNow());
    }
    EXPECT_TRUE(dialog.message().contains(u"is not an XML file"_s));
    EXPECT_TRUE(QDir(home.path()).isEmpty());
}

TEST(WorkraveLocation, FindsTheFileInDpkgsList)
{
    EXPECT_EQ(limber::WorkraveLocation::fromPackageFiles({u"/."_s, u"/usr/share/workrave"_s,
                                                          u"/usr/share/workrave/exercises/arm-rotation-1.png"_s,
                                                          u"/usr/share/workrave/exercises/exercises.xml"_s}),
              u"/usr/share/workrave/exercises/exercises.xml"_s);
    EXPECT_EQ(limber::WorkraveLocation::fromPackageFiles({u"/usr/share/doc/workrave-data"_s}), QString());
}
