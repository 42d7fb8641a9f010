#include "exercises/OwnExerciseActions.h"

#include "exercises/ExerciseEditorDialog.h"
#include "exercises/OwnExercises.h"
#include "home/ExerciseDetailDialog.h"
#include "limber/CatalogText.h"
#include "pictures/PictureChecks.h"
#include "pose/PoseLibrary.h"

#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>

namespace limber {

OwnExerciseActions::OwnExerciseActions(Catalog& catalog, QString folder,
                                       std::function<void(const QString& regionId)> changed, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_folder(std::move(folder))
    , m_changed(std::move(changed))
{
}

void OwnExerciseActions::addButtons(const QString& exerciseId, ExerciseDetailDialog* dialog)
{
    const OwnExercises own(m_folder, m_catalog, nullptr);
    QDialogButtonBox* buttons = dialog->buttonBox();
    if (own.isOwn(exerciseId)) {
        QPushButton* editButton = buttons->addButton(tr("&Edit…"), QDialogButtonBox::ActionRole);
        QPushButton* deleteButton = buttons->addButton(tr("&Delete…"), QDialogButtonBox::DestructiveRole);
        connect(editButton, &QPushButton::clicked, dialog, [this, exerciseId, dialog] {
            dialog->close();
            edit(exerciseId, dialog->parentWidget(), false);
        });
        connect(deleteButton, &QPushButton::clicked, dialog, [this, exerciseId, dialog] {
            if (remove(exerciseId, dialog))
                dialog->close();
        });
    } else {
        QPushButton* copyButton = buttons->addButton(tr("&Make a Copy to Edit…"), QDialogButtonBox::ActionRole);
        connect(copyButton, &QPushButton::clicked, dialog, [this, exerciseId, dialog] {
            dialog->close();
            edit(exerciseId, dialog->parentWidget(), true);
        });
    }
}

void OwnExerciseActions::edit(const QString& exerciseId, QWidget* parent, bool asCopy)
{
    const Exercise* found = m_catalog.exercise(exerciseId);
    if (!found)
        return;
    Exercise start = asCopy ? translated(*found) : *found;
    if (asCopy) {
        // A new exercise of the person's, starting from this one's words and figure.
        start.id.clear();
        start.name = tr("%1 (my copy)").arg(start.name);
        if (start.picture.isNone() && PoseLibrary::builtIn().exercise(exerciseId)) {
            start.picture.kind = Picture::Kind::Pose;
            start.picture.pose = exerciseId;
        }
    }
    ExerciseEditorDialog editor(m_catalog, m_folder, &start, parent);
    if (asCopy)
        editor.setWindowTitle(tr("New Exercise"));
    if (editor.exec() != QDialog::Accepted)
        return;
    m_catalog.addExercise(editor.savedExercise());
    m_changed(editor.savedExercise().regionId);
}

bool OwnExerciseActions::remove(const QString& exerciseId, QWidget* parent)
{
    const Exercise* found = m_catalog.exercise(exerciseId);
    if (!found)
        return false;
    const QString regionId = found->regionId;
    const QString question
        = tr("Delete “%1”? Its picture stays in the folder; the exercise is gone from Limber.").arg(found->name);
    const bool yes = m_deleteAsker ? m_deleteAsker(question)
                                   : QMessageBox::question(parent, tr("Delete Exercise?"), question,
                                                           QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    if (!yes)
        return false;
    const OwnExercises own(m_folder, m_catalog, &ImagePictureChecker::instance());
    if (const QString error = own.remove(exerciseId); !error.isEmpty()) {
        QMessageBox::warning(parent, tr("Cannot Delete"), error);
        return false;
    }
    m_catalog.removeExercise(exerciseId);
    m_changed(regionId);
    return true;
}

} // namespace limber
