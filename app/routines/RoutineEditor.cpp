#include "routines/RoutineEditor.h"

#include "routines/CatalogPicker.h"
#include "routines/EntryDoseEditor.h"
#include "routines/EntryListModel.h"
#include "routines/KeyboardReorder.h"
#include "routines/RoutineText.h"
#include "style/Appearance.h"
#include "text/DurationText.h"
#include "widgets/ActionButton.h"

#include "limber/Catalog.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace limber {

RoutineEditor::RoutineEditor(const Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_title(appearance::heading(QString(), this, 1.6))
    , m_name(new QLineEdit(this))
    , m_timesPerDay(new QSpinBox(this))
    , m_daysPerWeek(new QSpinBox(this))
    , m_picker(new CatalogPicker(catalog, this))
    , m_model(new EntryListModel(catalog, this))
    , m_entries(new QListView(this))
    , m_up(new ActionButton(tr("Move up"), this))
    , m_down(new ActionButton(tr("Move down"), this))
    , m_remove(new ActionButton(tr("Remove"), this))
    , m_dose(new EntryDoseEditor(catalog, this))
    , m_total(new QLabel(this))
    , m_timeline(new QListWidget(this))
    , m_notes(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_save(new ActionButton(tr("Save routine"), this))
    , m_cancel(new ActionButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("routineEditor"));
    setAccessibleName(tr("Routine editor"));
    const int gap = appearance::spacing(font());

    m_name->setPlaceholderText(tr("e.g. Morning routine from my physio"));
    m_name->setMaxLength(RoutineLimits::MaxNameLength);
    m_name->setAccessibleName(tr("Routine name"));
    auto* nameLabel = new QLabel(tr("&Name"), this);
    nameLabel->setBuddy(m_name);
    m_timesPerDay->setRange(0, RoutineLimits::MaxTimesPerDay);
    m_timesPerDay->setSpecialValueText(tr("Not said"));
    m_timesPerDay->setSuffix(tr(" a day"));
    m_timesPerDay->setAccessibleName(tr("How many times a day"));
    m_daysPerWeek->setRange(0, 7);
    m_daysPerWeek->setSpecialValueText(tr("Not said"));
    m_daysPerWeek->setSuffix(tr(" days a week"));
    m_daysPerWeek->setAccessibleName(tr("How many days a week"));
    auto* oftenLabel = new QLabel(tr("How &often"), this);
    oftenLabel->setBuddy(m_timesPerDay);

    auto* header = new QGridLayout;
    header->setHorizontalSpacing(gap);
    header->addWidget(m_title, 0, 0, 1, 5);
    header->addWidget(nameLabel, 1, 0);
    header->addWidget(m_name, 1, 1);
    header->addWidget(oftenLabel, 1, 2);
    header->addWidget(m_timesPerDay, 1, 3);
    header->addWidget(m_daysPerWeek, 1, 4);
    header->setColumnStretch(1, 1);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(gap * 3);
    columns->addWidget(m_picker, 3);
    columns->addWidget(buildEntriesColumn(), 4);
    columns->addWidget(buildPreviewColumn(), 3);

    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("routineProblem"));
    m_problem->hide();
    m_save->setEmphasis(ActionButton::Emphasis::Primary);
    m_save->setObjectName(QStringLiteral("saveRoutineButton"));
    m_save->setAutoDefault(false);
    m_save->setKeyHint(tr("Ctrl+S"));
    m_cancel->setAutoDefault(false);
    for (QPushButton* button : {static_cast<QPushButton*>(m_save), m_cancel})
        button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_save->setMinimumWidth(fontMetrics().height() * 10);
    connect(m_save, &QPushButton::clicked, this, &RoutineEditor::save);
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, &RoutineEditor::save);
    connect(m_cancel, &QPushButton::clicked, this, &RoutineEditor::requestClose);
    auto* footer = new QHBoxLayout;
    footer->setObjectName(QStringLiteral("editorFooter"));
    footer->addWidget(m_problem, 1);
    footer->addStretch(0);
    footer->addWidget(m_cancel);
    footer->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(gap * 4, gap * 3, gap * 4, gap * 3);
    layout->setSpacing(gap * 2);
    layout->addLayout(header);
    layout->addLayout(columns, 1);
    layout->addLayout(footer);

    connect(m_picker, &CatalogPicker::addRequested, this, &RoutineEditor::addExercise);
    connect(m_model, &EntryListModel::entriesChanged, this, &RoutineEditor::replan);
    connect(m_name, &QLineEdit::textChanged, this, &RoutineEditor::replan);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &RoutineEditor::replan);
    connect(m_timesPerDay, &QSpinBox::valueChanged, this, &RoutineEditor::replan);
    connect(m_daysPerWeek, &QSpinBox::valueChanged, this, &RoutineEditor::replan);
    connect(m_entries->selectionModel(), &QItemSelectionModel::currentChanged, this, &RoutineEditor::showCurrentEntry);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &RoutineEditor::showCurrentEntry);
    connect(m_dose, &EntryDoseEditor::entryChanged, this,
            [this](const RoutineEntry& entry) { m_model->replace(m_entries->currentIndex().row(), entry); });

    setTabOrder(m_name, m_timesPerDay);
    setTabOrder(m_timesPerDay, m_daysPerWeek);
    setTabOrder(m_daysPerWeek, m_picker->searchField());
    edit({}, true);
}

