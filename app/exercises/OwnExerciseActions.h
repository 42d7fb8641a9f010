#pragma once

#include "limber/Catalog.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QWidget;

namespace limber {

class ExerciseDetailDialog;
class RoutineStore;

// The buttons an exercise's details get: Edit… and Delete… for the person's
// own exercises (those in my-exercises.json), Make a Copy to Edit… for the
// others, which belong to Limber or to another file. LimberApp owns it and
// keeps the catalog; `changed` tells it which region to show again.
class OwnExerciseActions final : public QObject {
    Q_OBJECT
public:
    OwnExerciseActions(Catalog& catalog, QString folder, std::function<void(const QString& regionId)> changed,
                       QObject* parent = nullptr);

    void addButtons(const QString& exerciseId, ExerciseDetailDialog* dialog);
    // Test hook: answers "delete this exercise?" instead of a message box.
    void setDeleteAsker(std::function<bool(const QString& question)> asker) { m_deleteAsker = std::move(asker); }
    // Test hook: answers "deleted; Undo?" (true: undo) instead of a message box.
    void setUndoAsker(std::function<bool(const QString& message)> asker) { m_undoAsker = std::move(asker); }
    // The person's routines, to say which use an exercise before it is deleted.
    void setRoutines(const RoutineStore* routines) { m_routines = routines; }
    // The names of the routines with an entry for `exerciseId`, in the person's order.
    QStringList routinesUsing(const QString& exerciseId) const;

    void edit(const QString& exerciseId, QWidget* parent, bool asCopy);
    bool remove(const QString& exerciseId, QWidget* parent);
    // Puts the exercise last deleted back (its picture never left the folder).
    QString undoRemove();

private:
    bool askUndo(const QString& name, const QStringList& users, QWidget* parent) const;

    Catalog& m_catalog;
    QString m_folder;
    std::function<void(const QString&)> m_changed;
    std::function<bool(const QString&)> m_deleteAsker;
    std::function<bool(const QString&)> m_undoAsker;
    const RoutineStore* m_routines = nullptr;
    std::optional<Exercise> m_removed; // what Undo puts back
};

} // namespace limber
