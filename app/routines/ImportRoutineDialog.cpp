#include "routines/ImportRoutineDialog.h"

#include "routines/RoutineText.h"
#include "style/Appearance.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace limber {

namespace {

QComboBox* replaceOrKeep(const QString& name, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->addItem(ImportRoutineDialog::tr("Keep both"), static_cast<int>(ImportChoice::KeepBoth));
    box->addItem(ImportRoutineDialog::tr("Replace what is there"), static_cast<int>(ImportChoice::Replace));
    box->setAccessibleName(name);
    return box;
}

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ImportRoutineDialog::ImportRoutineDialog(const ArchivePreview& preview, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import a routine"));
    const int gap = appearance::spacing(font());
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(gap);
    const Routine& routine = preview.routine;
    layout->addWidget(appearance::heading(RoutineText::displayName(routine), this, 1.35));
    layout->addWidget(paragraph(tr("From %1").arg(preview.fileName), this));

    QStringList holds;
    const int entries = static_cast<int>(routine.entries.size());
    holds << (entries == 1 ? tr("A routine of 1 exercise") : tr("A routine of %n exercises", "", entries));
    if (!preview.exercises.isEmpty()) {
        QStringList names;
        for (const ArchiveExercise& exercise : preview.exercises)
            names << exercise.name;
        const QString list = names.join(QStringLiteral(", "));
        holds << (names.size() == 1 ? tr("1 exercise of its own: %1").arg(list)
                                    : tr("%n exercises of its own: %1", "", static_cast<int>(names.size())).arg(list));
    }
    if (!preview.pictures.isEmpty())
        holds << (preview.pictures.size() == 1 ? tr("1 picture")
                                               : tr("%n pictures", "", static_cast<int>(preview.pictures.size())));
    if (const QString often = RoutineText::frequency(routine.frequency); !often.isEmpty())
        holds << often;
    auto* held = paragraph(tr("This file holds:") + QStringLiteral("\n• ") + holds.join(QStringLiteral("\n• ")), this);
    held->setObjectName(QStringLiteral("importHolds"));
    layout->addWidget(held);
    if (!routine.notes.isEmpty()) {
        auto* notes = paragraph(routine.notes.left(400), this);
        appearance::setMuted(notes);
        layout->addWidget(notes);
    }

    auto* form = new QFormLayout;
    if (preview.routineIdTaken) {
        m_routineChoice = replaceOrKeep(tr("A routine with this name is saved already"), this);
        form->addRow(paragraph(tr("You already have a routine saved as “%1”.").arg(routine.id), this), m_routineChoice);
    }
    if (!preview.takenExerciseIds.isEmpty() || !preview.takenPicturePaths.isEmpty()) {
        m_exerciseChoice = replaceOrKeep(tr("Exercises and pictures you have already"), this);
        QStringList taken = preview.takenExerciseIds;
        taken << preview.takenPicturePaths;
        form->addRow(paragraph(tr("Already installed: %1").arg(taken.join(QStringLiteral(", "))), this),
                     m_exerciseChoice);
    }
    layout->addLayout(form);
    if (!preview.hasConflicts()) {
        auto* nothing = paragraph(tr("Nothing you have is replaced."), this);
        appearance::setMuted(nothing);
        layout->addWidget(nothing);
    }
    if (!preview.missingExerciseIds.isEmpty()) {
        auto* missing = paragraph(tr("Not in your catalog, left out when the routine is planned: %1")
                                      .arg(preview.missingExerciseIds.join(QStringLiteral(", "))),
                                  this);
        layout->addWidget(missing);
    }
    if (!preview.exercises.isEmpty()) {
        auto* restart = paragraph(tr("Exercises new to Limber appear after Limber is started again."), this);
        appearance::setMuted(restart);
        layout->addWidget(restart);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

ImportChoices ImportRoutineDialog::choices() const
{
    ImportChoices choices;
    if (m_routineChoice)
        choices.routine = static_cast<ImportChoice>(m_routineChoice->currentData().toInt());
    if (m_exerciseChoice)
        choices.exercisesByDefault = static_cast<ImportChoice>(m_exerciseChoice->currentData().toInt());
    return choices;
}

} // namespace limber
