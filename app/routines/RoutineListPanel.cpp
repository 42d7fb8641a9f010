#include "routines/RoutineListPanel.h"

#include "routines/KeyboardReorder.h"
#include "routines/RoutineListModel.h"
#include "routines/RoutineText.h"
#include "style/Appearance.h"
#include "widgets/ActionButton.h"
#include "widgets/DeferredLayout.h"
#include "widgets/WrappedLabel.h"

#include "limber/Catalog.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include <algorithm>

namespace limber {

namespace {

// Two lines a row: the name, and its summary in quieter type.
class RoutineRowDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : nullptr;
        if (style)
            style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

        const bool selected = option.state.testFlag(QStyle::State_Selected);
        const QPalette& palette = option.palette;
        const QRect area = option.rect.adjusted(margin(option), margin(option) / 2, -margin(option), 0);
        QFont nameFont = option.font;
        nameFont.setWeight(QFont::DemiBold);
        const QFontMetrics nameMetrics(nameFont);
        painter->save();
        painter->setFont(nameFont);
        painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const QRect nameRect(area.left(), area.top(), area.width(), nameMetrics.height());
        painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                          nameMetrics.elidedText(index.data().toString(), Qt::ElideRight, area.width()));
        painter->setFont(option.font);
        const QColor detail = selected ? palette.color(QPalette::HighlightedText) : appearance::mutedText(palette);
        painter->setPen(detail);
        const QFontMetrics metrics(option.font);
        const QRect summaryRect(area.left(), nameRect.bottom() + 2, area.width(), metrics.height());
        painter->drawText(
            summaryRect, Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(index.data(RoutineListModel::SummaryRole).toString(), Qt::ElideRight, area.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override
    {
        const QFontMetrics metrics(option.font);
        return {metrics.averageCharWidth() * 30, metrics.height() * 2 + 2 + margin(option) * 3 / 2};
    }

private:
    static int margin(const QStyleOptionViewItem& option) { return QFontMetrics(option.font).height() / 2; }
};

QPushButton* smallButton(const QString& text, const QString& description, QWidget* parent)
{
    auto* button = new ActionButton(text, parent);
    button->setAutoDefault(true);
    button->setAccessibleDescription(description);
    return button;
}

} // namespace

RoutineListPanel::RoutineListPanel(const Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_model(new RoutineListModel(this))
    , m_pages(new QStackedWidget(this))
    , m_empty(new QWidget(this))
    , m_filled(new QWidget(this))
    , m_list(new QListView(m_filled))
    , m_new(new QPushButton(tr("New routine…"), this))
    , m_start(new ActionButton(tr("Start"), m_filled))
    , m_edit(smallButton(tr("Edit"), tr("Change the chosen routine"), m_filled))
    , m_duplicate(smallButton(tr("Duplicate"), tr("Make a copy of the chosen routine"), m_filled))
    , m_delete(smallButton(tr("Delete"), tr("Delete the chosen routine; it can be undone"), m_filled))
    , m_deletedBar(new QFrame(this))
    , m_deletedText(new QLabel(m_deletedBar))
    , m_undo(new QPushButton(tr("Undo"), m_deletedBar))
{
    setAccessibleName(tr("My routines"));
    const int gap = appearance::spacing(font());

    auto* title = appearance::heading(tr("My routines"), this, 1.35);
    appearance::styleAsLink(m_new);
    m_new->setAutoDefault(true);
    m_new->setObjectName(QStringLiteral("newRoutineButton"));
    m_new->setAccessibleDescription(tr("Make a routine of your own from the exercises"));
    connect(m_new, &QPushButton::clicked, this, &RoutineListPanel::newRequested);
    auto* header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(m_new, 0, Qt::AlignBottom);

    // The empty state says what a routine is for, and how to make one.
    auto* invite = new WrappedLabel(tr("Put together the exercises that help you, or the ones your physiotherapist "
                                       "gave you, with your own holds and notes; then start them in one click."),
                                    m_empty);
    appearance::setMuted(invite);
    auto* makeFirst = new ActionButton(tr("Make your first routine…"), m_empty);
    makeFirst->setAutoDefault(true);
    makeFirst->setObjectName(QStringLiteral("firstRoutineButton"));
    connect(makeFirst, &QPushButton::clicked, this, &RoutineListPanel::newRequested);
    auto* emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->setContentsMargins(0, 0, 0, 0);
    emptyLayout->setSpacing(gap);
    emptyLayout->addWidget(invite);
    emptyLayout->addWidget(makeFirst, 0, Qt::AlignLeft);
    emptyLayout->addStretch(1);

    m_list->setModel(m_model);
    m_list->setItemDelegate(new RoutineRowDelegate(m_list));
    m_list->setObjectName(QStringLiteral("routineList"));
    m_list->setAccessibleName(tr("My routines"));
    m_list->setAccessibleDescription(
        tr("Enter starts the chosen routine; Alt+Up and Alt+Down move it; Delete removes it."));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setDragEnabled(true);
    m_list->setUniformItemSizes(true);
    m_list->installEventFilter(this);
    KeyboardReorder::install(m_list);
    connect(m_list, &QListView::doubleClicked, this, [this] { requestFor(&RoutineListPanel::startRequested); });
    connect(m_model, &RoutineListModel::reordered, this, &RoutineListPanel::reordered);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RoutineListPanel::refreshButtons);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &RoutineListPanel::refreshButtons);

