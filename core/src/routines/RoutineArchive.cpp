#include "limber/routines/RoutineArchive.h"

#include "limber/CatalogLoader.h"
#include "limber/JsonReader.h"
#include "limber/routines/RoutineReader.h"
#include "limber/routines/RoutineWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

// Writing and reading .limber archives; importing one is in RoutineImport.cpp.
namespace limber {

namespace {

const QByteArray Magic = R"({"format": "limber-archive")";

QString fileMessage(const QString& fileName, const QString& message)
{
    return JsonIssue {JsonIssue::Severity::Error, fileName, QString(), message}.toString();
}

QByteArray readAtMost(const QString& path, qint64 limit, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    const QByteArray data = file.read(limit);
    if (file.error() != QFileDevice::NoError)
        *error = file.errorString();
    return data;
}

// The person's own exercises by id, as their JSON objects; a later file
// overrides an earlier one, as when the catalogs are merged.
QHash<QString, QJsonObject> userExercises(const QString& folder)
{
    QHash<QString, QJsonObject> exercises;
    if (folder.isEmpty())
        return exercises;
    const QFileInfoList files = QDir(folder).entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo& info : files) {
        QString error;
        const QByteArray data = readAtMost(info.filePath(), CatalogLoader::MaxFileBytes, &error);
        for (const QJsonValue& value : QJsonDocument::fromJson(data).object().value("exercises"_L1).toArray()) {
            const QJsonObject exercise = value.toObject();
            const QString id = exercise.value("id"_L1).toString();
            if (!id.isEmpty())
                exercises.insert(id, exercise);
        }
    }
    return exercises;
}

const Catalog& builtInCatalog()
{
    static const Catalog catalog = loadCatalogs(builtInCatalogPath(), QString()).catalog;
    return catalog;
}

// Reads the checked parts of an archive into a preview, collecting every problem.
class ArchiveParser final {
public:
    ArchiveParser(const QString& fileName, ArchivePreview& preview)
        : m_fileName(fileName)
        , m_json(fileName, m_issues)
        , m_preview(preview)
    {
    }

    void read(const QJsonObject& root)
    {
        m_json.checkKeys(root, QString(), {"format"_L1, "version"_L1, "routine"_L1, "exercises"_L1, "pictures"_L1});
        readRoutine(root);
        readExercises(root);
        readPictures(root);
        for (const ArchiveExercise& exercise : std::as_const(m_preview.exercises)) {
            for (const QString& path : picturePathsOf(exercise.json)) {
                if (!m_picturePaths.contains(path))
                    m_json.warning(u"pictures"_s,
                                   RoutineArchive::tr("the picture %1 of %2 is not in the archive")
                                       .arg(json::quoted(path), exercise.id));
            }
        }
    }

    QString errorText() const
    {
        QStringList lines;
        for (const JsonIssue& issue : m_issues) {
            if (issue.severity == JsonIssue::Severity::Error)
                lines.append(issue.toString());
        }
        return lines.join(u'\n');
    }
    const QList<JsonIssue>& issues() const { return m_issues; }

private:
    void readRoutine(const QJsonObject& root)
    {
        const std::optional<QJsonValue> value
            = m_json.field(root, QString(), "routine"_L1, JsonReader::Presence::Required);
        if (!value)
            return;
        const std::optional<QJsonObject> object = m_json.asObject(*value, u"routine"_s);
        if (!object)
            return;
        RoutineParseResult routine = RoutineReader::fromJson(*object, m_fileName);
        for (JsonIssue& issue : routine.issues) {
            issue.path = json::member(u"routine"_s, issue.path);
            m_issues.append(issue);
        }
        m_preview.routine = routine.routine;
    }

    void readExercises(const QJsonObject& root)
    {
        const std::optional<QJsonArray> exercises
            = m_json.array(root, QString(), "exercises"_L1, RoutineArchive::MaxExercises,
                           JsonReader::Presence::Optional, u"exercises"_s);
        if (!exercises || exercises->isEmpty())
            return;
        // The catalog's own reader judges them, with its limits and messages.
        const QJsonObject catalog {{u"format"_s, 1}, {u"exercises"_s, *exercises}};
        const CatalogParseResult parsed = CatalogLoader::parse(QJsonDocument(catalog).toJson(QJsonDocument::Compact),
                                                               m_fileName, &builtInCatalog());
        m_issues += parsed.issues;
        if (!parsed.ok())
            return;
        for (const QJsonValue& value : *exercises) {
            const QJsonObject object = value.toObject();
            const QString id = object.value("id"_L1).toString();
            const Exercise* exercise = parsed.catalog.exercise(id);
            m_preview.exercises.append({id, exercise ? exercise->name : id, object});
        }
    }

