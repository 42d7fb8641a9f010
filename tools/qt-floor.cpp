// The floor of tools/measure.sh --peers: the least a Qt 6 Widgets program
// does to show a window (a label and a button), on the same Qt, display and
// stopwatch as Limber. Limber's first window is measured against it.
// Built by tools/measure.sh (pkg-config Qt6Widgets), not by CMake: CI never measures.
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWidget>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(new QLabel(QStringLiteral("Hello")));
    layout->addWidget(new QPushButton(QStringLiteral("Quit")));
    window.show();
    return app.exec();
}
