#pragma once

#include "limber/routines/RoutineArchive.h"

#include <QDialog>

class QComboBox;

namespace limber {

// Before a .limber file is imported: what it holds (the routine, its
// exercises and pictures) and what it would replace, with the choice to
// replace or keep both for each clash. Nothing is written until Import.
class ImportRoutineDialog final : public QDialog {
    Q_OBJECT

public:
    explicit ImportRoutineDialog(const ArchivePreview& preview, QWidget* parent = nullptr);

    ImportChoices choices() const;
    QComboBox* routineChoice() const { return m_routineChoice; }
    QComboBox* exerciseChoice() const { return m_exerciseChoice; }

private:
    QComboBox* m_routineChoice = nullptr;
    QComboBox* m_exerciseChoice = nullptr;
};

} // namespace limber
