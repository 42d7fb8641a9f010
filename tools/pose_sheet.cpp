// Renders every key pose of every exercise, labelled, in a light and a dark
// palette, into one PNG: the contact sheet the pose artwork is reviewed on.
//
//   limber_pose_sheet OUTPUT.png [--only EXERCISE_ID] [--cell WIDTHxHEIGHT]

#include "pose/PoseAnimator.h"
#include "pose/PoseFigureRenderer.h"
#include "pose/PoseLibrary.h"
#include "pose/PoseView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include <cstdio>

namespace {

QPalette lightPalette()
{
    QPalette palette = QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
    palette.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    palette.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
    palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    return palette;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("output"), QStringLiteral("PNG file to write"));
    const QCommandLineOption onlyOption(QStringLiteral("only"), QStringLiteral("Just this exercise."),
                                        QStringLiteral("id"));
    const QCommandLineOption cellOption(QStringLiteral("cell"), QStringLiteral("Cell size, e.g. 320x240."),
                                        QStringLiteral("size"), QStringLiteral("320x240"));
    parser.addOption(onlyOption);
    parser.addOption(cellOption);
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    const QStringList cellParts = parser.value(cellOption).split(QLatin1Char('x'));
    const QSize cell(cellParts.value(0).toInt(), cellParts.value(1).toInt());
    if (cell.isEmpty()) {
        std::fprintf(stderr, "bad --cell\n");
        return 2;
    }

    const limber::PoseLibrary& library = limber::PoseLibrary::builtIn();
    if (library.isEmpty()) {
        std::fprintf(stderr, "pose library failed to load (see warnings)\n");
        return 1;
    }
    QStringList ids = library.exerciseIds();
    ids.append(limber::PoseLibrary::DefaultId);
    if (parser.isSet(onlyOption))
        ids = QStringList {parser.value(onlyOption)};

    int maxPoses = 1;
    for (const QString& id : std::as_const(ids))
        maxPoses = std::max(maxPoses, static_cast<int>(library.exerciseOrDefault(id).poseOrder.size()));

    const QList<QPalette> palettes {lightPalette(), darkPalette()};
    const int label = 22;
    const QSize card(120, 90);
    const int cardColumn = card.width() + 20;
    const int width = maxPoses * cell.width() * 2 + cardColumn;
    const int rowHeight = std::max(cell.height(), 2 * (card.height() + label)) + label;
    QImage sheet(width, rowHeight * static_cast<int>(ids.size()), QImage::Format_ARGB32_Premultiplied);
    sheet.fill(QColor(0x80, 0x80, 0x80));

    const limber::PoseFigureRenderer renderer(library);
    QPainter painter(&sheet);
    QFont font = painter.font();
    font.setPixelSize(13);
    painter.setFont(font);
    for (qsizetype row = 0; row < ids.size(); ++row) {
        const limber::ExerciseArt& art = library.exerciseOrDefault(ids.at(row));
        const int top = static_cast<int>(row) * rowHeight;
        for (qsizetype p = 0; p < palettes.size(); ++p) {
            const QPalette& palette = palettes.at(p);
            // Unused cells keep the palette's colour, so each half reads as one panel.
            painter.fillRect(
                QRect(static_cast<int>(p * maxPoses * cell.width()), top, maxPoses * cell.width(), rowHeight),
                palette.color(QPalette::Window));
            for (qsizetype i = 0; i < art.poseOrder.size(); ++i) {
                const QRect box(static_cast<int>((p * maxPoses + i) * cell.width()), top, cell.width(), rowHeight);
                painter.fillRect(box, palette.color(QPalette::Base));
                painter.setPen(palette.color(QPalette::WindowText));
                const QString& name = art.poseOrder.at(i);
                painter.drawText(box.adjusted(8, 4, -4, 0), Qt::AlignLeft | Qt::AlignTop,
                                 ids.at(row) + QStringLiteral(" · ") + name
                                     + (name == art.still ? QStringLiteral(" (card)") : QString()));
                const QRectF target(box.left(), top + label, cell.width(), cell.height());
                renderer.paint(painter, target, art, *art.pose(name), false, palette);
                painter.setPen(QColor(128, 128, 128, 80));
                painter.drawRect(box.adjusted(0, 0, -1, -1));
            }
        }
        // The card size, where most people first meet the picture.
        for (qsizetype p = 0; p < palettes.size(); ++p) {
            const QPalette& palette = palettes.at(p);
            const QRect box(width - cardColumn, top + static_cast<int>(p) * (card.height() + label), cardColumn,
                            card.height() + label);
            painter.fillRect(box, palette.color(QPalette::Base));
            painter.setPen(palette.color(QPalette::WindowText));
            painter.drawText(box.adjusted(6, 2, 0, 0), Qt::AlignLeft | Qt::AlignTop, QStringLiteral("card 120 px"));
            painter.drawPixmap(box.left() + 10, box.top() + label,
                               limber::renderPoseStill(ids.at(row), card, 1.0, palette));
        }
    }
    painter.end();
    const QString output = parser.positionalArguments().constFirst();
    if (!sheet.save(output)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(output));
        return 1;
    }
    return 0;
}
