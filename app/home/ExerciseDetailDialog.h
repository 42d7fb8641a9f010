#pragma once

#include <QDialog>

namespace limber {

struct Exercise;

// Everything about one exercise, with its movement playing in a loop: what a
// person reads once, carefully, before trying it for the first time.
class ExerciseDetailDialog final : public QDialog {
    Q_OBJECT

public:
    ExerciseDetailDialog(const Exercise& exercise, const QString& doseText, QWidget* parent = nullptr);
};

} // namespace limber
