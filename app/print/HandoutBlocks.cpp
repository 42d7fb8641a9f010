#include "print/HandoutBlocks.h"

#include "print/Handout.h"
#include "print/HandoutStyle.h"
#include "print/PrintedPose.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace limber {

namespace {

constexpr double PictureWidthMm = 56;
constexpr double PictureHeightMm = 38;
constexpr double PictureGapMm = 3;
constexpr double ColumnGapMm = 6;
// The pictures are rendered at this resolution whatever the device's: sharp on
// paper, and a PDF of a few hundred kilobytes rather than megabytes.
constexpr double PictureDpi = 300;

double lineHeight(const HandoutStyle& style, const QFont& font)
{
    return QFontMetricsF(font, &style.device()).height();
}

double textWidth(const HandoutStyle& style, const QFont& font, const QString& text)
{
    return QFontMetricsF(font, &style.device()).horizontalAdvance(text);
}

// `text` wrapped into the width of `area`, from its top; returns the height.
double paragraph(QPainter* painter, const HandoutStyle& style, const QFont& font, const QColor& colour,
                 const QString& text, const QRectF& area, int alignment = Qt::AlignLeft)
{
    if (text.isEmpty())
        return 0;
    const int flags = alignment | Qt::AlignTop | Qt::TextWordWrap;
    const QRectF tall(area.left(), area.top(), area.width(), style.mm(1000));
    const double height = QFontMetricsF(font, &style.device()).boundingRect(tall, flags, text).height();
    if (painter) {
        painter->setFont(font);
        painter->setPen(colour);
        painter->drawText(QRectF(area.left(), area.top(), area.width(), height), flags, text);
    }
    return height;
}

void hairline(QPainter& painter, const HandoutStyle& style, const QPointF& from, const QPointF& to, double widthMm)
{
    painter.setPen(QPen(style.hairline, style.mm(widthMm)));
    painter.drawLine(from, to);
}

QString pictureCaption(PrintedPose::Kind kind, bool hold)
{
    if (kind == PrintedPose::Kind::Start)
        return HandoutBlocks::tr("Start");
    return hold ? HandoutBlocks::tr("Hold") : HandoutBlocks::tr("Movement");
}

} // namespace

QStringList HandoutBlocks::sessionLabels(int sessionsPerDay)
{
    switch (std::clamp(sessionsPerDay, 1, Handout::MaxSessionsPerDay)) {
    case 1:
        return {QString()};
    case 2:
        return {tr("Morning"), tr("Evening")};
    case 3:
        return {tr("Morning"), tr("Midday"), tr("Evening")};
    case 4:
        return {tr("Morning"), tr("Midday"), tr("Afternoon"), tr("Evening")};
    default:
        break;
    }
    QStringList labels;
    for (int i = 1; i <= std::min(sessionsPerDay, Handout::MaxSessionsPerDay); ++i)
        //: a row of the tick grid when a routine is done more than four times a day
        labels << tr("Session %1").arg(i);
    return labels;
}

double HandoutBlocks::intro(QPainter* painter, const Handout& handout, const QRectF& area) const
{
    const HandoutStyle& s = m_style;
    const QString date = QLocale().toString(handout.date, QLocale::LongFormat);
    // A little slack, so a width rounded down never wraps the date.
    const double dateWidth = textWidth(s, s.small, date) + s.mm(1);
    double y = area.top();
    const double titleHeight = paragraph(painter, s, s.title, s.ink, handout.title,
                                         QRectF(area.left(), y, area.width() - dateWidth - s.mm(6), 0));
    paragraph(painter, s, s.small, s.muted, date, QRectF(area.right() - dateWidth, y + s.mm(1.5), dateWidth, 0),
              Qt::AlignRight);
    y += titleHeight + s.mm(1);

    const int count = static_cast<int>(handout.exercises.size());
    // English has no plural forms of its own here (no English catalog): say "1 exercise" outright.
    QStringList summary {count == 1 ? tr("1 exercise") : tr("%n exercises", "", count)};
    if (!handout.sessionLength.isEmpty())
        //: how long one session takes, e.g. "about 4 min a session"
        summary << tr("%1 a session").arg(handout.sessionLength);
    if (!handout.howOften.isEmpty())
        summary << handout.howOften;
    y += paragraph(painter, s, s.body, s.muted, summary.join(QStringLiteral("  ·  ")),
                   QRectF(area.left(), y, area.width(), 0));

    if (!handout.notes.isEmpty()) {
        // The prescriber's words stand apart: a tinted box with an accent edge.
        y += s.mm(4);
        const double pad = s.mm(3);
        const QRectF inner(area.left() + pad + s.mm(1), y + pad, area.width() - 2 * pad - s.mm(1), 0);
        const double headingHeight = lineHeight(s, s.heading);
        const double notesHeight
            = paragraph(nullptr, s, s.body, s.ink, handout.notes, inner.translated(0, headingHeight + s.mm(1)));
        const double boxHeight = 2 * pad + headingHeight + s.mm(1) + notesHeight;
        if (painter) {
            painter->fillRect(QRectF(area.left(), y, area.width(), boxHeight), s.wash);
            painter->fillRect(QRectF(area.left(), y, s.mm(1.2), boxHeight), s.accent);
            paragraph(painter, s, s.heading, s.accent, tr("Notes"), inner);
            paragraph(painter, s, s.body, s.ink, handout.notes, inner.translated(0, headingHeight + s.mm(1)));
        }
        y += boxHeight;
    }

    y += s.mm(4);
    y += paragraph(painter, s, s.body, s.ink,
                   tr("Move slowly and only as far as feels comfortable. A gentle pull is right; "
                      "if an exercise brings sharp pain or makes your back worse, stop it and "
                      "talk to your doctor or physiotherapist."),
                   QRectF(area.left(), y, area.width(), 0));
    return y - area.top() + s.mm(2);
}

