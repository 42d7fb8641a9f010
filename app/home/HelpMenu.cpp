#include "home/HelpMenu.h"

#include "home/SafetyNote.h"

#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace limber {

namespace {

QString trHelp(const char* text)
{
    return QCoreApplication::translate("limber::MainWindow", text);
}

} // namespace

void HelpMenu::addTo(QMenuBar& menuBar, QWidget* parent)
{
    QMenu* help = menuBar.addMenu(trHelp(QT_TRANSLATE_NOOP("limber::MainWindow", "&Help")));
    QAction* aboutExercises
        = help->addAction(trHelp(QT_TRANSLATE_NOOP("limber::MainWindow", "About these &exercises…")));
    QObject::connect(aboutExercises, &QAction::triggered, parent, [parent] { showAboutExercises(parent); });
    QAction* about = help->addAction(trHelp(QT_TRANSLATE_NOOP("limber::MainWindow", "&About Limber")));
    about->setMenuRole(QAction::AboutRole);
    QObject::connect(about, &QAction::triggered, parent, [parent] { showAbout(parent); });
}

void HelpMenu::showAboutExercises(QWidget* parent)
{
    QMessageBox box(QMessageBox::Information, trHelp(QT_TRANSLATE_NOOP("limber::MainWindow", "About these exercises")),
                    SafetyNote::detailed(), QMessageBox::Ok, parent);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void HelpMenu::showAbout(QWidget* parent)
{
    QMessageBox::about(parent, trHelp(QT_TRANSLATE_NOOP("limber::MainWindow", "About Limber")),
                       trHelp(QT_TRANSLATE_NOOP("limber::MainWindow",
                                                "<h3>Limber %1</h3><p>Guided stretching for everyday back pain.</p>"))
                           .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

} // namespace limber
