#pragma once

#include "limber/Plan.h"
#include "limber/routines/Routine.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace limber {

class Catalog;

// The dose of the chosen entry: hold, sets, sides, repetitions, tempo, rests
// and a note, each bounded by RoutineLimits. A field left at its lowest value
// reads "As usual (30 s)": the catalog's dose (and the person's settings)
// then apply. Every keystroke is announced by entryChanged().
class EntryDoseEditor final : public QWidget {
    Q_OBJECT

public:
    explicit EntryDoseEditor(const Catalog& catalog, QWidget* parent = nullptr);

    // What "as usual" means: the settings' hold length, rests and pace.
    void setBaseOptions(const PlanOptions& options);
    // Shows `entry`; an empty id (no entry chosen) disables every field.
    void setEntry(const RoutineEntry& entry);
    RoutineEntry entry() const { return m_entry; }

    QSpinBox* holdField() const { return m_hold; }
    QSpinBox* setsField() const { return m_sets; }
    QComboBox* sidesField() const { return m_sides; }
    QSpinBox* repetitionsField() const { return m_reps; }
    QDoubleSpinBox* tempoField() const { return m_tempo; }
    QSpinBox* restField() const { return m_rest; }
    QSpinBox* restAfterField() const { return m_restAfter; }
    QLineEdit* noteField() const { return m_note; }

Q_SIGNALS:
    void entryChanged(const limber::RoutineEntry& entry);

private:
    void readFields();
    void showDefaults(const Exercise& exercise);

    const Catalog& m_catalog;
    PlanOptions m_options;
    RoutineEntry m_entry;
    QLabel* m_title;
    QFormLayout* m_form;
    QSpinBox* m_hold;
    QSpinBox* m_sets;
    QComboBox* m_sides;
    QSpinBox* m_reps;
    QDoubleSpinBox* m_tempo;
    QSpinBox* m_rest;
    QSpinBox* m_restAfter;
    QLineEdit* m_note;
};

} // namespace limber
