#include "AppTestSupport.h"

#include "exercises/DoseEditor.h"
#include "exercises/ExerciseEditorDialog.h"
#include "exercises/OwnExerciseActions.h"
#include "exercises/OwnExercises.h"
#include "exercises/PoseGallery.h"
#include "home/ExerciseDetailDialog.h"
#include "pictures/PictureChecks.h"
#include "pose/PoseLibrary.h"

#include "limber/CatalogLoader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using limber::Exercise;
using limber::ExerciseEditorDialog;

namespace {

// The editor's widgets by accessible name, as a screen reader finds them.
template <typename T>
T* named(const QWidget& dialog, const QString& name)
{
    for (T* widget : dialog.findChildren<T*>()) {
        if (widget->accessibleName() == name)
            return widget;
    }
    return nullptr;
}

void fillIn(ExerciseEditorDialog& dialog, const QString& name)
{
    named<QLineEdit>(dialog, u"Name"_s)->setText(name);
    named<QComboBox>(dialog, u"Region"_s)->setCurrentIndex(1);
    named<QCheckBox>(dialog, u"Can be done: Chair"_s)->setChecked(true);
    named<QLineEdit>(dialog, u"Targets"_s)->setText(u"neck, shoulders"_s);
    named<QLineEdit>(dialog, u"Starting position"_s)->setText(u"Sit tall."_s);
    auto* steps = named<QListWidget>(dialog, u"Steps"_s);
    steps->item(0)->setText(u"Tilt your head."_s);
}

QString writePng(const QTemporaryDir& dir, const QString& name, int side)
{
    QImage image(side, side, QImage::Format_ARGB32);
    image.fill(Qt::darkCyan);
    const QString path = dir.filePath(name);
    EXPECT_TRUE(image.save(path, "PNG"));
    return path;
}

limber::CatalogParseResult loadSaved(const QTemporaryDir& home)
{
    return limber::CatalogLoader::loadFile(home.filePath(limber::OwnExercises::FileName),
                                           &limber::test::builtinCatalog(), &limber::ImagePictureChecker::instance());
}

} // namespace

TEST(ExerciseEditor, SavesAHoldExerciseWithItsOwnImage)
{
    QTemporaryDir home;
    QTemporaryDir elsewhere;
    ExerciseEditorDialog dialog(limber::test::builtinCatalog(), home.path());
    fillIn(dialog, u"Desk neck tilt"_s);
    ASSERT_TRUE(dialog.chooseImage(writePng(elsewhere, u"My Tilt.png"_s, 64)));
    named<QCheckBox>(dialog, u"Mirror for the other side"_s)->setChecked(true);
    ASSERT_TRUE(dialog.save()) << dialog.problemText().toStdString();

    const limber::CatalogParseResult result = loadSaved(home);
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result.catalog.exercises().size(), 1);
    const Exercise& saved = result.catalog.exercises().constFirst();
    EXPECT_EQ(saved.id, u"my-desk-neck-tilt"_s);
    EXPECT_EQ(saved.name, u"Desk neck tilt"_s);
    EXPECT_EQ(saved.regionId, limber::test::builtinCatalog().regions().at(1).id);
    EXPECT_EQ(saved.where, QList<limber::Place> {limber::Place::Chair});
    EXPECT_EQ(saved.targets, (QStringList {u"neck"_s, u"shoulders"_s}));
    EXPECT_EQ(saved.steps, QStringList {u"Tilt your head."_s});
    EXPECT_EQ(saved.dose.type, limber::Dose::Type::Hold);
    EXPECT_EQ(saved.dose.hold.holdMs, 30000);
    ASSERT_EQ(saved.picture.kind, limber::Picture::Kind::Frames);
    EXPECT_TRUE(saved.picture.mirrorOtherSide);
    EXPECT_EQ(saved.picture.frames.constFirst().image, u"my-images/my-tilt.png"_s);
    EXPECT_TRUE(QFileInfo::exists(saved.picture.imagePath(0)));
    EXPECT_EQ(saved.picture, dialog.savedExercise().picture);
    EXPECT_FALSE(dialog.hasUnsavedChanges());
}

