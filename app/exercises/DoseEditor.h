#pragma once

#include "limber/Catalog.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace limber {

// The dose part of the exercise editor: a hold (seconds, sets, per side) or
// repetitions (a count and the phases of one repetition, each with a label,
// a length and what the breath does).
class DoseEditor final : public QWidget {
    Q_OBJECT
public:
    explicit DoseEditor(QWidget* parent = nullptr);

    Dose dose() const;
    void setDose(const Dose& dose);
    bool isPerSide() const;
    QTableWidget* phaseTable() const { return m_phases; }
    void addPhase(const QString& label, double seconds, Breath breath);

Q_SIGNALS:
    void changed();

private:
    QComboBox* m_type;
    QStackedWidget* m_pages;
    QSpinBox* m_holdSeconds;
    QSpinBox* m_sets;
    QCheckBox* m_perSide;
    QSpinBox* m_reps;
    QTableWidget* m_phases;
};

} // namespace limber
