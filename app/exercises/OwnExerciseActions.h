#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace limber {

class Catalog;
class ExerciseDetailDialog;

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

    void edit(const QString& exerciseId, QWidget* parent, bool asCopy);
    bool remove(const QString& exerciseId, QWidget* parent);

private:
    Catalog& m_catalog;
    QString m_folder;
    std::function<void(const QString&)> m_changed;
    std::function<bool(const QString&)> m_deleteAsker;
};

} // namespace limber
