#include "setaside/HurtMarksPanel.h"

#include "style/Appearance.h"

#include "limber/SetAsideBook.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace limber {

HurtMarksPanel::HurtMarksPanel(QWidget* parent)
    : QFrame(parent)
    , m_question(new QLabel(tr("Did one of these make the pain sharper?"), this))
    , m_rows(new QVBoxLayout)
    , m_care(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("hurtMarks"));
    setAccessibleName(tr("Exercises that made the pain sharper"));
    const int gap = appearance::spacing(font());
    m_question->setWordWrap(true);
    m_question->setFont(appearance::scaledFont(font(), 1.0, QFont::DemiBold));
    m_care->setWordWrap(true);
    m_care->setText(
        tr("If the pain gets sharper or does not settle, stop and talk to your physiotherapist or doctor."));
    appearance::setMuted(m_care);
    m_care->hide();
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();
    m_rows->setSpacing(gap / 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(gap * 2, gap * 3 / 2, gap * 2, gap * 3 / 2);
    layout->setSpacing(gap);
    layout->addWidget(m_question);
    layout->addLayout(m_rows);
    layout->addWidget(m_care);
    layout->addWidget(m_problem);
    hide();
}

void HurtMarksPanel::setBook(SetAsideBook* book)
{
    m_book = book;
    if (!m_book)
        offer({}, 0);
}

void HurtMarksPanel::offer(const QList<Item>& items, qint64 sessionId)
{
    clearRows();
    m_sessionId = sessionId;
    m_problem->hide();
    if (!m_book || !m_book->isAvailable() || items.isEmpty()) {
        hide();
        return;
    }
    for (const Item& item : items)
        addRow(item);
    refreshCareNote();
    show();
}

void HurtMarksPanel::clearRows()
{
    for (const Row& row : std::as_const(m_entries))
        row.line->deleteLater(); // a row's own button may have led here
    m_entries.clear();
}

void HurtMarksPanel::addRow(const Item& item)
{
    auto* line = new QWidget(this);
    auto* name = new QLabel(item.name, line);
    name->setTextFormat(Qt::PlainText);
    name->setWordWrap(true);
    Row row;
    row.exerciseId = item.exerciseId;
    row.line = line;
    row.mark = new QPushButton(tr("This one made it worse"), line);
    row.mark->setAccessibleName(tr("%1 made the pain sharper").arg(item.name));
    row.mark->setToolTip(tr("Limber will stop suggesting it; you can still choose it yourself"));
    row.status = new QLabel(line);
    row.status->setWordWrap(true);
    appearance::setMuted(row.status);
    row.undo = new QPushButton(tr("Undo"), line);
    row.undo->setAccessibleName(tr("Undo: keep suggesting %1").arg(item.name));
    for (QPushButton* button : {row.mark, row.undo}) {
        appearance::styleAsLink(button);
        button->setAutoDefault(true);
    }

    const int gap = appearance::spacing(font());
    auto* layout = new QHBoxLayout(line);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(gap);
    layout->addWidget(name, 2);
    layout->addWidget(row.status, 3);
    layout->addStretch(0);
    layout->addWidget(row.mark);
    layout->addWidget(row.undo);
    m_rows->addWidget(line);

    const QString id = item.exerciseId;
    connect(row.mark, &QPushButton::clicked, this, [this, id] {
        for (Row& entry : m_entries) {
            if (entry.exerciseId == id)
                markNow(entry);
        }
    });
    connect(row.undo, &QPushButton::clicked, this, [this, id] {
        for (Row& entry : m_entries) {
            if (entry.exerciseId == id)
                undoNow(entry);
        }
    });
    // Set aside before (chosen by hand since): it stays so, and there is nothing to undo here.
    const bool already = m_book->current().contains(id);
    m_entries.append(row);
    showMarked(m_entries.last(), already, false);
}

void HurtMarksPanel::markNow(Row& row)
{
    const StoreResult<qint64> marked = m_book->mark(row.exerciseId, m_sessionId);
    if (!marked) {
        showProblem(marked.errorMessage());
        return;
    }
    m_problem->hide();
    row.markId = marked.value();
    showMarked(row, true, true);
    row.undo->setFocus(Qt::OtherFocusReason);
}

void HurtMarksPanel::undoNow(Row& row)
{
    const StoreStatus undone = m_book->undo(row.markId);
    if (!undone) {
        showProblem(undone.errorMessage());
        return;
    }
    m_problem->hide();
    row.markId = 0;
    showMarked(row, false, false);
    row.mark->setFocus(Qt::OtherFocusReason);
}

void HurtMarksPanel::showMarked(Row& row, bool marked, bool undoable)
{
    row.marked = marked;
    row.mark->setVisible(!marked);
    row.undo->setVisible(marked && undoable);
    row.status->setVisible(marked);
    row.status->setText(undoable ? tr("Set aside: Limber won't suggest it again.")
                                 : tr("Already set aside: Limber doesn't suggest it."));
    refreshCareNote();
}

void HurtMarksPanel::refreshCareNote()
{
    const bool any = std::any_of(m_entries.cbegin(), m_entries.cend(), [](const Row& row) { return row.marked; });
    m_care->setVisible(any);
}

void HurtMarksPanel::showProblem(const QString& message)
{
    m_problem->setText(tr("This could not be saved: %1").arg(message));
    m_problem->show();
}

void HurtMarksPanel::paintEvent(QPaintEvent*)
{
    // A quiet box: part of the summary, not a warning.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    painter.setPen(QPen(appearance::hairline(pal), 1.0));
    painter.setBrush(appearance::surface(pal));
    const qreal radius = appearance::spacing(font()) * 1.5;
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
}

const HurtMarksPanel::Row* HurtMarksPanel::rowOf(const QString& exerciseId) const
{
    for (const Row& row : m_entries) {
        if (row.exerciseId == exerciseId)
            return &row;
    }
    return nullptr;
}

QPushButton* HurtMarksPanel::markButton(const QString& exerciseId) const
{
    const Row* row = rowOf(exerciseId);
    return row ? row->mark : nullptr;
}

QPushButton* HurtMarksPanel::undoButton(const QString& exerciseId) const
{
    const Row* row = rowOf(exerciseId);
    return row ? row->undo : nullptr;
}

bool HurtMarksPanel::isMarked(const QString& exerciseId) const
{
    const Row* row = rowOf(exerciseId);
    return row && row->marked;
}

QString HurtMarksPanel::statusText(const QString& exerciseId) const
{
    const Row* row = rowOf(exerciseId);
    return row && row->marked ? row->status->text() : QString();
}

QString HurtMarksPanel::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

} // namespace limber
