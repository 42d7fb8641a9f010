// File › Print… and Export as PDF… in the window, and the export dialog.
#include "AppTestSupport.h"
#include "VirtualTime.h"

#include "MainWindow.h"
#include "home/HomeView.h"
#include "home/RoutinePanel.h"
#include "print/HandoutActions.h"
#include "print/HandoutDocument.h"

#include "limber/GuidedSession.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace limber {
namespace {

TEST(HandoutExportTest, TheDialogWritesThePdfOnThePaperChosen)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const Handout handout = *HandoutBuilder(test::builtinCatalog()).fromTarget(QStringLiteral("neck-shoulders"));
    HandoutExportDialog dialog(handout);
    EXPECT_TRUE(dialog.path().endsWith(QStringLiteral("/limber-neck-and-shoulders.pdf"))
                || dialog.path().endsWith(QStringLiteral("/limber-neck-shoulders.pdf")))
        << dialog.path().toStdString();
    dialog.setPath(dir.filePath(QStringLiteral("out.pdf")));
    dialog.setPageSize(QPageSize(QPageSize::Letter));
    EXPECT_EQ(dialog.pageSize().id(), QPageSize::Letter);
    ASSERT_TRUE(dialog.exportNow()) << dialog.problem().toStdString();
    QFile file(dir.filePath(QStringLiteral("out.pdf")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    // Letter is 612 × 792 points.
    EXPECT_TRUE(bytes.contains("/MediaBox [0 0 612.000000 792.000000]")) << bytes.left(2000).toStdString();
}

TEST(HandoutExportTest, AFileThatCannotBeWrittenIsNamedAndWhatWasThereStays)
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("not-a-folder"));
    QFile plain(blocker);
    ASSERT_TRUE(plain.open(QIODevice::WriteOnly));
    plain.write("keep me");
    plain.close();
    const Handout handout = *HandoutBuilder(test::builtinCatalog()).fromTarget(QStringLiteral("cobra"));

    HandoutExportDialog dialog(handout);
    dialog.setPath(blocker + QStringLiteral("/out.pdf"));
    EXPECT_FALSE(dialog.exportNow());
    EXPECT_TRUE(dialog.problem().contains(QStringLiteral("not-a-folder/out.pdf"))) << dialog.problem().toStdString();
    ASSERT_TRUE(plain.open(QIODevice::ReadOnly));
    EXPECT_EQ(plain.readAll(), QByteArray("keep me"));
    plain.close();

    EXPECT_FALSE(HandoutDocument::writePdf(handout, dir.path(), QPageSize(QPageSize::A4)).isEmpty());
    dialog.setPath(QString());
    EXPECT_FALSE(dialog.exportNow());
}

class HandoutMenuTest : public test::WidgetTest { };

TEST_F(HandoutMenuTest, TheFileMenuOffersPrintAndExportOfTheTickedExercises)
{
    VirtualClock clock;
    VirtualTimerSource timers {clock};
    GuidedSession session {test::builtinCatalog(), clock, timers};
    MainWindow window(test::builtinCatalog(), session);
    QAction* print = window.findChild<QAction*>(QStringLiteral("printAction"));
    QAction* pdf = window.findChild<QAction*>(QStringLiteral("exportPdfAction"));
    ASSERT_TRUE(print);
    ASSERT_TRUE(pdf);
    EXPECT_EQ(print->shortcut(), QKeySequence(QKeySequence::Print));

    // Nothing chosen yet: nothing to print.
    EXPECT_FALSE(HandoutActions::fromHome(test::builtinCatalog(), *window.homeView()->routinePanel()));
    window.homeView()->selectRegion(QStringLiteral("upper-back"));
    const std::optional<Handout> handout
        = HandoutActions::fromHome(test::builtinCatalog(), *window.homeView()->routinePanel());
    ASSERT_TRUE(handout);
    EXPECT_EQ(handout->title, QStringLiteral("Upper back"));
    QStringList ids;
    for (const HandoutExercise& exercise : handout->exercises)
        ids.append(exercise.id);
    EXPECT_EQ(ids, window.homeView()->routinePanel()->chosenExerciseIds());
}

} // namespace
} // namespace limber
