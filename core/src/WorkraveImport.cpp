#include "limber/WorkraveImport.h"

#include "limber/CatalogWriter.h"
#include "limber/Picture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

constexpr int MaxSteps = 20; // the catalog's limit

// Workrave's descriptions are one paragraph; the card and the detail view
// show steps, so the paragraph is cut at its sentences.
QStringList sentences(const QString& text)
{
    static const QRegularExpression end(u"(?<=[.!?])\\s+"_s);
    QStringList result;
    for (const QString& part : text.split(end, Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (result.size() == MaxSteps)
            result.last() += u' ' + trimmed;
        else
            result.append(trimmed);
    }
    return result;
}

QString uniqueId(const QString& title, int number, QSet<QString>& taken)
{
    QString base = WorkraveImport::idFromTitle(title);
    if (base.isEmpty())
        base = u"exercise-"_s + QString::number(number);
    base = WorkraveImport::IdPrefix + base;
    QString id = base;
    for (int n = 2; taken.contains(id); ++n)
        id = base + u'-' + QString::number(n);
    taken.insert(id);
    return id;
}

// Copies of the same image share one file; different images that happen to
// have the same name (in different folders) get distinct names.
class ImageNames final {
public:
    QString targetFor(const QString& source)
    {
        if (const auto known = m_bySource.constFind(source); known != m_bySource.cend())
            return *known;
        const QFileInfo info(source);
        QString name = info.fileName();
        for (int n = 2; m_taken.contains(name.toLower()); ++n)
            name = info.completeBaseName() + u'-' + QString::number(n) + u'.' + info.suffix();
        m_taken.insert(name.toLower());
        m_bySource.insert(source, name);
        m_order.append({source, name});
        return name;
    }

    const QList<WorkraveImport::Image>& images() const { return m_order; }

private:
    QHash<QString, QString> m_bySource;
    QSet<QString> m_taken;
    QList<WorkraveImport::Image> m_order;
};

bool removeFolder(const QString& path)
{
    QDir folder(path);
    return !folder.exists() || folder.removeRecursively();
}

} // namespace

QString WorkraveImport::idFromTitle(const QString& title)
{
    // Accents go with their letter ("Ü" -> "u") rather than splitting the word.
    const QString plain = title.normalized(QString::NormalizationForm_KD).toLower();
    QString id;
    for (const QChar c : plain) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            id += c;
        else if (c.isLetterOrNumber() || c.isSpace() || c.isPunct() || c.isSymbol())
            if (!id.isEmpty() && !id.endsWith(u'-'))
                id += u'-';
    }
    while (id.endsWith(u'-'))
        id.chop(1);
    return id.left(60);
}

WorkraveImport::Prepared WorkraveImport::prepare(const QString& xmlPath, const Catalog& catalog,
                                                 const QString& regionId, const QString& language, const Texts& texts,
                                                 const PictureChecker* checker)
{
    Prepared prepared;
    prepared.sourceFile = xmlPath;
    const Region* region = catalog.region(regionId);
    if (!region) {
        prepared.error = xmlPath + u": the region \""_s + regionId + u"\" is not in the catalog"_s;
        return prepared;
    }
    const WorkraveReadResult read = WorkraveReader::readFile(xmlPath, language);
    if (!read.ok()) {
        prepared.error = read.error;
        return prepared;
    }
    const QString folder = QFileInfo(xmlPath).absolutePath();
    QSet<QString> ids;
    ImageNames names;
    for (int i = 0; i < read.exercises.size(); ++i) {
        const WorkraveExercise& source = read.exercises.at(i);
        Exercise exercise;
        exercise.id = uniqueId(source.title, i + 1, ids);
        exercise.name = source.shownTitle;
        exercise.regionId = region->id;
        exercise.targets = {region->name};
        exercise.where = {Place::Chair, Place::Standing};
        exercise.position = texts.position;
        exercise.steps = sentences(source.description);
        if (exercise.steps.isEmpty())
            exercise.steps = {texts.step};
        exercise.note = texts.note;
        exercise.dose.type = Dose::Type::Hold;
        exercise.dose.hold.holdMs = source.sequenceMs;
        exercise.dose.hold.maxHoldMs = source.sequenceMs;
        exercise.dose.hold.sets = 1;
        exercise.picture.kind = Picture::Kind::Frames;
        for (const WorkraveImage& image : source.images) {
            QString problem = picturePath::problemWithFile(folder, image.source);
            const QString path = QDir(folder).filePath(image.source);
            if (problem.isEmpty() && checker) {
                if (const QString bad = checker->imageProblem(path); !bad.isEmpty())
                    problem = u"image "_s + path + u' ' + bad;
            }
            if (!problem.isEmpty()) {
                prepared.error = xmlPath + u": exercise \""_s + source.title.left(40) + u"\": "_s + problem;
                prepared.exercises.clear();
                return prepared;
            }
            const QString target = names.targetFor(QFileInfo(path).absoluteFilePath());
            exercise.picture.frames.append({ImagesFolderName + u'/' + target, image.durationMs, image.mirror});
        }
        prepared.exercises.append(exercise);
    }
    prepared.images = names.images();
    return prepared;
}

QString WorkraveImport::commit(const Prepared& prepared, const QString& catalogFolder)
{
    if (!prepared.ok())
        return prepared.error;
    if (catalogFolder.isEmpty())
        return prepared.sourceFile + u": there is no folder for your own exercises"_s;
    if (!QDir().mkpath(catalogFolder))
        return catalogFolder + u": cannot create the folder"_s;
    const QDir root(catalogFolder);
    const QString finalImages = root.filePath(ImagesFolderName);
    // Hidden names: the catalog reads only *.json, and a crash half way
    // leaves nothing that looks like a second import.
    const QString staging = root.filePath(u'.' + ImagesFolderName + u".new"_s);
    const QString backup = root.filePath(u'.' + ImagesFolderName + u".old"_s);
    if (!removeFolder(staging) || !removeFolder(backup) || !QDir().mkpath(staging))
        return staging + u": cannot prepare the folder for the images"_s;

    for (const Image& image : prepared.images) {
        QFile source(image.source);
        const QString target = QDir(staging).filePath(image.target);
        if (!source.copy(target)) {
            const QString why = source.errorString();
            removeFolder(staging);
            return target + u": cannot copy "_s + image.source + u": "_s + why;
        }
    }

    const bool hadImages = QFileInfo::exists(finalImages);
    if (hadImages && !QDir().rename(finalImages, backup)) {
        removeFolder(staging);
        return finalImages + u": cannot replace the images of the earlier import"_s;
    }
    const auto restore = [&] {
        removeFolder(finalImages);
        if (hadImages)
            QDir().rename(backup, finalImages);
    };
    if (!QDir().rename(staging, finalImages)) {
        removeFolder(staging);
        restore();
        return finalImages + u": cannot move the new images into place"_s;
    }
    const QString catalogPath = root.filePath(CatalogFileName);
    if (const QString error = CatalogWriter::write(catalogPath, {}, prepared.exercises); !error.isEmpty()) {
        restore();
        return error;
    }
    removeFolder(backup);
    return QString();
}

} // namespace limber