QWidget* RoutineEditor::buildEntriesColumn()
{
    auto* column = new QWidget(this);
    const int gap = appearance::spacing(font());
    auto* title = appearance::heading(tr("In this routine"), column, 1.15);
    m_entries->setParent(column);
    m_entries->setModel(m_model);
    m_entries->setObjectName(QStringLiteral("routineEntries"));
    m_entries->setAccessibleName(tr("Exercises in this routine"));
    m_entries->setAccessibleDescription(tr("Alt+Up and Alt+Down move the chosen exercise; Delete removes it."));
    m_entries->setDragDropMode(QAbstractItemView::InternalMove);
    m_entries->setDefaultDropAction(Qt::MoveAction);
    m_entries->setSelectionMode(QAbstractItemView::SingleSelection);
    m_entries->setWordWrap(true);
    m_entries->setSpacing(2);
    KeyboardReorder::install(m_entries);
    m_up->setAccessibleDescription(tr("Alt+Up"));
    m_down->setAccessibleDescription(tr("Alt+Down"));
    m_remove->setAccessibleDescription(tr("Remove the chosen exercise from the routine"));
    for (QPushButton* button : {m_up, m_down, m_remove})
        button->setAutoDefault(false);
    connect(m_up, &QPushButton::clicked, this, [this] { KeyboardReorder::moveCurrent(m_entries, -1); });
    connect(m_down, &QPushButton::clicked, this, [this] { KeyboardReorder::moveCurrent(m_entries, 1); });
    connect(m_remove, &QPushButton::clicked, this, [this] { m_model->remove(m_entries->currentIndex().row()); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);

    auto* doseFrame = new QFrame(column);
    doseFrame->setFrameShape(QFrame::StyledPanel);
    auto* doseLayout = new QVBoxLayout(doseFrame);
    doseLayout->setContentsMargins(gap, gap, gap, gap);
    doseLayout->addWidget(m_dose);

    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(gap);
    layout->addWidget(title);
    layout->addWidget(m_entries, 1);
    layout->addLayout(buttons);
    layout->addWidget(doseFrame);
    return column;
}

QWidget* RoutineEditor::buildPreviewColumn()
{
    auto* column = new QWidget(this);
    const int gap = appearance::spacing(font());
    auto* title = appearance::heading(tr("Timeline"), column, 1.15);
    m_total->setObjectName(QStringLiteral("routineTotal"));
    m_total->setFont(appearance::scaledFont(font(), 1.05, QFont::DemiBold));
    m_timeline->setParent(column);
    m_timeline->setObjectName(QStringLiteral("routineTimeline"));
    m_timeline->setAccessibleName(tr("Timeline of the session"));
    m_timeline->setSelectionMode(QAbstractItemView::NoSelection);
    m_timeline->setFocusPolicy(Qt::StrongFocus);
    m_timeline->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_timeline->setTextElideMode(Qt::ElideRight);
    auto* notesLabel = new QLabel(tr("No&tes"), column);
    notesLabel->setBuddy(m_notes);
    m_notes->setParent(column);
    m_notes->setPlaceholderText(tr("What this routine is for, what your physiotherapist said…"));
    m_notes->setAccessibleName(tr("Notes for the whole routine"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().height() * 6);

    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(gap);
    layout->addWidget(title);
    layout->addWidget(m_total);
    layout->addWidget(m_timeline, 1);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes);
    return column;
}

void RoutineEditor::edit(const Routine& routine, bool isNew)
{
    m_original = routine;
    m_title->setText(isNew ? tr("New routine") : tr("Edit “%1”").arg(RoutineText::displayName(routine)));
    m_name->setText(routine.name);
    m_timesPerDay->setValue(routine.frequency.timesPerDay);
    m_daysPerWeek->setValue(routine.frequency.daysPerWeek);
    m_notes->setPlainText(routine.notes);
    m_model->setEntries(routine.entries);
    m_problem->hide();
    if (m_model->rowCount() > 0)
        m_entries->setCurrentIndex(m_model->index(0, 0));
    showCurrentEntry();
    replan();
}

void RoutineEditor::setBaseOptions(const PlanOptions& options)
{
    m_options = options;
    m_dose->setBaseOptions(options);
    replan();
}

Routine RoutineEditor::routine() const
{
    Routine routine = m_original;
    routine.name = m_name->text().trimmed();
    routine.notes = m_notes->toPlainText().left(RoutineLimits::MaxNotesLength);
    routine.entries = m_model->entries();
    routine.frequency = {m_timesPerDay->value(), m_daysPerWeek->value()};
    return routine;
}

bool RoutineEditor::isModified() const
{
    return routine() != m_original;
}

void RoutineEditor::markSaved(const Routine& saved)
{
    m_original = saved;
    m_problem->hide();
}

void RoutineEditor::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void RoutineEditor::addExercise(const QString& exerciseId)
{
    const int row = m_model->append(exerciseId);
    if (row < 0) {
        showProblem(tr("A routine holds at most %n exercises.", "", RoutineLimits::MaxEntries));
        return;
    }
    m_entries->setCurrentIndex(m_model->index(row, 0));
}

void RoutineEditor::showCurrentEntry()
{
    const int row = m_entries->currentIndex().row();
    const bool chosen = row >= 0 && row < m_model->rowCount();
    m_dose->setEntry(chosen ? m_model->entries().at(row) : RoutineEntry {});
    m_up->setEnabled(chosen && row > 0);
    m_down->setEnabled(chosen && row + 1 < m_model->rowCount());
    m_remove->setEnabled(chosen);
}

void RoutineEditor::replan()
{
    m_plan = Planner(m_catalog).plan(routine(), m_options);
    if (m_plan.isEmpty()) {
        m_total->setText(tr("Add exercises from the list on the left."));
    } else {
        //: the routine's planned length while editing, e.g. "4 exercises · about 6 min"
        const int count = static_cast<int>(m_plan.exerciseIds.size());
        const QString length = DurationText::approximate(m_plan.totalMs);
        m_total->setText(count == 1 ? tr("1 exercise · about %1").arg(length)
                                    : tr("%n exercises · about %1", "", count).arg(length));
    }
    m_total->setAccessibleName(m_total->text());
    m_timeline->clear();
    m_timeline->addItems(RoutineText::timeline(m_plan, m_catalog));
    const int row = m_entries->currentIndex().row();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
    m_remove->setEnabled(row >= 0);
    m_save->setEnabled(isModified() || m_original.id.isEmpty());
}

void RoutineEditor::save()
{
    const Routine edited = routine();
    if (edited.name.isEmpty()) {
        showProblem(tr("Give the routine a name, so you can find it on home."));
        m_name->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (edited.entries.isEmpty()) {
        showProblem(tr("Add at least one exercise."));
        m_picker->searchField()->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_problem->hide();
    Q_EMIT saveRequested(edited);
}

QPushButton* RoutineEditor::saveButton() const
{
    return m_save;
}

void RoutineEditor::setUnsavedChangesAsker(std::function<QMessageBox::StandardButton()> asker)
{
    m_asker = std::move(asker);
}

QMessageBox::StandardButton RoutineEditor::askAboutUnsaved()
{
    if (m_asker)
        return m_asker();
    QMessageBox box(QMessageBox::Question, tr("Save the changes?"),
                    tr("“%1” has changes that are not saved yet.").arg(RoutineText::displayName(routine())),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Save);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

bool RoutineEditor::requestClose()
{
    if (isModified()) {
        switch (askAboutUnsaved()) {
        case QMessageBox::Save:
            save();
            // The owner closes the editor once the routine is on disk; a refusal keeps it open.
            return !isModified();
        case QMessageBox::Discard:
            break;
        default:
            return false;
        }
    }
    Q_EMIT closed();
    return true;
}

void RoutineEditor::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        requestClose();
        return;
    }
    if (event->key() == Qt::Key_Delete && m_entries->hasFocus()) {
        m_model->remove(m_entries->currentIndex().row());
        return;
    }
    QWidget::keyPressEvent(event);
}

void RoutineEditor::catalogChanged()
{
    m_picker->reload();
    // An entry's exercise may have come (an import) or gone (deleted): its row says so.
    if (const int rows = m_model->rowCount(); rows > 0)
        Q_EMIT m_model->dataChanged(m_model->index(0, 0), m_model->index(rows - 1, 0));
    showCurrentEntry();
    replan();
}

void RoutineEditor::addFooterButton(QPushButton* button)
{
    auto* footer = findChild<QHBoxLayout*>(QStringLiteral("editorFooter"));
    button->setParent(this);
    footer->insertWidget(footer->indexOf(m_cancel), button);
    setTabOrder(button, m_cancel);
}

} // namespace limber
