#include "routines/EntryDoseEditor.h"

#include "style/Appearance.h"
#include "text/DurationText.h"

#include "limber/Catalog.h"
#include "limber/CatalogText.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace limber {

namespace {

using L = RoutineLimits;

// One below the lowest real value stands for "not set": the spin box shows
// its special text there, and typing a number sets it.
QSpinBox* boundedSpin(int lowest, int highest, const QString& suffix, const QString& name, QWidget* parent)
{
    auto* spin = new QSpinBox(parent);
    spin->setRange(lowest - 1, highest);
    spin->setSuffix(suffix);
    spin->setAccessibleName(name);
    spin->setKeyboardTracking(true); // the total follows each digit typed
    return spin;
}

std::optional<int> setValue(const QSpinBox* spin)
{
    return spin->value() == spin->minimum() ? std::nullopt : std::optional<int>(spin->value());
}

void showValue(QSpinBox* spin, std::optional<int> value)
{
    spin->setValue(value ? std::clamp(*value, spin->minimum() + 1, spin->maximum()) : spin->minimum());
}

} // namespace

EntryDoseEditor::EntryDoseEditor(const Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_title(appearance::heading(QString(), this, 1.1))
    , m_form(new QFormLayout)
    , m_hold(boundedSpin(L::MinHoldSeconds, L::MaxHoldSeconds, tr(" s"), tr("Hold, in seconds"), this))
    , m_sets(boundedSpin(L::MinSets, L::MaxSets, QString(), tr("Holds"), this))
    , m_sides(new QComboBox(this))
    , m_reps(boundedSpin(L::MinRepetitions, L::MaxRepetitions, QString(), tr("Repetitions"), this))
    , m_tempo(new QDoubleSpinBox(this))
    , m_rest(boundedSpin(L::MinRestSeconds, L::MaxRestSeconds, tr(" s"), tr("Rest between holds, in seconds"), this))
    , m_restAfter(
          boundedSpin(L::MinRestSeconds, L::MaxRestSeconds, tr(" s"), tr("Rest after this exercise, in seconds"), this))
    , m_note(new QLineEdit(this))
{
    m_title->setWordWrap(true);
    m_sides->addItem(tr("As usual"));
    m_sides->addItem(tr("Each side in turn"));
    m_sides->addItem(tr("Both sides at once"));
    m_sides->setAccessibleName(tr("Sides"));
    m_tempo->setRange(L::MinPhaseScale - 0.1, L::MaxPhaseScale);
    m_tempo->setSingleStep(0.1);
    m_tempo->setDecimals(1);
    m_tempo->setSuffix(tr(" × as long"));
    m_tempo->setSpecialValueText(tr("Usual pace"));
    m_tempo->setAccessibleName(tr("Tempo: each movement this many times as long"));
    m_tempo->setKeyboardTracking(true);
    m_note->setPlaceholderText(tr("e.g. from my physio: stop if it tingles"));
    m_note->setMaxLength(L::MaxNotesLength);
    m_note->setAccessibleName(tr("Note for this exercise"));

    m_form->addRow(tr("&Hold"), m_hold);
    m_form->addRow(tr("Ho&lds"), m_sets);
    m_form->addRow(tr("S&ides"), m_sides);
    m_form->addRow(tr("Re&petitions"), m_reps);
    m_form->addRow(tr("&Tempo"), m_tempo);
    m_form->addRow(tr("Rest &between"), m_rest);
    m_form->addRow(tr("Rest &after"), m_restAfter);
    m_form->addRow(tr("N&ote"), m_note);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    for (QSpinBox* spin : {m_hold, m_sets, m_reps, m_rest, m_restAfter})
        connect(spin, &QSpinBox::valueChanged, this, &EntryDoseEditor::readFields);
    connect(m_tempo, &QDoubleSpinBox::valueChanged, this, &EntryDoseEditor::readFields);
    connect(m_sides, &QComboBox::currentIndexChanged, this, &EntryDoseEditor::readFields);
    connect(m_note, &QLineEdit::textChanged, this, &EntryDoseEditor::readFields);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    setEntry({});
}

void EntryDoseEditor::setBaseOptions(const PlanOptions& options)
{
    m_options = options;
    setEntry(m_entry);
}

void EntryDoseEditor::showDefaults(const Exercise& exercise)
{
    // "As usual" shows what the planner would do without the override.
    const Plan usual = Planner(m_catalog).plan(QStringList {exercise.id}, m_options);
    qint64 usualHoldMs = 0;
    for (const Step& step : usual.steps) {
        if (step.kind == StepKind::Hold) {
            usualHoldMs = step.durationMs;
            break;
        }
    }
    const auto usualText = [](const QString& value) {
        //: a dose field left as the catalog says, e.g. "As usual (30 s)"
        return tr("As usual (%1)").arg(value);
    };
    const bool hold = exercise.dose.type == Dose::Type::Hold;
    m_hold->setSpecialValueText(usualText(DurationText::exact(usualHoldMs)));
    const int maxHold = hold && exercise.dose.hold.maxHoldMs ? *exercise.dose.hold.maxHoldMs / 1000 : L::MaxHoldSeconds;
    m_hold->setMaximum(std::clamp(maxHold, L::MinHoldSeconds, L::MaxHoldSeconds));
    m_hold->setToolTip(
        exercise.dose.hold.maxHoldMs
            ? tr("This exercise is held for at most %1.").arg(DurationText::exact(*exercise.dose.hold.maxHoldMs))
            : QString());
    m_sets->setSpecialValueText(usualText(QString::number(exercise.dose.hold.sets)));
    m_sides->setItemText(0, usualText(exercise.dose.hold.perSide ? tr("each side") : tr("both at once")));
    m_reps->setSpecialValueText(usualText(QString::number(exercise.dose.repetitions.reps)));
    m_rest->setSpecialValueText(usualText(DurationText::exact(m_options.restBetweenHoldsMs)));
    m_restAfter->setSpecialValueText(usualText(DurationText::exact(m_options.restBetweenExercisesMs)));
    m_form->setRowVisible(m_hold, hold);
    m_form->setRowVisible(m_sets, hold);
    m_form->setRowVisible(m_sides, hold);
    m_form->setRowVisible(m_rest, hold);
    m_form->setRowVisible(m_reps, !hold);
    m_form->setRowVisible(m_tempo, !hold);
}

void EntryDoseEditor::setEntry(const RoutineEntry& entry)
{
    m_entry = entry;
    const Exercise* exercise = m_catalog.exercise(entry.exerciseId);
    setEnabled(exercise != nullptr);
    m_title->setText(exercise ? catalogText(exercise->name) : tr("Choose an exercise of the routine to set its dose"));
    if (!exercise)
        return;
    const QSignalBlocker blockers[] {QSignalBlocker(m_hold), QSignalBlocker(m_sets),     QSignalBlocker(m_sides),
                                     QSignalBlocker(m_reps), QSignalBlocker(m_tempo),    QSignalBlocker(m_rest),
                                     QSignalBlocker(m_note), QSignalBlocker(m_restAfter)};
    showDefaults(*exercise);
    const DoseOverride& dose = entry.dose;
    showValue(m_hold, dose.holdSeconds);
    showValue(m_sets, dose.sets);
    m_sides->setCurrentIndex(!dose.perSide ? 0 : (*dose.perSide ? 1 : 2));
    showValue(m_reps, dose.repetitions);
    m_tempo->setValue(dose.phaseScale ? std::clamp(*dose.phaseScale, L::MinPhaseScale, L::MaxPhaseScale)
                                      : m_tempo->minimum());
    showValue(m_rest, dose.restSeconds);
    showValue(m_restAfter, dose.restAfterSeconds);
    m_note->setText(entry.note);
}

void EntryDoseEditor::readFields()
{
    if (m_entry.exerciseId.isEmpty())
        return;
    const Exercise* exercise = m_catalog.exercise(m_entry.exerciseId);
    const bool hold = exercise && exercise->dose.type == Dose::Type::Hold;
    DoseOverride dose;
    // Only the fields this kind of dose has: a hidden field keeps no stale value.
    if (hold) {
        dose.holdSeconds = setValue(m_hold);
        dose.sets = setValue(m_sets);
        if (m_sides->currentIndex() > 0)
            dose.perSide = m_sides->currentIndex() == 1;
        dose.restSeconds = setValue(m_rest);
    } else {
        dose.repetitions = setValue(m_reps);
        if (m_tempo->value() >= L::MinPhaseScale)
            dose.phaseScale = m_tempo->value();
    }
    dose.restAfterSeconds = setValue(m_restAfter);
    RoutineEntry changed {m_entry.exerciseId, dose, m_note->text()};
    if (changed == m_entry)
        return;
    m_entry = changed;
    Q_EMIT entryChanged(m_entry);
}

} // namespace limber