    void readPictures(const QJsonObject& root)
    {
        const std::optional<QJsonArray> pictures = m_json.array(
            root, QString(), "pictures"_L1, RoutineArchive::MaxPictures, JsonReader::Presence::Optional, u"pictures"_s);
        if (!pictures)
            return;
        qint64 total = 0;
        for (qsizetype i = 0; i < pictures->size(); ++i) {
            const QString path = json::element(u"pictures"_s, i);
            const std::optional<QJsonObject> picture = m_json.asObject(pictures->at(i), path);
            if (!picture)
                continue;
            m_json.checkKeys(*picture, path, {"path"_L1, "data"_L1});
            const std::optional<QString> name = m_json.text(*picture, path, "path"_L1);
            const std::optional<QJsonValue> data
                = m_json.field(*picture, path, "data"_L1, JsonReader::Presence::Required);
            if (!name || !data || !m_json.expectType(*data, QJsonValue::String, json::member(path, "data"_L1)))
                continue;
            if (!isSafeRelativePath(*name)) {
                m_json.error(json::member(path, "path"_L1),
                             RoutineArchive::tr("%1 would be written outside the catalog folder; a picture's path "
                                                "must be relative, without \"..\"")
                                 .arg(json::quoted(*name)));
                continue;
            }
            if (m_picturePaths.contains(*name)) {
                m_json.error(json::member(path, "path"_L1),
                             RoutineArchive::tr("the picture %1 is in the archive twice").arg(json::quoted(*name)));
                continue;
            }
            const QString encoded = data->toString();
            // Judged by the encoded size first, so an absurd picture is never decoded.
            if (encoded.size() / 4 * 3 > RoutineArchive::MaxPictureBytes + 3) {
                m_json.error(
                    json::member(path, "data"_L1),
                    RoutineArchive::tr("the picture is larger than %1 MiB").arg(RoutineArchive::MaxPictureBytes >> 20));
                continue;
            }
            const QByteArray::FromBase64Result decoded
                = QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                m_json.error(json::member(path, "data"_L1), RoutineArchive::tr("is not valid base64"));
                continue;
            }
            total += decoded.decoded.size();
            if (total > RoutineArchive::MaxUnpackedBytes) {
                m_json.error(u"pictures"_s,
                             RoutineArchive::tr("the pictures would unpack to more than %1 MiB")
                                 .arg(RoutineArchive::MaxUnpackedBytes >> 20));
                return;
            }
            m_picturePaths.insert(*name);
            m_preview.pictures.append({*name, decoded.decoded});
        }
    }

    QString m_fileName;
    QList<JsonIssue> m_issues;
    JsonReader m_json;
    ArchivePreview& m_preview;
    QSet<QString> m_picturePaths;
};

} // namespace

QStringList picturePathsOf(const QJsonObject& exercise)
{
    QStringList paths;
    const QJsonArray frames = exercise.value("picture"_L1).toObject().value("frames"_L1).toArray();
    for (const QJsonValue& frame : frames) {
        const QString image = frame.toObject().value("image"_L1).toString();
        if (!image.isEmpty() && !paths.contains(image))
            paths.append(image);
    }
    return paths;
}

bool isSafeRelativePath(const QString& path)
{
    if (path.isEmpty() || path.size() > 200 || path.startsWith(u'/'))
        return false;
    for (const QChar c : path) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
            || c == u'_' || c == u'.' || c == u'/';
        if (!plain)
            return false;
    }
    const QStringList parts = path.split(u'/');
    return std::none_of(parts.begin(), parts.end(), [](const QString& part) {
        return part.isEmpty() || part == "."_L1 || part == ".."_L1 || part.startsWith(u'.');
    });
}

