#include "print/HandoutDocument.h"

#include "print/Handout.h"
#include "print/HandoutBlocks.h"
#include "print/HandoutStyle.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace limber {

namespace {

constexpr double MarginMm = 15;

QRectF printableArea(const QPaintDevice& device)
{
    return QRectF(0, 0, device.width(), device.height());
}

} // namespace

QPageSize HandoutDocument::defaultPageSize()
{
    // The paper in the drawer follows the country, not the language: the
    // system locale's territory, whatever language Limber speaks.
    return QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize(QPageSize::Letter)
                                                                              : QPageSize(QPageSize::A4);
}

std::optional<QPageSize> HandoutDocument::pageSizeNamed(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QStringLiteral("a4"))
        return QPageSize(QPageSize::A4);
    if (lower == QStringLiteral("letter"))
        return QPageSize(QPageSize::Letter);
    return std::nullopt;
}

QPageLayout HandoutDocument::pageLayout(const QPageSize& size)
{
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm),
                       QPageLayout::Millimeter);
}

QList<HandoutPage> HandoutDocument::layout(const Handout& handout, const QPagedPaintDevice& device)
{
    const HandoutStyle style(device);
    return HandoutLayout::paginate(handout, HandoutBlocks(style), printableArea(device).size());
}

int HandoutDocument::paint(const Handout& handout, QPagedPaintDevice& device)
{
    const HandoutStyle style(device);
    const HandoutBlocks blocks(style);
    const QRectF printable = printableArea(device);
    const QList<HandoutPage> pages = HandoutLayout::paginate(handout, blocks, printable.size());
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            device.newPage();
        const HandoutPage& page = pages.at(i);
        painter.save();
        // Nothing reaches past the margins, even a block too tall for a page.
        painter.setClipRect(printable);
        if (!page.header.isEmpty())
            blocks.header(painter, handout, page.header);
        for (const HandoutBlock& block : page.blocks) {
            switch (block.kind) {
            case HandoutBlock::Kind::Intro:
                blocks.intro(&painter, handout, block.rect);
                break;
            case HandoutBlock::Kind::Exercise:
                blocks.exercise(&painter, handout.exercises.at(block.index), block.index + 1, block.rect);
                break;
            case HandoutBlock::Kind::Grid:
                blocks.tickGrid(&painter, handout, block.index, block.rect);
                break;
            }
        }
        blocks.footer(painter, static_cast<int>(i + 1), static_cast<int>(pages.size()), page.footer);
        painter.restore();
    }
    painter.end();
    return static_cast<int>(pages.size());
}

QByteArray HandoutDocument::pdf(const Handout& handout, const QPageSize& size)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(pageLayout(size));
        writer.setTitle(handout.title);
        writer.setCreator(QStringLiteral("Limber"));
        if (paint(handout, writer) == 0)
            return {};
    } // the writer finishes the file when it goes
    return bytes;
}

QString HandoutDocument::writePdf(const Handout& handout, const QString& path, const QPageSize& size)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir())
        return tr("%1: this is a folder; give a file name for the PDF").arg(shown);
    const QByteArray bytes = pdf(handout, size);
    if (bytes.isEmpty())
        return tr("%1: the handout could not be laid out").arg(shown);
    // Written beside the target and renamed over it at the end: a full disk
    // or a lost folder never leaves half a PDF in place of a good one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1: cannot write here (%2)").arg(shown, file.errorString());
    // flush() before commit(): on a full disk the bytes may still sit in Qt's
    // buffer, and commit() alone could rename a short file over the old one.
    if (file.write(bytes) != bytes.size() || !file.flush() || !file.commit())
        return tr("%1: could not be written (%2)").arg(shown, file.errorString());
    return {};
}

} // namespace limber
