#include "pose/PoseJsonReader.h"

#include "limber/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

// Pose files name their paths from the document root, "$.exercises[0].view".
const QString RootPath = u"$"_s;

// Reads the parts of one pose file; every problem goes to the JsonReader with its JSON path.
class Parser final {
public:
    explicit Parser(JsonReader& json)
        : m_json(json)
    {
    }

    double number(const QJsonObject& object, const char* key, const QString& path, double fallback, double min = -1e4,
                  double max = 1e4)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return fallback;
        if (!value.isDouble()) {
            m_json.error(json::member(path, QLatin1String(key)), QStringLiteral("must be a number"));
            return fallback;
        }
        const double result = value.toDouble();
        if (result < min || result > max) {
            m_json.error(json::member(path, QLatin1String(key)),
                         QStringLiteral("must be between %1 and %2").arg(min).arg(max));
            return fallback;
        }
        return result;
    }

    std::optional<QPointF> point(const QJsonValue& value, const QString& path)
    {
        const QJsonArray array = value.toArray();
        if (!value.isArray() || array.size() != 2 || !array.at(0).isDouble() || !array.at(1).isDouble()) {
            m_json.error(path, QStringLiteral("must be [x, y]"));
            return std::nullopt;
        }
        return QPointF(array.at(0).toDouble(), array.at(1).toDouble());
    }

    std::optional<Joint> joint(const QJsonValue& value, const QString& path, FigureView view)
    {
        const std::optional<Joint> result = jointFromName(value.toString(), view);
        if (!result)
            m_json.error(path, QStringLiteral("unknown joint \"%1\" for this view").arg(value.toString()));
        return result;
    }

    // The point or joint at `key` of `object`, reported under path.key.
    std::optional<QPointF> point(const QJsonObject& object, QLatin1StringView key, const QString& path)
    {
        return point(object.value(key), json::member(path, key));
    }

    std::optional<Joint> joint(const QJsonObject& object, QLatin1StringView key, const QString& path, FigureView view)
    {
        return joint(object.value(key), json::member(path, key), view);
    }

    FigureProportions proportions(const QJsonObject& object, const QString& path)
    {
        FigureProportions p;
        struct Field {
            const char* key;
            double FigureProportions::*member;
        };
        static constexpr Field Fields[] = {
            {"tail", &FigureProportions::tail},
            {"lowerSpine", &FigureProportions::lowerSpine},
            {"upperSpine", &FigureProportions::upperSpine},
            {"neck", &FigureProportions::neck},
            {"headRadius", &FigureProportions::headRadius},
            {"shoulderDrop", &FigureProportions::shoulderDrop},
            {"shoulderHalfWidth", &FigureProportions::shoulderHalfWidth},
            {"waistHalfWidth", &FigureProportions::waistHalfWidth},
            {"hipHalfWidth", &FigureProportions::hipHalfWidth},
            {"upperArm", &FigureProportions::upperArm},
            {"forearm", &FigureProportions::forearm},
            {"hand", &FigureProportions::hand},
            {"thigh", &FigureProportions::thigh},
            {"shin", &FigureProportions::shin},
            {"foot", &FigureProportions::foot},
            {"torsoWidth", &FigureProportions::torsoWidth},
            {"neckWidth", &FigureProportions::neckWidth},
            {"upperArmWidth", &FigureProportions::upperArmWidth},
            {"forearmWidth", &FigureProportions::forearmWidth},
            {"handWidth", &FigureProportions::handWidth},
            {"thighWidth", &FigureProportions::thighWidth},
            {"shinWidth", &FigureProportions::shinWidth},
            {"footWidth", &FigureProportions::footWidth},
        };
        for (const Field& field : Fields)
            p.*field.member = number(object, field.key, path, p.*field.member, 0, 100);
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool known = false;
            for (const Field& field : Fields)
                known = known || it.key() == QLatin1String(field.key);
            if (!known)
                m_json.error(json::member(path, it.key()), QStringLiteral("unknown proportion"));
        }
        return p;
    }

    std::optional<JointTarget> target(const QJsonObject& object, const QString& path, FigureView view)
    {
        JointTarget result;
        if (object.contains(QLatin1String("world"))) {
            const std::optional<QPointF> at = point(object, "world"_L1, path);
            if (!at)
                return std::nullopt;
            result.world = true;
            result.offset = *at;
            return result;
        }
        const std::optional<Joint> j = joint(object, "joint"_L1, path, view);
        if (!j)
            return std::nullopt;
        result.joint = *j;
        if (object.contains(QLatin1String("offset"))) {
            const std::optional<QPointF> offset = point(object, "offset"_L1, path);
            if (offset)
                result.offset = *offset;
        }
        result.local = object.value(QLatin1String("local")).toBool(false);
        return result;
    }

    LimbPose limb(const QJsonValue& value, const QString& path, FigureView view)
    {
        LimbPose result;
        const QJsonObject object = value.toObject();
        if (!value.isObject()) {
            m_json.error(path, QStringLiteral("must be an object"));
            return result;
        }
        // Angles are needed even with a reach: there they give the rough shape
        // the reach refines, which decides which way round a limb swings
        // between poses (an arm rises in front of the body, not behind it).
        const QJsonArray angles = object.value(QLatin1String("angles")).toArray();
        bool anglesOk = angles.size() == 3;
        for (int i = 0; anglesOk && i < 3; ++i)
            anglesOk = angles.at(i).isDouble();
        if (!anglesOk)
            m_json.error(json::member(path, "angles"_L1), QStringLiteral("must be three numbers [upper, lower, end]"));
        else
            for (int i = 0; i < 3; ++i)
                result.angles[static_cast<size_t>(i)] = angles.at(i).toDouble();
        const QJsonValue reach = object.value(QLatin1String("reach"));
        if (!reach.isUndefined()) {
            const std::optional<JointTarget> t = target(reach.toObject(), json::member(path, "reach"_L1), view);
            if (t) {
                Reach r;
                r.target = *t;
                r.bend = object.value(QLatin1String("bend")).toInt(1) >= 0 ? 1 : -1;
                result.reach = r;
                result.reachWeight = 1;
            }
        }
        if (object.contains(QLatin1String("scale"))) {
            const QJsonArray array = object.value(QLatin1String("scale")).toArray();
            bool ok = array.size() == 3;
            for (int i = 0; ok && i < 3; ++i)
                ok = array.at(i).isDouble() && array.at(i).toDouble() > 0 && array.at(i).toDouble() <= 2;
            if (!ok)
                m_json.error(json::member(path, "scale"_L1), QStringLiteral("must be three numbers between 0 and 2"));
            else
                for (int i = 0; i < 3; ++i)
                    result.scale[static_cast<size_t>(i)] = array.at(i).toDouble();
        }
        if (object.contains(QLatin1String("front")))
            result.inFront = object.value(QLatin1String("front")).toBool();
        return result;
    }

    void arrows(const QJsonValue& value, const QString& path, FigureView view, QList<Arrow>& out)
    {
        if (!value.isArray()) {
            m_json.error(path, QStringLiteral("must be a list"));
            return;
        }
        out.clear();
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString itemPath = json::element(path, i);
            const QJsonObject object = array.at(i).toObject();
            Arrow arrow;
            if (const std::optional<Joint> j = joint(object, "joint"_L1, itemPath, view))
                arrow.joint = *j;
            if (object.contains(QLatin1String("offset")))
                if (const std::optional<QPointF> offset = point(object, "offset"_L1, itemPath))
                    arrow.offset = *offset;
            arrow.angle = number(object, "angle", itemPath, 0);
            arrow.length = number(object, "length", itemPath, 8, 1, 100);
            arrow.turn = number(object, "turn", itemPath, 0, -330, 330);
            out.append(arrow);
        }
    }

    // A pose may start as a copy of an earlier one ("like") and change a few fields.
    Pose pose(const QJsonObject& object, const QString& path, const ExerciseArt& art)
    {
        Pose result;
        result.glow = 0.35;
        if (object.contains(QLatin1String("like"))) {
            const QString base = object.value(QLatin1String("like")).toString();
            if (const Pose* p = art.pose(base))
                result = *p;
            else
                m_json.error(json::member(path, "like"_L1), QStringLiteral("\"%1\" is not an earlier pose").arg(base));
        }
        if (object.contains(QLatin1String("anchor"))) {
            const QJsonObject anchor = object.value(QLatin1String("anchor")).toObject();
            const QString anchorPath = json::member(path, "anchor"_L1);
            if (const std::optional<Joint> j = joint(anchor, "joint"_L1, anchorPath, art.view)) {
                if (Skeleton::isArmJoint(*j))
                    m_json.error(anchorPath, QStringLiteral("the figure cannot be pinned by an arm"));
                result.anchor.joint = *j;
            }
            if (const std::optional<QPointF> at = point(anchor, "at"_L1, anchorPath))
                result.anchor.at = *at;
        } else if (!object.contains(QLatin1String("like"))) {
            m_json.error(path, QStringLiteral("needs an \"anchor\""));
        }
        result.pelvis = number(object, "pelvis", path, result.pelvis);
        result.lowerSpine = number(object, "lowerSpine", path, result.lowerSpine);
        result.upperSpine = number(object, "upperSpine", path, result.upperSpine);
        result.neck = number(object, "neck", path, result.neck);
        result.head = number(object, "head", path, result.head);
        result.glow = number(object, "glow", path, result.glow, 0, 1);
        if (object.contains(QLatin1String("shoulder")))
            if (const std::optional<QPointF> shift = point(object, "shoulder"_L1, path))
                result.shoulderShift = *shift;

        const QString a = Skeleton::limbPrefix(0, art.view);
        const QString b = Skeleton::limbPrefix(1, art.view);
        const std::array<QString, 4> limbKeys {a + QStringLiteral("Arm"), b + QStringLiteral("Arm"),
                                               a + QStringLiteral("Leg"), b + QStringLiteral("Leg")};
        const bool inherited = object.contains(QLatin1String("like"));
        for (size_t i = 0; i < limbKeys.size(); ++i) {
            LimbPose& limbPose = i < 2 ? result.arms[i] : result.legs[i - 2];
            if (object.contains(limbKeys[i]))
                limbPose = limb(object.value(limbKeys[i]), json::member(path, limbKeys[i]), art.view);
            else if (!inherited)
                m_json.error(path, QStringLiteral("needs \"%1\"").arg(limbKeys[i]));
        }
        if (object.contains(QLatin1String("arrows")))
            arrows(object.value(QLatin1String("arrows")), json::member(path, "arrows"_L1), art.view, result.arrows);

        static const QStringList Known {
            QStringLiteral("like"),       QStringLiteral("anchor"),     QStringLiteral("pelvis"),
            QStringLiteral("lowerSpine"), QStringLiteral("upperSpine"), QStringLiteral("neck"),
            QStringLiteral("head"),       QStringLiteral("glow"),       QStringLiteral("shoulder"),
            QStringLiteral("arrows"),     QStringLiteral("note")};
        for (auto it = object.begin(); it != object.end(); ++it)
            if (!Known.contains(it.key()) && std::find(limbKeys.begin(), limbKeys.end(), it.key()) == limbKeys.end())
                m_json.error(json::member(path, it.key()), QStringLiteral("unknown field"));
        return result;
    }

    void props(const QJsonValue& value, const QString& path, ExerciseArt& art)
    {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString itemPath = json::element(path, i);
            const QJsonObject object = array.at(i).toObject();
            const QString type = object.value(QLatin1String("type")).toString();
            Prop prop;
            if (type == QLatin1String("chair"))
                prop.type = Prop::Type::Chair;
            else if (type == QLatin1String("stool"))
                prop.type = Prop::Type::Stool;
            else if (type == QLatin1String("mat"))
                prop.type = Prop::Type::Mat;
            else
                m_json.error(json::member(itemPath, "type"_L1), QStringLiteral("must be chair, stool or mat"));
            prop.x = number(object, "x", itemPath, 0);
            prop.width = number(object, "width", itemPath, 20, 1, 500);
            prop.height = number(object, "height", itemPath, 0, 0, 200);
            prop.back = number(object, "back", itemPath, 0, 0, 200);
            art.props.append(prop);
        }
    }

    void glows(const QJsonValue& value, const QString& path, ExerciseArt& art)
    {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString itemPath = json::element(path, i);
            const QJsonObject object = array.at(i).toObject();
            GlowSpot spot;
            const QJsonArray joints = object.value(QLatin1String("joints")).toArray();
            if (joints.isEmpty())
                m_json.error(json::member(itemPath, "joints"_L1), QStringLiteral("must name at least one joint"));
            for (int j = 0; j < joints.size(); ++j)
                if (const std::optional<Joint> jt
                    = joint(joints.at(j), json::element(json::member(itemPath, "joints"_L1), j), art.view))
                    spot.joints.append(*jt);
            spot.radius = number(object, "radius", itemPath, 10, 1, 100);
            art.glows.append(spot);
        }
    }

    // Checks that every key pose, and any blend of two, can be solved in order:
    // trunk, legs, pin, arms.
    void checkContacts(ExerciseArt& art, const QString& path)
    {
        bool legPinned = false;
        for (const Pose& p : std::as_const(art.poses))
            legPinned = legPinned || Skeleton::isLegJoint(p.anchor.joint);
        for (size_t limbIndex = 0; limbIndex < 4; ++limbIndex) {
            for (const QString& name : std::as_const(art.poseOrder)) {
                const Pose& p = art.poses[name];
                const LimbPose& l = limbIndex < 2 ? p.arms[limbIndex] : p.legs[limbIndex - 2];
                if (!l.reach)
                    continue;
                const QString limbPath = json::member(json::member(path, "poses"_L1), name);
                const JointTarget& t = l.reach->target;
                const bool leg = limbIndex >= 2;
                if (!t.world
                    && ((leg && (Skeleton::isLegJoint(t.joint) || Skeleton::isArmJoint(t.joint)))
                        || (!leg && Skeleton::isArmJoint(t.joint))))
                    m_json.error(limbPath,
                                 QStringLiteral("a leg may reach the trunk or the floor, an arm the trunk, "
                                                "a leg or the floor"));
                if (leg && t.world && legPinned)
                    m_json.error(limbPath,
                                 QStringLiteral("a leg cannot reach a floor point when a pose is pinned by a leg"));
            }
        }
    }

    ExerciseArt exercise(const QString& id, const QJsonObject& object, const QString& path)
    {
        ExerciseArt art;
        art.id = id;
        const QString view = object.value(QLatin1String("view")).toString();
        if (view == QLatin1String("front"))
            art.view = FigureView::Front;
        else if (view != QLatin1String("side"))
            m_json.error(json::member(path, "view"_L1), QStringLiteral("must be \"side\" or \"front\""));
        art.sided = object.value(QLatin1String("sided")).toBool(false);

        const QJsonValue poses = object.value(QLatin1String("poses"));
        if (!poses.isArray() || poses.toArray().isEmpty())
            m_json.error(json::member(path, "poses"_L1), QStringLiteral("must be a non-empty list of key poses"));
        // A list, not an object, so "like" can only refer backwards.
        const QJsonArray poseArray = poses.toArray();
        for (int i = 0; i < poseArray.size(); ++i) {
            const QJsonObject poseObject = poseArray.at(i).toObject();
            const QString name = poseObject.value(QLatin1String("name")).toString();
            const QString posePath = json::element(json::member(path, "poses"_L1), i);
            if (name.isEmpty() || art.poses.contains(name)) {
                m_json.error(json::member(posePath, "name"_L1), QStringLiteral("missing or repeated"));
                continue;
            }
            QJsonObject fields = poseObject;
            fields.remove(QLatin1String("name"));
            art.poses.insert(name, pose(fields, posePath, art));
            art.poseOrder.append(name);
        }
        if (!art.poses.contains(art.start))
            m_json.error(json::member(path, "poses"_L1), QStringLiteral("needs a \"start\" pose"));

        art.still = object.value(QLatin1String("still")).toString(art.start);
        if (!art.poses.contains(art.still))
            m_json.error(json::member(path, "still"_L1), QStringLiteral("names no pose"));

        const QJsonArray phases = object.value(QLatin1String("phases")).toArray();
        for (int i = 0; i < phases.size(); ++i) {
            const QJsonObject phase = phases.at(i).toObject();
            PhaseArt p {phase.value(QLatin1String("id")).toString(), phase.value(QLatin1String("pose")).toString()};
            if (p.id.isEmpty() || !art.poses.contains(p.pose))
                m_json.error(json::element(json::member(path, "phases"_L1), i),
                             QStringLiteral("needs an id and an existing pose"));
            art.phases.append(p);
        }
        if (art.phases.isEmpty()) {
            art.hold = QStringLiteral("hold");
            if (!art.poses.contains(art.hold) && id != PoseLibrary::DefaultId)
                m_json.error(json::member(path, "poses"_L1), QStringLiteral("a hold exercise needs a \"hold\" pose"));
        }
        glows(object.value(QLatin1String("highlight")), json::member(path, "highlight"_L1), art);
        props(object.value(QLatin1String("props")), json::member(path, "props"_L1), art);
        checkContacts(art, path);
        return art;
    }