QByteArray RoutineArchive::toBytes(const Routine& routine, const QString& userCatalogFolder, QStringList* warnings)
{
    const QHash<QString, QJsonObject> own = userExercises(userCatalogFolder);
    QJsonArray exercises;
    QJsonArray pictures;
    QSet<QString> seen;
    QSet<QString> picturesSeen;
    for (const QString& id : routine.exerciseIds()) {
        if (seen.contains(id) || !own.contains(id))
            continue;
        seen.insert(id);
        const QJsonObject exercise = own.value(id);
        exercises.append(exercise);
        for (const QString& path : picturePathsOf(exercise)) {
            if (picturesSeen.contains(path))
                continue;
            picturesSeen.insert(path);
            QString error;
            const QString file = userCatalogFolder + u'/' + path;
            const QByteArray data
                = isSafeRelativePath(path) ? readAtMost(file, MaxPictureBytes + 1, &error) : QByteArray();
            if (!isSafeRelativePath(path) || !error.isEmpty() || data.size() > MaxPictureBytes) {
                if (warnings)
                    warnings->append(tr("the picture %1 of %2 is left out: it cannot be read or is too large")
                                         .arg(QDir::toNativeSeparators(file), id));
                continue;
            }
            pictures.append(QJsonObject {{u"path"_s, path}, {u"data"_s, QString::fromLatin1(data.toBase64())}});
        }
    }
    const QJsonObject content {
        {u"routine"_s, RoutineWriter::toJson(routine)},
        {u"exercises"_s, exercises},
        {u"pictures"_s, pictures},
    };
    // The format comes first, whatever order QJsonDocument gives the other
    // keys, so the file is known by its opening bytes (the mime type's magic).
    return Magic + ", \"version\": " + QByteArray::number(FormatVersion) + ","
        + QJsonDocument(content).toJson(QJsonDocument::Indented).mid(1);
}

QString RoutineArchive::write(const Routine& routine, const QString& userCatalogFolder, const QString& path,
                              QStringList* warnings)
{
    const QByteArray data = toBytes(routine, userCatalogFolder, warnings);
    if (data.size() > MaxFileBytes)
        return tr("%1 is not written: it would be larger than %2 MiB")
            .arg(QDir::toNativeSeparators(path))
            .arg(MaxFileBytes >> 20);
    return writeFileAtomically(path, data);
}

ArchiveReadResult RoutineArchive::parse(const QByteArray& data, const QString& fileName)
{
    ArchiveReadResult result;
    result.preview.fileName = fileName;
    const auto refuse = [&](const QString& message) {
        result.error = fileMessage(fileName, message);
        return result;
    };
    if (data.size() > MaxFileBytes)
        return refuse(tr("the file is larger than %1 MiB, too large for a Limber archive").arg(MaxFileBytes >> 20));
    const QByteArray trimmed = data.trimmed();
    if (trimmed.isEmpty())
        return refuse(tr("the file is empty"));
    if (!trimmed.startsWith('{'))
        return refuse(tr("this is not a Limber archive"));
    if (jsonNestsDeeperThan(data, MaxDepth))
        return refuse(tr("the file nests more than %1 levels deep; it is not a Limber archive").arg(MaxDepth));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return refuse(tr("the file is damaged or incomplete (%1 at byte %2)")
                          .arg(parseError.errorString())
                          .arg(parseError.offset));
    }
    const QJsonObject root = document.object();
    const QString format = root.value("format"_L1).toString();
    if (format == "limber-routine"_L1) {
        // A routine file on its own is an archive with nothing else in it.
        RoutineParseResult routine = RoutineReader::fromJson(root, fileName);
        result.preview.routine = routine.routine;
        result.preview.warnings = routine.issues;
        result.error = routine.errorText();
        return result;
    }
    if (format != "limber-archive"_L1)
        return refuse(tr("this is not a Limber archive"));
    const QJsonValue version = root.value("version"_L1);
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != std::floor(version.toDouble()))
        return refuse(tr("the archive has no valid version number"));
    if (version.toDouble() > FormatVersion) {
        return refuse(tr("this archive was made by a newer Limber (archive version %1); this Limber reads version "
                         "%2. Update Limber to import it.")
                          .arg(json::number(version.toDouble()))
                          .arg(FormatVersion));
    }
    ArchiveParser parser(fileName, result.preview);
    parser.read(root);
    result.error = parser.errorText();
    for (const JsonIssue& issue : parser.issues()) {
        if (issue.severity == JsonIssue::Severity::Warning)
            result.preview.warnings.append(issue);
    }
    return result;
}

ArchiveReadResult RoutineArchive::readFile(const QString& path)
{
    ArchiveReadResult result;
    result.preview.fileName = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = fileMessage(path, tr("file not found"));
        return result;
    }
    if (!info.isFile()) {
        result.error = fileMessage(path, tr("this is not a file"));
        return result;
    }
    // Checked before reading, so a huge file never lands in memory.
    if (info.size() > MaxFileBytes)
        return parse(QByteArray(MaxFileBytes + 1, ' '), path);
    QString error;
    const QByteArray data = readAtMost(path, MaxFileBytes + 1, &error);
    if (!error.isEmpty()) {
        result.error = fileMessage(path, tr("cannot read the file: %1").arg(error));
        return result;
    }
    return parse(data, path);
}

} // namespace limber
