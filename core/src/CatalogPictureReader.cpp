#include "CatalogPictureReader.h"

#include <QDir>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

using Presence = JsonReader::Presence;
using json::element;
using json::member;
using json::quoted;

constexpr int MsPerSecond = 1000;

class PictureReader final {
public:
    PictureReader(JsonReader& json, const CatalogLoader::Pictures& pictures)
        : m_json(json)
        , m_pictures(pictures)
    {
    }

    std::optional<Picture> read(const QJsonObject& exercise, const QString& exercisePath)
    {
        const std::optional<QJsonValue> value = m_json.field(exercise, exercisePath, "picture"_L1, Presence::Optional);
        if (!value)
            return Picture {};
        const QString path = member(exercisePath, "picture"_L1);
        const std::optional<QJsonObject> object = m_json.asObject(*value, path);
        if (!object)
            return std::nullopt;
        m_json.checkKeys(*object, path, {"pose"_L1, "frames"_L1, "mirror_other_side"_L1});
        const bool hasPose = object->contains("pose"_L1);
        const bool hasFrames = object->contains("frames"_L1);
        if (hasPose == hasFrames) {
            m_json.error(path,
                         hasPose ? u"has both \"pose\" and \"frames\"; give one of them"_s
                                 : u"needs either \"pose\" or \"frames\""_s);
            return std::nullopt;
        }
        const int errorsBefore = m_json.errorCount();
        Picture picture;
        picture.mirrorOtherSide
            = m_json.boolean(*object, path, "mirror_other_side"_L1, Presence::Optional).value_or(false);
        if (hasPose) {
            picture.kind = Picture::Kind::Pose;
            picture.pose = readPose(*object, path).value_or(QString());
        } else {
            picture.kind = Picture::Kind::Frames;
            picture.frames = readFrames(*object, path);
            picture.folder = m_pictures.folder;
        }
        if (m_json.errorCount() != errorsBefore)
            return std::nullopt;
        return picture;
    }

private:
    std::optional<QString> readPose(const QJsonObject& object, const QString& path)
    {
        const std::optional<QString> pose = m_json.text(object, path, "pose"_L1);
        if (!pose)
            return std::nullopt;
        if (m_pictures.checker && !m_pictures.checker->hasPose(*pose)) {
            m_json.error(member(path, "pose"_L1), u"unknown pose "_s + quoted(*pose));
            return std::nullopt;
        }
        return pose;
    }

    QList<PictureFrame> readFrames(const QJsonObject& object, const QString& path)
    {
        const std::optional<QJsonArray> entries
            = m_json.array(object, path, "frames"_L1, Picture::MaxFrames, Presence::Required, u"frames"_s);
        if (!entries)
            return {};
        const QString listPath = member(path, "frames"_L1);
        if (entries->isEmpty()) {
            m_json.error(listPath, u"must not be empty"_s);
            return {};
        }
        QList<PictureFrame> frames;
        for (qsizetype i = 0; i < entries->size(); ++i) {
            const QString framePath = element(listPath, i);
            if (const std::optional<QJsonObject> frame = m_json.asObject(entries->at(i), framePath)) {
                if (std::optional<PictureFrame> read = readFrame(*frame, framePath))
                    frames.append(*read);
            }
        }
        return frames;
    }

    std::optional<PictureFrame> readFrame(const QJsonObject& object, const QString& path)
    {
        m_json.checkKeys(object, path, {"image"_L1, "seconds"_L1, "mirror"_L1});
        const std::optional<QString> image = readImage(object, path);
        // Whole seconds: a still step of the session redraws once a second,
        // so frames change exactly on time without an animation timer.
        const std::optional<int> seconds
            = m_json.integer(object, path, "seconds"_L1, 1, Picture::MaxFrameSeconds, u"seconds"_s);
        const std::optional<bool> mirror = m_json.boolean(object, path, "mirror"_L1, Presence::Optional);
        if (!image || !seconds)
            return std::nullopt;
        return PictureFrame {*image, *seconds * MsPerSecond, mirror.value_or(false)};
    }

    std::optional<QString> readImage(const QJsonObject& object, const QString& path)
    {
        const std::optional<QJsonValue> value = m_json.field(object, path, "image"_L1, Presence::Required);
        const QString imagePath = member(path, "image"_L1);
        if (!value || !m_json.expectType(*value, QJsonValue::String, imagePath))
            return std::nullopt;
        const QString image = value->toString();
        if (const QString problem = picturePath::problemWithName(image); !problem.isEmpty()) {
            m_json.error(imagePath, quoted(image) + u' ' + problem);
            return std::nullopt;
        }
        if (m_pictures.folder.isEmpty())
            return image;
        QString problem = picturePath::problemWithFile(m_pictures.folder, image);
        if (problem.isEmpty() && m_pictures.checker) {
            const QString full = QDir(m_pictures.folder).filePath(image);
            if (const QString bad = m_pictures.checker->imageProblem(full); !bad.isEmpty())
                problem = u"image "_s + full + u' ' + bad;
        }
        if (!problem.isEmpty()) {
            m_json.error(imagePath, problem);
            return std::nullopt;
        }
        return image;
    }

    JsonReader& m_json;
    const CatalogLoader::Pictures& m_pictures;
};

} // namespace

std::optional<Picture> readPicture(JsonReader& json, const QJsonObject& exercise, const QString& exercisePath,
                                   const CatalogLoader::Pictures& pictures)
{
    return PictureReader(json, pictures).read(exercise, exercisePath);
}

} // namespace limber