double HandoutBlocks::exercise(QPainter* painter, const HandoutExercise& exercise, int number, const QRectF& area) const
{
    const HandoutStyle& s = m_style;
    double y = area.top();
    if (painter)
        hairline(*painter, s, QPointF(area.left(), y), QPointF(area.right(), y), 0.3);
    y += s.mm(4);

    // A numbered badge, so "do number 2 twice" means something on the phone.
    const double badge = s.mm(7.5);
    if (painter) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(s.accent);
        painter->drawEllipse(QRectF(area.left(), y, badge, badge));
        painter->setBrush(Qt::NoBrush);
        painter->setFont(s.heading);
        painter->setPen(s.onAccent);
        painter->drawText(QRectF(area.left(), y, badge, badge), Qt::AlignCenter, QString::number(number));
    }
    const double textLeft = area.left() + badge + s.mm(3);
    const QRectF titleArea(textLeft, y, area.right() - textLeft, 0);
    double headY = y + paragraph(painter, s, s.name, s.ink, exercise.name, titleArea);
    const QString dose
        = exercise.length.isEmpty() ? exercise.dose : QStringLiteral("%1   (%2)").arg(exercise.dose, exercise.length);
    headY += paragraph(painter, s, s.dose, s.accent, dose, QRectF(textLeft, headY, titleArea.width(), 0));
    if (!exercise.targets.isEmpty())
        headY += paragraph(painter, s, s.small, s.muted,
                           tr("Works on: %1").arg(exercise.targets.join(QStringLiteral(", "))),
                           QRectF(textLeft, headY, titleArea.width(), 0));
    y = std::max(headY, y + badge) + s.mm(3);

    const double picturesHeight = pictures(painter, exercise, QRectF(area.left(), y, s.mm(PictureWidthMm), 0));
    const double textX = area.left() + s.mm(PictureWidthMm + ColumnGapMm);
    const double textHeight = instructions(painter, exercise, QRectF(textX, y, area.right() - textX, 0));
    y += std::max(picturesHeight, textHeight) + s.mm(3);
    return y - area.top();
}

double HandoutBlocks::pictures(QPainter* painter, const HandoutExercise& exercise, const QRectF& area) const
{
    const HandoutStyle& s = m_style;
    const QList<PrintedPose::Kind> kinds = PrintedPose::picturesOf(exercise.id);
    const bool hold = PrintedPose::isHold(exercise.id);
    const double boxHeight = s.mm(PictureHeightMm);
    double y = area.top();
    for (PrintedPose::Kind kind : kinds) {
        if (painter) {
            const QRectF box(area.left(), y, area.width(), boxHeight);
            const double caption = lineHeight(s, s.small);
            const QRectF picture = box.adjusted(s.mm(1.5), caption + s.mm(1.5), -s.mm(1.5), -s.mm(1.5));
            const QSize pixels(static_cast<int>(std::lround(picture.width() / s.unitsPerMm() / 25.4 * PictureDpi)),
                               static_cast<int>(std::lround(picture.height() / s.unitsPerMm() / 25.4 * PictureDpi)));
            painter->drawImage(picture, PrintedPose::render(exercise.id, kind, pixels, s.figurePalette()));
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(QPen(s.hairline, s.mm(0.3)));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(box, s.mm(1.5), s.mm(1.5));
            paragraph(painter, s, s.small, s.muted, pictureCaption(kind, hold),
                      QRectF(box.left() + s.mm(2), box.top() + s.mm(1), box.width() - s.mm(4), 0));
        }
        y += boxHeight + PictureGapMm * s.unitsPerMm();
    }
    return y - area.top() - s.mm(PictureGapMm);
}

