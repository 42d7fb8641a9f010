// The floor for home's content (tools/measure.sh --peers, "home floor"): the
// words and type sizes of Limber's first frame in plain Qt widgets, with no
// Limber code, no catalog, no figure drawing and no library Limber adds.
//
// The trivial floor (qt-floor.cpp) shows what Qt costs for any window. This
// one shows what Qt costs for *these* words: every wrapped label is laid out
// for its size hints and for each width the layouts try, and each type size
// is a font engine of its own. What Limber spends beyond this is its own
// (figure, catalog, settings, libraries); what this spends beyond the
// trivial floor comes with showing this much text at these sizes.
// Built by tools/measure.sh (pkg-config Qt6Widgets), not by CMake: CI never measures.
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWidget>

namespace {

QFont scaled(const QFont& base, qreal factor, QFont::Weight weight = QFont::Normal)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setWeight(weight);
    return font;
}

QLabel* words(const QString& text, QWidget* parent, qreal factor = 1.0, QFont::Weight weight = QFont::Normal)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    if (factor != 1.0 || weight != QFont::Normal)
        label->setFont(scaled(parent->font(), factor, weight));
    return label;
}

// A notice as Limber's: a bold title over wrapped words, a button at the side.
QWidget* notice(const QString& title, const QString& text, const QString& button, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* column = new QVBoxLayout;
    column->addWidget(words(title, box, 1.05, QFont::DemiBold));
    column->addWidget(words(text, box));
    auto* row = new QHBoxLayout(box);
    row->addLayout(column, 1);
    row->addWidget(new QPushButton(button, box), 0, Qt::AlignVCenter);
    return box;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("&File"));
    window.menuBar()->addMenu(QStringLiteral("&Help"));
    auto* home = new QWidget(&window);
    window.setCentralWidget(home);

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(words(QStringLiteral("Where does it hurt?"), home, 2.0, QFont::DemiBold));
    titles->addWidget(words(QStringLiteral("Choose the part of your back that needs some care."), home));
    header->addLayout(titles, 1);
    header->addWidget(words(QStringLiteral("0 of 5 sessions this week"), home, 1.0, QFont::DemiBold), 0,
                      Qt::AlignRight | Qt::AlignBottom);

    // The figure's place, and the words Limber paints beside it.
    auto* left = new QVBoxLayout;
    auto* figure = new QWidget(home);
    figure->setMinimumSize(280, 330);
    auto* names = new QVBoxLayout(figure);
    for (const char* name : {"Neck and shoulders", "Upper back", "Lower back"})
        names->addWidget(words(QString::fromUtf8(name), figure, 1.05), 0, Qt::AlignRight);
    left->addWidget(figure, 1);
    left->addWidget(new QLabel(QStringLiteral("Click the part that hurts"), home), 0, Qt::AlignHCenter);
    left->addWidget(new QPushButton(QStringLiteral("About these exercises"), home), 0, Qt::AlignHCenter);

    auto* right = new QVBoxLayout;
    right->addStretch(2);
    right->addWidget(words(QStringLiteral("A few minutes of gentle stretching"), home, 1.35, QFont::DemiBold));
    right->addWidget(words(QStringLiteral("Pick a region on the figure and Limber suggests one or two exercises for "
                                          "it. It then talks you through them: when to hold, when to breathe, when "
                                          "to rest."),
                           home));
    for (const char* name : {"Neck and shoulders", "Upper back", "Lower back"})
        right->addWidget(new QPushButton(QString::fromUtf8(name), home));
    right->addStretch(3);
    right->addWidget(words(QStringLiteral("My routines"), home, 1.35, QFont::DemiBold));
    right->addWidget(words(QStringLiteral("Put together the exercises that help you, or the ones your "
                                          "physiotherapist gave you, with your own holds and notes; then start "
                                          "them in one click."),
                           home));
    right->addWidget(new QPushButton(QString::fromUtf8("Make your first routine\u2026"), home), 0, Qt::AlignLeft);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 4);
    columns->addLayout(right, 5);

    auto* layout = new QVBoxLayout(home);
    layout->addWidget(notice(QStringLiteral("Before you start"),
                             QStringLiteral("These gentle stretches are for everyday aches. They can't tell you "
                                            "what is causing your pain: if it lasts, keeps coming back or is "
                                            "severe, please have a doctor or chiropractor look at it. Move slowly, "
                                            "and stop any exercise that makes the pain sharper."),
                             QStringLiteral("Got it"), home));
    layout->addLayout(header);
    layout->addLayout(columns, 1);

    window.resize(1000, 720);
    window.show();
    return app.exec();
}
