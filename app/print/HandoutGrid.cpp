// The tick grid of the handout (HandoutBlocks::tickGrid), apart from the
// other blocks because a table is most of the drawing code.
#include "print/Handout.h"
#include "print/HandoutBlocks.h"
#include "print/HandoutStyle.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace limber {

namespace {

constexpr double DayMm = 16;
constexpr double SessionMm = 19;
constexpr double DateMm = 18;
constexpr double PainMm = 21;
constexpr double MinNotesMm = 24;
constexpr double MaxExerciseMm = 24;
constexpr double MinExerciseMm = 8;
constexpr double TickBoxMm = 4.2;

double rowHeightMm(int sessionsPerDay)
{
    // Room to write a date or a number by hand; a bit tighter with more sessions.
    if (sessionsPerDay <= 1)
        return 8.0;
    if (sessionsPerDay == 2)
        return 7.0;
    return sessionsPerDay <= 4 ? 6.0 : 4.8;
}

double textHeight(const HandoutStyle& style, const QFont& font, const QString& text, double width, int flags)
{
    return QFontMetricsF(font, &style.device())
        .boundingRect(QRectF(0, 0, width, style.mm(1000)), flags | Qt::TextWordWrap, text)
        .height();
}

} // namespace

double HandoutBlocks::tickGrid(QPainter* painter, const Handout& handout, int week, const QRectF& area) const
{
    const HandoutStyle& s = m_style;
    const int sessions = std::clamp(handout.sessionsPerDay, 1, Handout::MaxSessionsPerDay);
    const QStringList sessionNames = sessionLabels(sessions);
    const int exercises = static_cast<int>(std::max<qsizetype>(1, handout.exercises.size()));
    double y = area.top();

    auto text = [&](const QFont& font, const QColor& colour, const QString& words, const QRectF& box, int flags) {
        const double height = textHeight(s, font, words, box.width(), flags);
        if (painter) {
            painter->setFont(font);
            painter->setPen(colour);
            painter->drawText(box, flags | Qt::TextWordWrap, words);
        }
        return height;
    };

    if (week == 1) {
        y += s.mm(2);
        y += text(s.name, s.ink, tr("Your two weeks"), QRectF(area.left(), y, area.width(), s.mm(40)),
                  Qt::AlignLeft | Qt::AlignTop);
        y += s.mm(1);
        const QString how = sessions > 1
            ? tr("Tick a box for each exercise after every session. Once a day, write down "
                 "how your back feels, from 0 (no pain) to 10 (the worst pain).")
            : tr("Tick a box for each exercise you did that day, and write down how your "
                 "back feels, from 0 (no pain) to 10 (the worst pain).");
        y += text(s.body, s.muted, how, QRectF(area.left(), y, area.width(), s.mm(60)), Qt::AlignLeft | Qt::AlignTop);
        y += s.mm(3);
    }
    //: a heading of the tick grid: "Week 1", "Week 2"
    y += text(s.heading, s.ink, tr("Week %1").arg(week), QRectF(area.left(), y, area.width(), s.mm(20)),
              Qt::AlignLeft | Qt::AlignTop);
    y += s.mm(1.5);

    // Columns: day, [session], date, a box per exercise, pain, notes.
    const double sessionWidth = sessions > 1 ? s.mm(SessionMm) : 0;
    const double fixed = s.mm(DayMm) + sessionWidth + s.mm(DateMm) + s.mm(PainMm);
    const double left = area.width() - fixed;
    const double exerciseWidth
        = std::clamp((left - s.mm(MinNotesMm)) / exercises, s.mm(MinExerciseMm), s.mm(MaxExerciseMm));
    const double notesWidth = left - exerciseWidth * exercises;
    const double x0 = area.left();
    const double xSession = x0 + s.mm(DayMm);
    const double xDate = xSession + sessionWidth;
    const double xExercises = xDate + s.mm(DateMm);
    const double xPain = xExercises + exerciseWidth * exercises;
    const double xNotes = xPain + s.mm(PainMm);
    const double xEnd = xNotes + notesWidth;

    // The header row names each exercise column: its number, and its name when there is room.
    const bool namesFit = exerciseWidth >= s.mm(17);
    const int headerFlags = Qt::AlignHCenter | Qt::AlignTop;
    double headerHeight = s.mm(7);
    auto columnTitle = [&](int i) {
        const QString number = QString::number(i + 1);
        return namesFit ? number + QLatin1Char('\n') + handout.exercises.at(i).name : number;
    };
    for (int i = 0; i < static_cast<int>(handout.exercises.size()); ++i)
        headerHeight = std::max(
            headerHeight, textHeight(s, s.small, columnTitle(i), exerciseWidth - s.mm(1.5), headerFlags) + s.mm(2.5));
    // The scale on a line of its own: "0–10" must never break at its dash.
    const QString painTitle = tr("Pain") + QStringLiteral("\n0–10");
    const QStringList fixedTitles {tr("Day"), tr("Date"), painTitle, tr("Notes")};
    headerHeight
        = std::max(headerHeight, textHeight(s, s.small, painTitle, s.mm(PainMm) - s.mm(1.5), headerFlags) + s.mm(2.5));
    const double rowHeight = s.mm(rowHeightMm(sessions));
    const double dayHeight = rowHeight * sessions;
    const double tableHeight = headerHeight + dayHeight * DaysPerWeek;

    if (painter) {
        const QRectF head(x0, y, xEnd - x0, headerHeight);
        painter->fillRect(head, s.wash);
        auto headCell = [&](double from, double to, const QString& words) {
            text(s.small, s.ink, words, QRectF(from + s.mm(0.75), y + s.mm(1.25), to - from - s.mm(1.5), headerHeight),
                 headerFlags);
        };
        headCell(x0, xSession, fixedTitles.at(0));
        if (sessions > 1)
            headCell(xSession, xDate, QString());
        headCell(xDate, xExercises, fixedTitles.at(1));
        for (int i = 0; i < static_cast<int>(handout.exercises.size()); ++i)
            headCell(xExercises + i * exerciseWidth, xExercises + (i + 1) * exerciseWidth, columnTitle(i));
        headCell(xPain, xNotes, fixedTitles.at(2));
        headCell(xNotes, xEnd, fixedTitles.at(3));

        const double top = y + headerHeight;
        const double box = s.mm(TickBoxMm);
        for (int day = 0; day < DaysPerWeek; ++day) {
            const double dayTop = top + day * dayHeight;
            //: a row of the tick grid: "Day 1" ... "Day 14"
            const QString dayName = tr("Day %1").arg((week - 1) * DaysPerWeek + day + 1);
            text(s.small, s.ink, dayName, QRectF(x0 + s.mm(1.5), dayTop, s.mm(DayMm) - s.mm(2), dayHeight),
                 Qt::AlignLeft | Qt::AlignVCenter);
            for (int session = 0; session < sessions; ++session) {
                const double rowTop = dayTop + session * rowHeight;
                if (sessions > 1)
                    text(s.small, s.muted, sessionNames.at(session),
                         QRectF(xSession + s.mm(1), rowTop, sessionWidth - s.mm(1.5), rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter);
                painter->setPen(QPen(s.muted, s.mm(0.25)));
                painter->setBrush(Qt::white);
                for (int i = 0; i < exercises; ++i) {
                    const QPointF centre(xExercises + (i + 0.5) * exerciseWidth, rowTop + rowHeight / 2);
                    painter->drawRoundedRect(QRectF(centre.x() - box / 2, centre.y() - box / 2, box, box), s.mm(0.6),
                                             s.mm(0.6));
                }
                painter->setBrush(Qt::NoBrush);
                if (session > 0) {
                    painter->setPen(QPen(s.hairline, s.mm(0.15), Qt::DotLine));
                    painter->drawLine(QPointF(xSession, rowTop), QPointF(xPain, rowTop));
                }
            }
            painter->setPen(QPen(s.hairline, s.mm(0.3)));
            painter->drawLine(QPointF(x0, dayTop + dayHeight), QPointF(xEnd, dayTop + dayHeight));
        }
        // The columns' edges, and a frame round the whole table.
        painter->setPen(QPen(s.hairline, s.mm(0.3)));
        QList<double> edges {xSession, xExercises, xPain, xNotes};
        if (sessions > 1)
            edges.append(xDate);
        for (int i = 1; i < exercises; ++i)
            edges.append(xExercises + i * exerciseWidth);
        for (double x : std::as_const(edges))
            painter->drawLine(QPointF(x, y), QPointF(x, y + tableHeight));
        painter->drawLine(QPointF(x0, top), QPointF(xEnd, top));
        painter->setPen(QPen(s.muted, s.mm(0.35)));
        painter->drawRect(QRectF(x0, y, xEnd - x0, tableHeight));
    }
    y += tableHeight + s.mm(2);
    return y - area.top();
}

} // namespace limber
