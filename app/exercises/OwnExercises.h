#pragma once

#include "limber/Catalog.h"

#include <QList>
#include <QString>

namespace limber {

class PictureChecker;

// The file of the person's own exercises (my-exercises.json in the user
// catalog folder) and its images folder. Saving merges one exercise into the
// file, copies a new image next to it and checks the result with the
// catalog loader before anything is replaced, so what is saved always loads.
class OwnExercises final {
public:
    static inline const QString FileName = QStringLiteral("my-exercises.json");
    static inline const QString ImagesFolderName = QStringLiteral("my-images");
    static inline const QString IdPrefix = QStringLiteral("my-");

    // `known` supplies the regions the exercises refer to.
    OwnExercises(QString folder, const Catalog& known, const PictureChecker* checker);

    QString filePath() const;
    // The exercises already saved (empty when there is no file yet).
    QList<Exercise> load(QString* error = nullptr) const;
    bool isOwn(const QString& exerciseId) const;

    // A fresh id for `name`: "my-" + kebab-case, unique in `catalog`.
    static QString newId(const QString& name, const Catalog& catalog);

    // Problems the loader would find if `exercise` were saved (`imageSource`:
    // an image file still outside the folder, previewed but not copied).
    // Empty when it can be saved.
    QString problems(const Exercise& exercise, const QString& imageSource) const;

    // Adds or replaces `exercise` (by id) in the file, the other exercises
    // kept. With `imageSource`, the image is copied into my-images and the
    // picture's single frame points at the copy. Empty on success, else the
    // message naming the file; nothing is changed then.
    QString save(Exercise exercise, const QString& imageSource, Exercise* saved = nullptr) const;
    QString remove(const QString& exerciseId) const;

private:
    QString uniqueImageName(const QString& source) const;
    QByteArray bytesWith(const Exercise& exercise, const QList<Exercise>& others) const;

    QString m_folder;
    const Catalog& m_known;
    const PictureChecker* m_checker;
};

} // namespace limber
