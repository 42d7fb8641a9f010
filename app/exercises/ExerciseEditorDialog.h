#pragma once

#include "limber/Catalog.h"

#include <QDialog>

#include <functional>

class QAction;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace limber {

class DoseEditor;
class PoseGallery;

// Makes or edits one of the person's own exercises: its words, where it can
// be done, its dose and its picture (a Limber figure or the person's own
// image). Save checks it as the catalog loader would and writes it into
// my-exercises.json in the user catalog folder (exercises/OwnExercises).
class ExerciseEditorDialog final : public QDialog {
    Q_OBJECT
public:
    // `folder`: the user catalog folder. With `existing`, that exercise is
    // edited (it keeps its id); otherwise a new one is made.
    ExerciseEditorDialog(const Catalog& catalog, QString folder, const Exercise* existing = nullptr,
                         QWidget* parent = nullptr);

    // File › New Exercise…: opens the editor; `saved` gets what was written.
    static QAction* createAction(const Catalog& catalog, QWidget* parent,
                                 std::function<void(const QList<Exercise>&)> saved);

    // Exposed for tests and for the buttons.
    bool save();
    // Shows `path` (chosen in the file dialog) as the picture; false and a
    // message when it is refused.
    bool chooseImage(const QString& path);
    QString problemText() const;
    bool hasUnsavedChanges() const { return m_dirty; }
    const Exercise& savedExercise() const { return m_saved; }
    // Test hook: answers "discard your changes?" instead of a message box.
    void setDiscardAsker(std::function<bool()> asker) { m_discardAsker = std::move(asker); }
    PoseGallery* gallery() const { return m_gallery; }
    DoseEditor* doseEditor() const { return m_dose; }

    void reject() override;

private:
    void buildForm();
    void fill(const Exercise& exercise);
    Exercise exercise() const;
    void addStep(const QString& text);
    void moveStep(int by);
    void markChanged();
    void showProblem(const QString& text);

    const Catalog& m_catalog;
    QString m_folder;
    QString m_id;
    QString m_imageSource; // a new image chosen, copied on save
    Picture m_keptPicture; // the image picture an edited exercise already has
    Exercise m_saved;
    bool m_dirty = false;
    std::function<bool()> m_discardAsker;

    QLineEdit* m_name = nullptr;
    QComboBox* m_region = nullptr;
    QList<QCheckBox*> m_places;
    QLineEdit* m_targets = nullptr;
    QLineEdit* m_position = nullptr;
    QListWidget* m_steps = nullptr;
    DoseEditor* m_dose = nullptr;
    QLineEdit* m_note = nullptr;
    QRadioButton* m_useFigure = nullptr;
    QRadioButton* m_useImage = nullptr;
    PoseGallery* m_gallery = nullptr;
    QLabel* m_preview = nullptr;
    QCheckBox* m_mirror = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace limber