TEST(ExerciseEditor, SavesRepetitionsWithPhasesAndAFigure)
{
    QTemporaryDir home;
    ExerciseEditorDialog dialog(limber::test::builtinCatalog(), home.path());
    fillIn(dialog, u"Shoulder rolls"_s);
    named<QComboBox>(dialog, u"Kind of dose"_s)->setCurrentIndex(1);
    dialog.doseEditor()->addPhase(u"Rest"_s, 1.5, limber::Breath::None);
    const QString pose = dialog.gallery()->poseIds().constFirst();
    dialog.gallery()->setCurrentPose(pose);
    ASSERT_TRUE(dialog.save()) << dialog.problemText().toStdString();

    const limber::CatalogParseResult result = loadSaved(home);
    ASSERT_TRUE(result.ok());
    const Exercise& saved = result.catalog.exercises().constFirst();
    ASSERT_EQ(saved.dose.type, limber::Dose::Type::Repetitions);
    EXPECT_EQ(saved.dose.repetitions.reps, 10);
    ASSERT_EQ(saved.dose.repetitions.phases.size(), 3);
    EXPECT_EQ(saved.dose.repetitions.phases.at(0).breath, limber::Breath::In);
    EXPECT_EQ(saved.dose.repetitions.phases.at(1).breath, limber::Breath::Out);
    EXPECT_EQ(saved.dose.repetitions.phases.at(2).label, u"Rest"_s);
    EXPECT_EQ(saved.dose.repetitions.phases.at(2).durationMs, 1500);
    EXPECT_EQ(saved.picture.kind, limber::Picture::Kind::Pose);
    EXPECT_EQ(saved.picture.pose, pose);
}

TEST(ExerciseEditor, ARefusedImageShowsTheProblemAndSavesNothing)
{
    QTemporaryDir home;
    QTemporaryDir elsewhere;
    ExerciseEditorDialog dialog(limber::test::builtinCatalog(), home.path());
    fillIn(dialog, u"Neck"_s);
    QFile fake(elsewhere.filePath(u"fake.png"_s));
    ASSERT_TRUE(fake.open(QIODevice::WriteOnly));
    fake.write("this is not an image");
    fake.close();
    EXPECT_FALSE(dialog.chooseImage(fake.fileName()));
    EXPECT_TRUE(dialog.problemText().contains(u"fake.png"_s)) << dialog.problemText().toStdString();
    const QString huge = writePng(elsewhere, u"huge.png"_s, limber::Picture::MaxImageSide + 1);
    EXPECT_FALSE(dialog.chooseImage(huge));
    EXPECT_TRUE(dialog.problemText().contains(u"huge.png"_s));
    // The own image is chosen but none was accepted: nothing to save.
    for (QRadioButton* radio : dialog.findChildren<QRadioButton*>()) {
        if (radio->text().contains(u"own"_s))
            radio->setChecked(true);
    }
    EXPECT_FALSE(dialog.save());
    EXPECT_FALSE(dialog.problemText().isEmpty());
    EXPECT_TRUE(QDir(home.path()).isEmpty());
}

TEST(ExerciseEditor, ANameIsNeeded)
{
    QTemporaryDir home;
    ExerciseEditorDialog dialog(limber::test::builtinCatalog(), home.path());
    EXPECT_FALSE(dialog.save());
    EXPECT_FALSE(dialog.problemText().isEmpty());
    EXPECT_TRUE(QDir(home.path()).isEmpty());
}

TEST(ExerciseEditor, EditingKeepsTheOtherExercisesInTheFile)
{
    QTemporaryDir home;
    for (const QString& name : {u"First"_s, u"Second"_s}) {
        ExerciseEditorDialog dialog(limber::test::builtinCatalog(), home.path());
        fillIn(dialog, name);
        ASSERT_TRUE(dialog.save()) << dialog.problemText().toStdString();
    }
    limber::CatalogParseResult before = loadSaved(home);
    ASSERT_EQ(before.catalog.exercises().size(), 2);
    Exercise first = before.catalog.exercises().constFirst();
    ExerciseEditorDialog editor(limber::test::builtinCatalog(), home.path(), &first);
    EXPECT_EQ(named<QLineEdit>(editor, u"Name"_s)->text(), u"First"_s);
    named<QLineEdit>(editor, u"Name"_s)->setText(u"First, renamed"_s);
    ASSERT_TRUE(editor.save());

    const limber::CatalogParseResult after = loadSaved(home);
    ASSERT_TRUE(after.ok());
    ASSERT_EQ(after.catalog.exercises().size(), 2);
    EXPECT_EQ(after.catalog.exercises().at(0).id, first.id);
    EXPECT_EQ(after.catalog.exercises().at(0).name, u"First, renamed"_s);
    EXPECT_EQ(after.catalog.exercises().at(1).name, u"Second"_s);

    const limber::OwnExercises own(home.path(), limber::test::builtinCatalog(), nullptr);
    EXPECT_TRUE(own.isOwn(first.id));
    ASSERT_TRUE(own.remove(first.id).isEmpty());
    EXPECT_EQ(loadSaved(home).catalog.exercises().size(), 1);
}

