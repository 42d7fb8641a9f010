#include "exercises/DoseEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace limber {

namespace {
// The catalog validator's own bounds, so the editor never offers what the loader refuses.
constexpr int MaxHoldSeconds = CatalogLimits::MaxHoldSeconds;
constexpr int MaxSets = CatalogLimits::MaxSets;
constexpr int MaxReps = CatalogLimits::MaxReps;
constexpr int MaxPhases = CatalogLimits::MaxPhases;
} // namespace

DoseEditor::DoseEditor(QWidget* parent)
    : QWidget(parent)
    , m_type(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_holdSeconds(new QSpinBox(this))
    , m_sets(new QSpinBox(this))
    , m_perSide(new QCheckBox(tr("Each side"), this))
    , m_reps(new QSpinBox(this))
    , m_phases(new QTableWidget(0, 3, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_type->addItem(tr("Hold"));
    m_type->addItem(tr("Repetitions"));
    m_type->setAccessibleName(tr("Kind of dose"));
    layout->addWidget(m_type);
    layout->addWidget(m_pages);

    auto* hold = new QWidget(m_pages);
    auto* holdForm = new QFormLayout(hold);
    m_holdSeconds->setRange(1, MaxHoldSeconds);
    m_holdSeconds->setValue(30);
    m_holdSeconds->setSuffix(tr(" s"));
    m_holdSeconds->setAccessibleName(tr("Hold for"));
    m_sets->setRange(1, MaxSets);
    m_sets->setAccessibleName(tr("Sets"));
    m_perSide->setAccessibleName(tr("Each side"));
    holdForm->addRow(tr("Hold &for"), m_holdSeconds);
    holdForm->addRow(tr("S&ets"), m_sets);
    holdForm->addRow(QString(), m_perSide);
    m_pages->addWidget(hold);

    auto* reps = new QWidget(m_pages);
    auto* repsLayout = new QVBoxLayout(reps);
    auto* repsForm = new QFormLayout;
    m_reps->setRange(1, MaxReps);
    m_reps->setValue(10);
    m_reps->setAccessibleName(tr("Repetitions"));
    repsForm->addRow(tr("Rep&etitions"), m_reps);
    repsLayout->addLayout(repsForm);
    m_phases->setHorizontalHeaderLabels({tr("Phase"), tr("Seconds"), tr("Breath")});
    m_phases->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_phases->verticalHeader()->hide();
    m_phases->setAccessibleName(tr("Phases of one repetition"));
    m_phases->setMinimumHeight(110);
    repsLayout->addWidget(m_phases);
    auto* phaseButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add p&hase"), reps);
    auto* remove = new QPushButton(tr("Remo&ve phase"), reps);
    phaseButtons->addWidget(add);
    phaseButtons->addWidget(remove);
    phaseButtons->addStretch();
    repsLayout->addLayout(phaseButtons);
    m_pages->addWidget(reps);

    connect(add, &QPushButton::clicked, this, [this] {
        if (m_phases->rowCount() < MaxPhases)
            addPhase(QString(), 2.0, Breath::None);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        // At least one phase: a repetition is something done.
        if (m_phases->rowCount() > 1 && m_phases->currentRow() >= 0) {
            m_phases->removeRow(m_phases->currentRow());
            Q_EMIT changed();
        }
    });
    connect(m_type, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_type, &QComboBox::currentIndexChanged, this, &DoseEditor::changed);
    for (QSpinBox* spin : {m_holdSeconds, m_sets, m_reps})
        connect(spin, &QSpinBox::valueChanged, this, &DoseEditor::changed);
    connect(m_perSide, &QCheckBox::toggled, this, &DoseEditor::changed);
    connect(m_phases, &QTableWidget::itemChanged, this, &DoseEditor::changed);
    addPhase(tr("Breathe in and move"), 3.0, Breath::In);
    addPhase(tr("Breathe out and come back"), 3.0, Breath::Out);
}

void DoseEditor::addPhase(const QString& label, double seconds, Breath breath)
{
    const int row = m_phases->rowCount();
    m_phases->insertRow(row);
    m_phases->setItem(row, 0, new QTableWidgetItem(label));
    auto* length = new QDoubleSpinBox(m_phases);
    length->setRange(0.5, 60.0);
    length->setSingleStep(0.5);
    length->setDecimals(1);
    length->setValue(seconds);
    length->setAccessibleName(tr("Seconds"));
    m_phases->setCellWidget(row, 1, length);
    auto* breathBox = new QComboBox(m_phases);
    breathBox->addItem(tr("None"), QVariant::fromValue(static_cast<int>(Breath::None)));
    breathBox->addItem(tr("In"), QVariant::fromValue(static_cast<int>(Breath::In)));
    breathBox->addItem(tr("Out"), QVariant::fromValue(static_cast<int>(Breath::Out)));
    breathBox->setCurrentIndex(breathBox->findData(static_cast<int>(breath)));
    breathBox->setAccessibleName(tr("Breath"));
    m_phases->setCellWidget(row, 2, breathBox);
    connect(length, &QDoubleSpinBox::valueChanged, this, &DoseEditor::changed);
    connect(breathBox, &QComboBox::currentIndexChanged, this, &DoseEditor::changed);
    Q_EMIT changed();
}

Dose DoseEditor::dose() const
{
    Dose dose;
    if (m_type->currentIndex() == 0) {
        dose.type = Dose::Type::Hold;
        dose.hold.holdMs = m_holdSeconds->value() * 1000;
        dose.hold.sets = m_sets->value();
        dose.hold.perSide = m_perSide->isChecked();
        return dose;
    }
    dose.type = Dose::Type::Repetitions;
    dose.repetitions.reps = dose.repetitions.minReps = dose.repetitions.maxReps = m_reps->value();
    for (int row = 0; row < m_phases->rowCount(); ++row) {
        Phase phase;
        phase.id = u"phase-"_s + QString::number(row + 1);
        phase.label = m_phases->item(row, 0) ? m_phases->item(row, 0)->text().trimmed() : QString();
        phase.durationMs = qRound(qobject_cast<QDoubleSpinBox*>(m_phases->cellWidget(row, 1))->value() * 1000);
        phase.breath
            = static_cast<Breath>(qobject_cast<QComboBox*>(m_phases->cellWidget(row, 2))->currentData().toInt());
        dose.repetitions.phases.append(phase);
    }
    return dose;
}

void DoseEditor::setDose(const Dose& dose)
{
    if (dose.type == Dose::Type::Hold) {
        m_type->setCurrentIndex(0);
        m_holdSeconds->setValue(dose.hold.holdMs / 1000);
        m_sets->setValue(dose.hold.sets);
        m_perSide->setChecked(dose.hold.perSide);
        return;
    }
    m_type->setCurrentIndex(1);
    m_reps->setValue(dose.repetitions.reps);
    m_phases->setRowCount(0);
    for (const Phase& phase : dose.repetitions.phases)
        addPhase(phase.label, phase.durationMs / 1000.0, phase.breath);
}

bool DoseEditor::isPerSide() const
{
    return m_type->currentIndex() == 0 && m_perSide->isChecked();
}

} // namespace limber