double HandoutBlocks::instructions(QPainter* painter, const HandoutExercise& exercise, const QRectF& area) const
{
    const HandoutStyle& s = m_style;
    double y = area.top();
    auto section = [&](const QString& heading) {
        y += paragraph(painter, s, s.heading, s.ink, heading, QRectF(area.left(), y, area.width(), 0));
        y += s.mm(0.8);
    };
    if (!exercise.routineNote.isEmpty()) {
        // The routine's own advice for this exercise comes first, in the accent.
        section(tr("Note"));
        y += paragraph(painter, s, s.body, s.accent, exercise.routineNote, QRectF(area.left(), y, area.width(), 0));
        y += s.mm(3);
    }
    if (!exercise.position.isEmpty()) {
        section(tr("Starting position"));
        y += paragraph(painter, s, s.body, s.ink, exercise.position, QRectF(area.left(), y, area.width(), 0));
        y += s.mm(3);
    }
    if (!exercise.steps.isEmpty()) {
        section(tr("Step by step"));
        const double numberWidth = s.mm(5);
        for (qsizetype i = 0; i < exercise.steps.size(); ++i) {
            paragraph(painter, s, s.body, s.accent, QStringLiteral("%1.").arg(i + 1),
                      QRectF(area.left(), y, numberWidth - s.mm(1), 0), Qt::AlignRight);
            y += paragraph(painter, s, s.body, s.ink, exercise.steps.at(i),
                           QRectF(area.left() + numberWidth + s.mm(1), y, area.width() - numberWidth - s.mm(1), 0));
            y += s.mm(1);
        }
        y += s.mm(2);
    }
    if (!exercise.note.isEmpty()) {
        section(tr("Good to know"));
        y += paragraph(painter, s, s.body, s.ink, exercise.note, QRectF(area.left(), y, area.width(), 0));
        y += s.mm(3);
    }
    return std::max(0.0, y - area.top() - s.mm(3));
}

double HandoutBlocks::headerHeight() const
{
    return lineHeight(m_style, m_style.small) + m_style.mm(6);
}

double HandoutBlocks::footerHeight() const
{
    return lineHeight(m_style, m_style.small) + m_style.mm(4);
}

void HandoutBlocks::header(QPainter& painter, const Handout& handout, const QRectF& area) const
{
    const HandoutStyle& s = m_style;
    const QString date = QLocale().toString(handout.date, QLocale::LongFormat);
    const double dateWidth = textWidth(s, s.small, date) + s.mm(1);
    QFont bold = s.small;
    bold.setWeight(QFont::DemiBold);
    const QFontMetricsF metrics(bold, &s.device());
    const QString title = metrics.elidedText(handout.title, Qt::ElideRight, area.width() - dateWidth - s.mm(6));
    paragraph(&painter, s, bold, s.ink, title, QRectF(area.left(), area.top(), area.width() - dateWidth, 0));
    paragraph(&painter, s, s.small, s.muted, date, QRectF(area.right() - dateWidth, area.top(), dateWidth, 0),
              Qt::AlignRight);
    const double lineY = area.top() + lineHeight(s, s.small) + s.mm(1.5);
    hairline(painter, s, QPointF(area.left(), lineY), QPointF(area.right(), lineY), 0.3);
}

void HandoutBlocks::footer(QPainter& painter, int page, int pageCount, const QRectF& area) const
{
    const HandoutStyle& s = m_style;
    const double lineY = area.top() + s.mm(1);
    hairline(painter, s, QPointF(area.left(), lineY), QPointF(area.right(), lineY), 0.3);
    const QString pageText = tr("Page %1 of %2").arg(page).arg(pageCount);
    const double pageWidth = textWidth(s, s.small, pageText) + s.mm(1);
    const double textY = lineY + s.mm(2);
    const QFontMetricsF metrics(s.small, &s.device());
    const QString note = metrics.elidedText(tr("Limber · gentle exercises for everyday back pain, not a diagnosis"),
                                            Qt::ElideRight, area.width() - pageWidth - s.mm(6));
    paragraph(&painter, s, s.small, s.muted, note, QRectF(area.left(), textY, area.width() - pageWidth, 0));
    paragraph(&painter, s, s.small, s.muted, pageText, QRectF(area.right() - pageWidth, textY, pageWidth, 0),
              Qt::AlignRight);
}

} // namespace limber