    m_start->setObjectName(QStringLiteral("startRoutineButton"));
    m_start->setEmphasis(ActionButton::Emphasis::Primary);
    m_start->setAutoDefault(true);
    m_start->setAccessibleDescription(tr("Start the chosen routine"));
    connect(m_start, &QPushButton::clicked, this, [this] { requestFor(&RoutineListPanel::startRequested); });
    connect(m_edit, &QPushButton::clicked, this, [this] { requestFor(&RoutineListPanel::editRequested); });
    connect(m_duplicate, &QPushButton::clicked, this, [this] { requestFor(&RoutineListPanel::duplicateRequested); });
    connect(m_delete, &QPushButton::clicked, this, [this] { requestFor(&RoutineListPanel::deleteRequested); });
    auto* actions = new QHBoxLayout;
    actions->setSpacing(gap);
    actions->addWidget(m_start);
    actions->addWidget(m_edit);
    actions->addWidget(m_duplicate);
    actions->addWidget(m_delete);
    actions->addStretch(1);
    auto* filledLayout = new QVBoxLayout(m_filled);
    filledLayout->setContentsMargins(0, 0, 0, 0);
    filledLayout->setSpacing(gap);
    filledLayout->addWidget(m_list, 1);
    filledLayout->addLayout(actions);

    addStackPage(*m_pages, *m_empty);
    addStackPage(*m_pages, *m_filled);

    m_deletedBar->setObjectName(QStringLiteral("routineDeletedBar"));
    m_deletedBar->setAccessibleName(tr("Routine deleted"));
    m_undo->setAutoDefault(true);
    m_undo->setObjectName(QStringLiteral("undoDeleteButton"));
    appearance::styleAsLink(m_undo);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        hideDeleted();
        Q_EMIT undoRequested();
    });
    auto* bar = new QHBoxLayout(m_deletedBar);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_deletedText, 1);
    bar->addWidget(m_undo);
    m_deletedBar->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(gap);
    layout->addLayout(header);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_deletedBar);

    setTabOrder(m_new, m_list);
    setTabOrder(m_list, m_start);
    setTabOrder(m_start, m_edit);
    setTabOrder(m_edit, m_duplicate);
    setTabOrder(m_duplicate, m_delete);
    setTabOrder(m_delete, m_undo);
    setRoutines({});
}

QPushButton* RoutineListPanel::startButton() const
{
    return m_start;
}

void RoutineListPanel::setRoutines(const QList<Routine>& routines)
{
    const QString current = currentId();
    m_routines = routines;
    QStringList summaries;
    const Planner planner(m_catalog);
    for (const Routine& routine : routines) {
        QString summary = RoutineText::summary(routine, planner.plan(routine, m_options));
        if (const QString week
            = m_today.isValid() ? RoutineText::week(routineWeek(routine, m_thisWeek, m_today)) : QString();
            !week.isEmpty())
            summary += QStringLiteral(" · ") + week;
        summaries << summary;
    }
    m_model->setRoutines(routines, summaries);
    m_pages->setCurrentWidget(routines.isEmpty() ? m_empty : m_filled);
    // Up to three rows without scrolling; home keeps room for the region's exercises.
    const int rows = std::clamp(static_cast<int>(routines.size()), 1, 3);
    const int rowHeight = m_list->sizeHintForRow(0) > 0 ? m_list->sizeHintForRow(0) : fontMetrics().height() * 3;
    m_list->setFixedHeight(rows * rowHeight + m_list->frameWidth() * 2);
    setCurrentId(m_model->rowOf(current) >= 0 ? current : (routines.isEmpty() ? QString() : routines.first().id));
    refreshButtons();
}

void RoutineListPanel::setThisWeek(const QList<SessionRecord>& sessions, const QDate& today)
{
    m_thisWeek = sessions;
    m_today = today;
    setRoutines(m_routines);
}

void RoutineListPanel::setBaseOptions(const PlanOptions& options)
{
    m_options = options;
    setRoutines(m_routines);
}

void RoutineListPanel::showDeleted(const QString& name)
{
    //: after a routine was deleted; "Undo" follows
    m_deletedText->setText(tr("“%1” deleted.").arg(name));
    m_undo->setAccessibleName(tr("Undo deleting %1").arg(name));
    m_deletedBar->show();
}

void RoutineListPanel::hideDeleted()
{
    m_deletedBar->hide();
}

QString RoutineListPanel::currentId() const
{
    return m_list->currentIndex().data(RoutineListModel::IdRole).toString();
}

void RoutineListPanel::setCurrentId(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, 0));
    refreshButtons();
}

void RoutineListPanel::refreshButtons()
{
    const bool chosen = m_list->currentIndex().isValid();
    for (QPushButton* button : {static_cast<QPushButton*>(m_start), m_edit, m_duplicate, m_delete})
        button->setEnabled(chosen);
    const QString name = m_list->currentIndex().data().toString();
    m_start->setAccessibleName(chosen ? tr("Start %1").arg(name) : tr("Start"));
    m_edit->setAccessibleName(chosen ? tr("Edit %1").arg(name) : tr("Edit"));
    m_duplicate->setAccessibleName(chosen ? tr("Duplicate %1").arg(name) : tr("Duplicate"));
    m_delete->setAccessibleName(chosen ? tr("Delete %1").arg(name) : tr("Delete"));
}

void RoutineListPanel::requestFor(void (RoutineListPanel::*signal)(const QString&))
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    hideDeleted(); // the undo offer lasts until the next thing the person does
    Q_EMIT(this->*signal)(id);
}

bool RoutineListPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                requestFor(&RoutineListPanel::startRequested);
                return true;
            }
            if (key->key() == Qt::Key_Delete) {
                requestFor(&RoutineListPanel::deleteRequested);
                return true;
            }
        }
    }
    if (watched == m_list && event->type() == QEvent::FocusIn)
        refreshButtons();
    return QWidget::eventFilter(watched, event);
}

} // namespace limber
