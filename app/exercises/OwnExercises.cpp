#include "exercises/OwnExercises.h"

#include "limber/CatalogLoader.h"
#include "limber/CatalogWriter.h"
#include "limber/WorkraveImport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace limber {

OwnExercises::OwnExercises(QString folder, const Catalog& known, const PictureChecker* checker)
    : m_folder(std::move(folder))
    , m_known(known)
    , m_checker(checker)
{
}

QString OwnExercises::filePath() const
{
    return QDir(m_folder).filePath(FileName);
}

QList<Exercise> OwnExercises::load(QString* error) const
{
    if (!QFileInfo::exists(filePath()))
        return {};
    const CatalogParseResult result = CatalogLoader::loadFile(filePath(), &m_known, m_checker);
    if (!result.ok() && error) {
        QStringList lines;
        for (const CatalogIssue& issue : result.issues)
            lines.append(issue.toString());
        *error = lines.join(u'\n');
    }
    return result.catalog.exercises();
}

bool OwnExercises::isOwn(const QString& exerciseId) const
{
    const QList<Exercise> exercises = load();
    return std::any_of(exercises.begin(), exercises.end(),
                       [&](const Exercise& exercise) { return exercise.id == exerciseId; });
}

QString OwnExercises::newId(const QString& name, const Catalog& catalog)
{
    QString base = WorkraveImport::idFromTitle(name);
    if (base.isEmpty())
        base = u"exercise"_s;
    base = IdPrefix + base;
    QString id = base;
    for (int n = 2; catalog.exercise(id); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

QString OwnExercises::uniqueImageName(const QString& source) const
{
    const QFileInfo info(source);
    QString stem = WorkraveImport::idFromTitle(info.completeBaseName());
    if (stem.isEmpty())
        stem = u"image"_s;
    const QString suffix = info.suffix().toLower();
    const QDir images(QDir(m_folder).filePath(ImagesFolderName));
    QString name = stem + u'.' + suffix;
    for (int n = 2; images.exists(name); ++n)
        name = stem + u'-' + QString::number(n) + u'.' + suffix;
    return name;
}

static QList<Exercise> merged(const Exercise& exercise, const QList<Exercise>& others)
{
    QList<Exercise> all;
    bool replaced = false;
    for (const Exercise& other : others) {
        if (other.id == exercise.id) {
            all.append(exercise);
            replaced = true;
        } else {
            all.append(other);
        }
    }
    if (!replaced)
        all.append(exercise);
    return all;
}

QByteArray OwnExercises::bytesWith(const Exercise& exercise, const QList<Exercise>& others) const
{
    return CatalogWriter::toBytes({}, merged(exercise, others));
}

static Exercise withImage(Exercise exercise, const QString& relativePath)
{
    exercise.picture.kind = Picture::Kind::Frames;
    exercise.picture.pose.clear();
    exercise.picture.frames = {PictureFrame {relativePath, 1000, false}};
    return exercise;
}

QString OwnExercises::problems(const Exercise& exercise, const QString& imageSource) const
{
    QString error;
    const QList<Exercise> others = load(&error);
    if (!error.isEmpty())
        return error;
    Exercise checked = exercise;
    QString folder = m_folder;
    if (!imageSource.isEmpty()) {
        // Judge the image where it is; its name is checked as the copy's will be.
        const QFileInfo info(imageSource);
        folder = info.absolutePath();
        checked = withImage(exercise, uniqueImageName(imageSource));
        if (const QString problem = picturePath::problemWithFile(folder, info.fileName()); !problem.isEmpty())
            return imageSource + u": "_s + problem;
        if (m_checker) {
            if (const QString problem = m_checker->imageProblem(imageSource); !problem.isEmpty())
                return imageSource + u": "_s + problem;
        }
        checked.picture.frames.first().image = info.fileName();
    }
    const CatalogParseResult result
        = CatalogLoader::parse(bytesWith(checked, {}), FileName, &m_known, CatalogPictures {folder, m_checker});
    QStringList lines;
    for (const CatalogIssue& issue : result.issues) {
        if (issue.severity == CatalogIssue::Severity::Error)
            lines.append(issue.toString());
    }
    return lines.join(u'\n');
}

QString OwnExercises::save(Exercise exercise, const QString& imageSource, Exercise* saved) const
{
    if (const QString problem = problems(exercise, imageSource); !problem.isEmpty())
        return problem;
    const QList<Exercise> others = load();
    if (!QDir().mkpath(m_folder))
        return m_folder + u": cannot create the folder"_s;
    QString copied;
    if (!imageSource.isEmpty()) {
        const QDir root(m_folder);
        if (!root.mkpath(ImagesFolderName))
            return root.filePath(ImagesFolderName) + u": cannot create the folder"_s;
        const QString relative = ImagesFolderName + u'/' + uniqueImageName(imageSource);
        copied = root.filePath(relative);
        QFile source(imageSource);
        if (!source.copy(copied))
            return copied + u": cannot copy "_s + imageSource + u": "_s + source.errorString();
        exercise = withImage(exercise, relative);
    }
    if (const QString error = CatalogWriter::write(filePath(), {}, merged(exercise, others)); !error.isEmpty()) {
        if (!copied.isEmpty())
            QFile::remove(copied);
        return error;
    }
    if (saved) {
        exercise.picture.folder = m_folder;
        *saved = exercise;
    }
    return QString();
}

QString OwnExercises::remove(const QString& exerciseId) const
{
    QString error;
    QList<Exercise> exercises = load(&error);
    if (!error.isEmpty())
        return error;
    exercises.removeIf([&](const Exercise& exercise) { return exercise.id == exerciseId; });
    // A catalog file with nothing in it is an error to the loader (a banner at
    // the next start, and no new exercise could be saved next to it): the last
    // one deleted takes the file with it.
    if (exercises.isEmpty()) {
        QFile file(filePath());
        return file.remove() ? QString() : filePath() + u": cannot remove the file: "_s + file.errorString();
    }
    return CatalogWriter::write(filePath(), {}, exercises);
}

} // namespace limber
