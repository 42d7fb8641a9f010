#pragma once

#include <QDialog>

class QDialogButtonBox;

namespace limber {

struct Exercise;

// Everything about one exercise, with its movement playing in a loop: what a
// person reads once, carefully, before trying it for the first time.
class ExerciseDetailDialog final : public QDialog {
    Q_OBJECT

public:
    ExerciseDetailDialog(const Exercise& exercise, const QString& doseText, QWidget* parent = nullptr);
    // Where app/exercises adds Edit…, Delete… or Make a Copy to Edit….
    QDialogButtonBox* buttonBox() const { return m_buttons; }

private:
    QDialogButtonBox* m_buttons;
};

} // namespace limber
