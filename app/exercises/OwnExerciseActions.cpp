#include "exercises/OwnExerciseActions.h"

#include "exercises/ExerciseEditorDialog.h"
#include "exercises/OwnExercises.h"
#include "home/ExerciseDetailDialog.h"
#include "limber/CatalogText.h"
#include "pictures/PictureChecks.h"
#include "pose/PoseLibrary.h"
#include "routines/RoutineText.h"

#include "limber/routines/RoutineStore.h"

#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>
#include <utility>

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

QStringList OwnExerciseActions::routinesUsing(const QString& exerciseId) const
{
    QStringList names;
    if (!m_routines)
        return names;
    for (const Routine& routine : m_routines->routines()) {
        const bool uses = std::any_of(routine.entries.cbegin(), routine.entries.cend(),
                                      [&](const RoutineEntry& entry) { return entry.exerciseId == exerciseId; });
        if (uses)
            names.append(tr("“%1”").arg(RoutineText::displayName(routine)));
    }
    return names;
}

bool OwnExerciseActions::remove(const QString& exerciseId, QWidget* parent)
{
    const Exercise* found = m_catalog.exercise(exerciseId);
    if (!found)
        return false;
    const Exercise removed = *found;
    const QString regionId = found->regionId;
    // A routine keeps its entry (the reader and the planner skip an id that
    // is not installed): it shows as missing and comes back with the exercise.
    const QStringList users = routinesUsing(exerciseId);
    QString question
        = tr("Delete “%1”? Its picture stays in the folder; the exercise is gone from Limber.").arg(found->name);
    if (!users.isEmpty())
        question += QStringLiteral("\n\n")
            + tr("Used by %n routine(s): %1. They keep its place and dose, shown as “not in the catalog” and "
                 "left out of their sessions until the exercise is back.",
                 "", static_cast<int>(users.size()))
                  .arg(users.join(tr(", ")));
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
    m_removed = removed;
    m_catalog.removeExercise(exerciseId);
    m_changed(regionId);
    if (!users.isEmpty() && askUndo(removed.name, users, parent)) {
        if (const QString error = undoRemove(); !error.isEmpty())
            QMessageBox::warning(parent, tr("Cannot Undo"), error);
    }
    return true;
}

bool OwnExerciseActions::askUndo(const QString& name, const QStringList& users, QWidget* parent) const
{
    const QString message
        = tr("“%1” is deleted. %n routine(s) now show it as missing: %2.", "", static_cast<int>(users.size()))
              .arg(name, users.join(tr(", ")));
    if (m_undoAsker)
        return m_undoAsker(message);
    QMessageBox box(QMessageBox::Information, tr("Exercise Deleted"), message, QMessageBox::Ok, parent);
    QPushButton* undo = box.addButton(tr("&Undo"), QMessageBox::ResetRole);
    box.setDefaultButton(QMessageBox::Ok);
    box.exec();
    return box.clickedButton() == undo;
}

QString OwnExerciseActions::undoRemove()
{
    if (!m_removed)
        return {};
    const Exercise exercise = *std::exchange(m_removed, std::nullopt);
    const OwnExercises own(m_folder, m_catalog, &ImagePictureChecker::instance());
    Exercise saved;
    if (QString error = own.save(exercise, QString(), &saved); !error.isEmpty())
        return error;
    m_catalog.addExercise(saved);
    m_changed(saved.regionId);
    return {};
}

} // namespace limber