private:
    JsonReader& m_json; // collects the issues
};

} // namespace

PoseFile readPoseJson(const QByteArray& json, const QString& fileName, QList<JsonIssue>& issues)
{
    PoseFile file;
    JsonReader reader(fileName, issues);
    Parser parser(reader);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        reader.error(RootPath, parseError.errorString());
        return file;
    }
    const QJsonObject root = document.object();
    if (root.value("version"_L1).toInt() != 1)
        reader.error(json::member(RootPath, "version"_L1), u"must be 1"_s);
    file.proportions
        = parser.proportions(root.value("proportions"_L1).toObject(), json::member(RootPath, "proportions"_L1));
    const QString exercisesPath = json::member(RootPath, "exercises"_L1);
    const QJsonArray exercises = root.value("exercises"_L1).toArray();
    for (int i = 0; i < exercises.size(); ++i) {
        const QJsonObject object = exercises.at(i).toObject();
        const QString id = object.value("id"_L1).toString();
        const QString path = json::element(exercisesPath, i);
        if (id.isEmpty() || file.exercises.contains(id)) {
            reader.error(json::member(path, "id"_L1), u"missing or repeated"_s);
            continue;
        }
        file.exercises.insert(id, parser.exercise(id, object, path));
        file.order.append(id);
    }
    if (!file.exercises.contains(PoseLibrary::DefaultId))
        reader.error(exercisesPath, u"needs the \"default\" figure"_s);
    return file;
}

} // namespace limber
