#include "LogCapture.h"

#include "modules/ModuleLoader.h"
#include "print/Handout.h"
#include "print/HandoutActions.h"
#include "print/PrintBackend.h"
#include "print/PrintModule.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace limber {
namespace {

// The limber-print module as the app loads it (print/PrintModule), from the
// build tree: the printer dialog and the pages it prints, and what the person
// is told when the module is missing.

Handout oneExerciseHandout()
{
    Handout handout;
    handout.title = u"Lower back"_s;
    handout.date = QDate(2026, 12, 4);
    HandoutExercise exercise;
    exercise.id = u"knee-to-chest"_s;
    exercise.name = u"Knee to chest"_s;
    exercise.dose = u"Hold 30 s · 3 times"_s;
    exercise.steps = {u"Lie on your back."_s, u"Draw one knee in."_s};
    handout.exercises.append(exercise);
    return handout;
}

QString pdfText(const QString& pdf)
{
    QProcess text;
    text.start(u"pdftotext"_s, {pdf, u"-"_s});
    if (!text.waitForFinished(60000) || text.exitCode() != 0)
        return u"(pdftotext failed: "_s + QString::fromLocal8Bit(text.readAllStandardError()) + u')';
    return QString::fromUtf8(text.readAllStandardOutput());
}

// Runs `answer` on the modal dialog that exec() will have opened.
template <class Answer>
void answerNextDialog(Answer answer)
{
    QTimer::singleShot(0, [answer] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (!dialog) {
            ADD_FAILURE() << "no dialog opened";
            return;
        }
        answer(dialog);
    });
}

TEST(PrintModule, LoadsFromTheBuildTreeAndPrintsWhatTheDialogChose)
{
    test::LogCapture log;
    PrintModule module(QStringLiteral(LIMBER_PRINT_MODULE_FILE));
    ASSERT_NE(module.backend(), nullptr) << module.problem().toStdString();
    EXPECT_TRUE(module.problem().isEmpty());
    EXPECT_EQ(log.lines("print: module ").size(), 1U) << log.text();

    // No printer on this machine (CI has no CUPS): the dialog's own
    // "print to file" writes the pages as a PDF, as a printer would get them.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"handout.pdf"_s);
    QString title;
    answerNextDialog([&title, pdf](QWidget* dialog) {
        title = dialog->windowTitle();
        auto* file = dialog->findChild<QLineEdit*>(u"filename"_s);
        if (!file) {
            ADD_FAILURE() << "the printer dialog has no file field";
            static_cast<QDialog*>(dialog)->reject();
            return;
        }
        file->setText(pdf);
        static_cast<QDialog*>(dialog)->accept();
    });
    EXPECT_TRUE(HandoutActions::printWithDialog(oneExerciseHandout(), nullptr, module));
    EXPECT_EQ(title, u"Print handout"_s);
    ASSERT_TRUE(QFileInfo::exists(pdf));
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(u"Lower back"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Knee to chest"_s)) << text.toStdString();
}

TEST(PrintModule, CancellingTheDialogPrintsNothing)
{
    PrintModule module(QStringLiteral(LIMBER_PRINT_MODULE_FILE));
    ASSERT_NE(module.backend(), nullptr) << module.problem().toStdString();
    answerNextDialog([](QWidget* dialog) { static_cast<QDialog*>(dialog)->reject(); });
    EXPECT_FALSE(HandoutActions::printWithDialog(oneExerciseHandout(), nullptr, module));
}

TEST(PrintModule, WithoutItPrintingNamesTheFileAndPointsToThePdf)
{
    test::LogCapture log;
    const QString path = u"/nonexistent/limber/limber-print.so"_s;
    PrintModule module(path);
    EXPECT_EQ(module.backend(), nullptr);
    EXPECT_EQ(module.path(), path);
    EXPECT_FALSE(module.problem().isEmpty());
    const std::vector<std::string> warnings = log.lines("cannot load the print module " + path.toStdString());
    ASSERT_EQ(warnings.size(), 1U) << log.text();
    EXPECT_EQ(warnings.front().rfind("warning printing unavailable: ", 0), 0U) << warnings.front();

    QString said;
    answerNextDialog([&said](QWidget* dialog) {
        if (auto* box = qobject_cast<QMessageBox*>(dialog))
            said = box->text();
        static_cast<QDialog*>(dialog)->reject();
    });
    EXPECT_FALSE(HandoutActions::printWithDialog(oneExerciseHandout(), nullptr, module));
    EXPECT_TRUE(said.contains(path)) << said.toStdString();
    EXPECT_TRUE(said.contains(module.problem())) << said.toStdString();
    EXPECT_TRUE(said.contains(u"Export as PDF"_s)) << said.toStdString();
}

TEST(PrintModule, AnotherModuleInItsPlaceIsRefused)
{
    // The sound module is a Limber module too, but not the printing one.
    test::LogCapture log;
    PrintModule module(QStringLiteral(LIMBER_SOUND_MODULE_FILE));
    EXPECT_EQ(module.backend(), nullptr);
    EXPECT_EQ(module.problem(), u"it is not the Limber module that was expected (" LimberPrintBackend_iid ")"_s);
    EXPECT_EQ(log.lines(module.problem().toStdString()).size(), 1U) << log.text();
}

TEST(ModuleLoader, LooksNextToTheExecutableThenInLimbersLibraryFolder)
{
    const QString name = QFileInfo(QStringLiteral(LIMBER_PRINT_MODULE_FILE)).fileName();
    const QStringList candidates = ModuleLoader::candidates(name);
    ASSERT_EQ(candidates.size(), 2);
    const QDir here(QCoreApplication::applicationDirPath());
    EXPECT_EQ(candidates.at(0), here.filePath(name));
    EXPECT_TRUE(candidates.at(1).endsWith(u"/lib/limber/modules/"_s + name)) << candidates.at(1).toStdString();
    // Neither exists for a name nobody built: the installed place is the one a warning names.
    EXPECT_EQ(ModuleLoader::locate(u"limber-nothing.so"_s), ModuleLoader::candidates(u"limber-nothing.so"_s).at(1));
}

} // namespace
} // namespace limber