TEST(ExerciseEditor, TheGalleryListsThePoseFigures)
{
    QTemporaryDir home;
    ExerciseEditorDialog dialog(limber::test::builtinCatalog(), home.path());
    QStringList expected = limber::PoseLibrary::builtIn().exerciseIds();
    expected.removeAll(limber::PoseLibrary::DefaultId);
    EXPECT_EQ(dialog.gallery()->poseIds(), expected);
    EXPECT_GT(expected.size(), 5);
    EXPECT_EQ(dialog.gallery()->viewMode(), QListView::IconMode);
    EXPECT_FALSE(dialog.gallery()->model()->index(0, 0).data(Qt::DecorationRole).isNull());
}

TEST(ExerciseEditor, ClosingWithUnsavedChangesAsks)
{
    QTemporaryDir home;
    ExerciseEditorDialog dialog(limber::test::builtinCatalog(), home.path());
    int asked = 0;
    bool discard = false;
    dialog.setDiscardAsker([&] {
        ++asked;
        return discard;
    });
    dialog.show();
    dialog.reject(); // nothing changed: closes without asking
    EXPECT_EQ(asked, 0);
    EXPECT_FALSE(dialog.isVisible());

    dialog.show();
    named<QLineEdit>(dialog, u"Name"_s)->setText(u"Half done"_s);
    named<QCheckBox>(dialog, u"Can be done: Floor"_s)->setChecked(true);
    dialog.reject();
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(dialog.isVisible()); // kept open
    discard = true;
    dialog.reject();
    EXPECT_EQ(asked, 2);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_TRUE(QDir(home.path()).isEmpty());
}

TEST(OwnExerciseActions, OwnExercisesCanBeEditedAndDeletedBuiltInOnesCopied)
{
    QTemporaryDir home;
    limber::Catalog catalog = limber::test::builtinCatalog();
    ExerciseEditorDialog editor(catalog, home.path());
    fillIn(editor, u"Mine"_s);
    ASSERT_TRUE(editor.save());
    catalog.addExercise(editor.savedExercise());

    QStringList changed;
    limber::OwnExerciseActions actions(catalog, home.path(),
                                       [&](const QString& regionId) { changed.append(regionId); });
    const auto buttonTexts = [&](const QString& id) {
        limber::ExerciseDetailDialog details(*catalog.exercise(id), u"30 s"_s);
        actions.addButtons(id, &details);
        QStringList texts;
        for (QAbstractButton* button : details.buttonBox()->buttons())
            texts.append(button->text());
        return texts;
    };
    EXPECT_TRUE(buttonTexts(u"my-mine"_s).contains(u"&Edit…"_s));
    EXPECT_TRUE(buttonTexts(u"my-mine"_s).contains(u"&Delete…"_s));
    const QString builtIn = limber::test::builtinCatalog().exercises().constFirst().id;
    EXPECT_TRUE(buttonTexts(builtIn).contains(u"&Make a Copy to Edit…"_s));
    EXPECT_FALSE(buttonTexts(builtIn).contains(u"&Delete…"_s));

    QString asked;
    bool yes = false;
    actions.setDeleteAsker([&](const QString& question) {
        asked = question;
        return yes;
    });
    EXPECT_FALSE(actions.remove(u"my-mine"_s, nullptr));
    EXPECT_TRUE(asked.contains(u"Mine"_s));
    EXPECT_NE(catalog.exercise(u"my-mine"_s), nullptr);
    yes = true;
    EXPECT_TRUE(actions.remove(u"my-mine"_s, nullptr));
    EXPECT_EQ(catalog.exercise(u"my-mine"_s), nullptr);
    EXPECT_EQ(changed, QStringList {editor.savedExercise().regionId});
    EXPECT_TRUE(loadSaved(home).catalog.exercises().isEmpty());
}
