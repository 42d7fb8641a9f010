#pragma once

#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace limber {

class HandoutStyle;
struct Handout;
struct HandoutExercise;

// The pieces of a handout page. Each one measures and paints with the same
// code: given no painter it only measures, so the height the layout plans
// for is the height that gets painted. `area` gives the left edge, the top
// and the width; every function returns the height it takes.
class HandoutBlocks final {
    Q_DECLARE_TR_FUNCTIONS(limber::HandoutBlocks)

public:
    explicit HandoutBlocks(const HandoutStyle& style)
        : m_style(style)
    {
    }

    // The first page's top: the title, the date, the notes, how often and how long.
    double intro(QPainter* painter, const Handout& handout, const QRectF& area) const;
    // One exercise, numbered: name, dose, pictures, starting position, steps, advice.
    double exercise(QPainter* painter, const HandoutExercise& exercise, int number, const QRectF& area) const;
    // A week of the two-week tick grid (`week` 1 or 2; the first carries the
    // explanation): a row per session, a box per exercise, room to write.
    double tickGrid(QPainter* painter, const Handout& handout, int week, const QRectF& area) const;
    static constexpr int GridWeeks = 2;
    static constexpr int DaysPerWeek = 7;

    // The top and bottom of every page but the first's top.
    double headerHeight() const;
    double footerHeight() const;
    void header(QPainter& painter, const Handout& handout, const QRectF& area) const;
    void footer(QPainter& painter, int page, int pageCount, const QRectF& area) const;

    // The row labels for one day of the grid: empty for one session a day,
    // "Morning", "Evening" for two...
    static QStringList sessionLabels(int sessionsPerDay);

private:
    double pictures(QPainter* painter, const HandoutExercise& exercise, const QRectF& area) const;
    double instructions(QPainter* painter, const HandoutExercise& exercise, const QRectF& area) const;

    const HandoutStyle& m_style;
};

} // namespace limber
