#include "pose/PoseLibrary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <utility>

namespace limber {

namespace {

Q_LOGGING_CATEGORY(lcPose, "limber.pose")

struct JointNames {
    Joint joint;
    const char* suffix;
};

// Trunk joints have one name in every view; limb joints get a prefix.
constexpr JointNames TrunkNames[] = {
    {Joint::Tail, "tail"}, {Joint::Pelvis, "pelvis"}, {Joint::Waist, "waist"},
    {Joint::Neck, "neck"}, {Joint::NeckTop, "neckTop"}, {Joint::Head, "head"},
};
constexpr JointNames LimbNames[] = {
    {Joint::ShoulderA, "Shoulder"}, {Joint::ElbowA, "Elbow"}, {Joint::WristA, "Wrist"},
    {Joint::HandA, "Hand"},         {Joint::HipA, "Hip"},     {Joint::KneeA, "Knee"},
    {Joint::AnkleA, "Ankle"},       {Joint::ToeA, "Toe"},
};
constexpr int LimbJointsPerSide = static_cast<int>(Joint::ShoulderB) - static_cast<int>(Joint::ShoulderA);

QString limbPrefix(int side, FigureView view)
{
    if (view == FigureView::Side)
        return side == 0 ? QStringLiteral("near") : QStringLiteral("far");
    return side == 0 ? QStringLiteral("left") : QStringLiteral("right");
}

bool isLegJoint(Joint joint)
{
    const int j = static_cast<int>(joint);
    const int a = static_cast<int>(Joint::HipA);
    const int b = static_cast<int>(Joint::HipB);
    return (j >= a && j < a + 4) || (j >= b && j < b + 4);
}

bool isArmJoint(Joint joint)
{
    const int j = static_cast<int>(joint);
    const int a = static_cast<int>(Joint::ShoulderA);
    const int b = static_cast<int>(Joint::ShoulderB);
    return (j >= a && j < a + 4) || (j >= b && j < b + 4);
}

double lerp(double a, double b, double t)
{
    return a + (b - a) * t;
}

QPointF lerp(const QPointF& a, const QPointF& b, double t)
{
    return a + (b - a) * t;
}

// Reads one pose file and collects every problem with its JSON path.
class Parser final {
public:
    explicit Parser(QStringList* errors) : m_errors(errors) {}

    void error(const QString& path, const QString& message)
    {
        if (m_errors)
            m_errors->append(path + QStringLiteral(": ") + message);
        ++m_count;
    }
    int errorCount() const { return m_count; }

    double number(const QJsonObject& object, const char* key, const QString& path,
                  double fallback, double min = -1e4, double max = 1e4)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return fallback;
        if (!value.isDouble()) {
            error(path + QLatin1Char('.') + QLatin1String(key), QStringLiteral("must be a number"));
            return fallback;
        }
        const double result = value.toDouble();
        if (result < min || result > max) {
            error(path + QLatin1Char('.') + QLatin1String(key),
                  QStringLiteral("must be between %1 and %2").arg(min).arg(max));
            return fallback;
        }
        return result;
    }

    std::optional<QPointF> point(const QJsonValue& value, const QString& path)
    {
        const QJsonArray array = value.toArray();
        if (!value.isArray() || array.size() != 2 || !array.at(0).isDouble() || !array.at(1).isDouble()) {
            error(path, QStringLiteral("must be [x, y]"));
            return std::nullopt;
        }
        return QPointF(array.at(0).toDouble(), array.at(1).toDouble());
    }

    std::optional<Joint> joint(const QJsonValue& value, const QString& path, FigureView view)
    {
        const std::optional<Joint> result = jointFromName(value.toString(), view);
        if (!result)
            error(path, QStringLiteral("unknown joint \"%1\" for this view").arg(value.toString()));
        return result;
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
                error(path + QLatin1Char('.') + it.key(), QStringLiteral("unknown proportion"));
        }
        return p;
    }

    std::optional<JointTarget> target(const QJsonObject& object, const QString& path, FigureView view)
    {
        JointTarget result;
        if (object.contains(QLatin1String("world"))) {
            const std::optional<QPointF> at = point(object.value(QLatin1String("world")), path + QStringLiteral(".world"));
            if (!at)
                return std::nullopt;
            result.world = true;
            result.offset = *at;
            return result;
        }
        const std::optional<Joint> j = joint(object.value(QLatin1String("joint")), path + QStringLiteral(".joint"), view);
        if (!j)
            return std::nullopt;
        result.joint = *j;
        if (object.contains(QLatin1String("offset"))) {
            const std::optional<QPointF> offset = point(object.value(QLatin1String("offset")), path + QStringLiteral(".offset"));
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
            error(path, QStringLiteral("must be an object"));
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
            error(path + QStringLiteral(".angles"), QStringLiteral("must be three numbers [upper, lower, end]"));
        else
            for (int i = 0; i < 3; ++i)
                result.angles[static_cast<size_t>(i)] = angles.at(i).toDouble();
        const QJsonValue reach = object.value(QLatin1String("reach"));
        if (!reach.isUndefined()) {
            const std::optional<JointTarget> t = target(reach.toObject(), path + QStringLiteral(".reach"), view);
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
                error(path + QStringLiteral(".scale"), QStringLiteral("must be three numbers between 0 and 2"));
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
            error(path, QStringLiteral("must be a list"));
            return;
        }
        out.clear();
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString itemPath = path + QStringLiteral("[%1]").arg(i);
            const QJsonObject object = array.at(i).toObject();
            Arrow arrow;
            if (const std::optional<Joint> j = joint(object.value(QLatin1String("joint")), itemPath + QStringLiteral(".joint"), view))
                arrow.joint = *j;
            if (object.contains(QLatin1String("offset")))
                if (const std::optional<QPointF> offset = point(object.value(QLatin1String("offset")), itemPath + QStringLiteral(".offset")))
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
                error(path + QStringLiteral(".like"), QStringLiteral("\"%1\" is not an earlier pose").arg(base));
        }
        if (object.contains(QLatin1String("anchor"))) {
            const QJsonObject anchor = object.value(QLatin1String("anchor")).toObject();
            const QString anchorPath = path + QStringLiteral(".anchor");
            if (const std::optional<Joint> j = joint(anchor.value(QLatin1String("joint")), anchorPath + QStringLiteral(".joint"), art.view)) {
                if (isArmJoint(*j))
                    error(anchorPath, QStringLiteral("the figure cannot be pinned by an arm"));
                result.anchor.joint = *j;
            }
            if (const std::optional<QPointF> at = point(anchor.value(QLatin1String("at")), anchorPath + QStringLiteral(".at")))
                result.anchor.at = *at;
        } else if (!object.contains(QLatin1String("like"))) {
            error(path, QStringLiteral("needs an \"anchor\""));
        }
        result.pelvis = number(object, "pelvis", path, result.pelvis);
        result.lowerSpine = number(object, "lowerSpine", path, result.lowerSpine);
        result.upperSpine = number(object, "upperSpine", path, result.upperSpine);
        result.neck = number(object, "neck", path, result.neck);
        result.head = number(object, "head", path, result.head);
        result.glow = number(object, "glow", path, result.glow, 0, 1);
        if (object.contains(QLatin1String("shoulder")))
            if (const std::optional<QPointF> shift = point(object.value(QLatin1String("shoulder")), path + QStringLiteral(".shoulder")))
                result.shoulderShift = *shift;

        const QString a = limbPrefix(0, art.view);
        const QString b = limbPrefix(1, art.view);
        const std::array<QString, 4> limbKeys{a + QStringLiteral("Arm"), b + QStringLiteral("Arm"),
                                              a + QStringLiteral("Leg"), b + QStringLiteral("Leg")};
        const bool inherited = object.contains(QLatin1String("like"));
        for (size_t i = 0; i < limbKeys.size(); ++i) {
            LimbPose& limbPose = i < 2 ? result.arms[i] : result.legs[i - 2];
            if (object.contains(limbKeys[i]))
                limbPose = limb(object.value(limbKeys[i]), path + QLatin1Char('.') + limbKeys[i], art.view);
            else if (!inherited)
                error(path, QStringLiteral("needs \"%1\"").arg(limbKeys[i]));
        }
        if (object.contains(QLatin1String("arrows")))
            arrows(object.value(QLatin1String("arrows")), path + QStringLiteral(".arrows"), art.view, result.arrows);

        static const QStringList Known{
            QStringLiteral("like"), QStringLiteral("anchor"), QStringLiteral("pelvis"),
            QStringLiteral("lowerSpine"), QStringLiteral("upperSpine"), QStringLiteral("neck"),
            QStringLiteral("head"), QStringLiteral("glow"), QStringLiteral("shoulder"),
            QStringLiteral("arrows"), QStringLiteral("note")};
        for (auto it = object.begin(); it != object.end(); ++it)
            if (!Known.contains(it.key())
                && std::find(limbKeys.begin(), limbKeys.end(), it.key()) == limbKeys.end())
                error(path + QLatin1Char('.') + it.key(), QStringLiteral("unknown field"));
        return result;
    }

    void props(const QJsonValue& value, const QString& path, ExerciseArt& art)
    {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString itemPath = path + QStringLiteral("[%1]").arg(i);
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
                error(itemPath + QStringLiteral(".type"), QStringLiteral("must be chair, stool or mat"));
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
            const QString itemPath = path + QStringLiteral("[%1]").arg(i);
            const QJsonObject object = array.at(i).toObject();
            GlowSpot spot;
            const QJsonArray joints = object.value(QLatin1String("joints")).toArray();
            if (joints.isEmpty())
                error(itemPath + QStringLiteral(".joints"), QStringLiteral("must name at least one joint"));
            for (int j = 0; j < joints.size(); ++j)
                if (const std::optional<Joint> jt = joint(joints.at(j), itemPath + QStringLiteral(".joints[%1]").arg(j), art.view))
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
            legPinned = legPinned || isLegJoint(p.anchor.joint);
        for (size_t limbIndex = 0; limbIndex < 4; ++limbIndex) {
            for (const QString& name : std::as_const(art.poseOrder)) {
                const Pose& p = art.poses[name];
                const LimbPose& l = limbIndex < 2 ? p.arms[limbIndex] : p.legs[limbIndex - 2];
                if (!l.reach)
                    continue;
                const QString limbPath = path + QStringLiteral(".poses.") + name;
                const JointTarget& t = l.reach->target;
                const bool leg = limbIndex >= 2;
                if (!t.world && ((leg && (isLegJoint(t.joint) || isArmJoint(t.joint)))
                                 || (!leg && isArmJoint(t.joint))))
                    error(limbPath, QStringLiteral("a leg may reach the trunk or the floor, an arm the trunk, a leg or the floor"));
                if (leg && t.world && legPinned)
                    error(limbPath, QStringLiteral("a leg cannot reach a floor point when a pose is pinned by a leg"));
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
            error(path + QStringLiteral(".view"), QStringLiteral("must be \"side\" or \"front\""));
        art.sided = object.value(QLatin1String("sided")).toBool(false);

        const QJsonValue poses = object.value(QLatin1String("poses"));
        if (!poses.isArray() || poses.toArray().isEmpty())
            error(path + QStringLiteral(".poses"), QStringLiteral("must be a non-empty list of key poses"));
        // A list, not an object, so "like" can only refer backwards.
        const QJsonArray poseArray = poses.toArray();
        for (int i = 0; i < poseArray.size(); ++i) {
            const QJsonObject poseObject = poseArray.at(i).toObject();
            const QString name = poseObject.value(QLatin1String("name")).toString();
            const QString posePath = path + QStringLiteral(".poses[%1]").arg(i);
            if (name.isEmpty() || art.poses.contains(name)) {
                error(posePath + QStringLiteral(".name"), QStringLiteral("missing or repeated"));
                continue;
            }
            QJsonObject fields = poseObject;
            fields.remove(QLatin1String("name"));
            art.poses.insert(name, pose(fields, posePath, art));
            art.poseOrder.append(name);
        }
        if (!art.poses.contains(art.start))
            error(path + QStringLiteral(".poses"), QStringLiteral("needs a \"start\" pose"));

        art.still = object.value(QLatin1String("still")).toString(art.start);
        if (!art.poses.contains(art.still))
            error(path + QStringLiteral(".still"), QStringLiteral("names no pose"));

        const QJsonArray phases = object.value(QLatin1String("phases")).toArray();
        for (int i = 0; i < phases.size(); ++i) {
            const QJsonObject phase = phases.at(i).toObject();
            PhaseArt p{phase.value(QLatin1String("id")).toString(), phase.value(QLatin1String("pose")).toString()};
            if (p.id.isEmpty() || !art.poses.contains(p.pose))
                error(path + QStringLiteral(".phases[%1]").arg(i), QStringLiteral("needs an id and an existing pose"));
            art.phases.append(p);
        }
        if (art.phases.isEmpty()) {
            art.hold = QStringLiteral("hold");
            if (!art.poses.contains(art.hold) && id != PoseLibrary::DefaultId)
                error(path + QStringLiteral(".poses"), QStringLiteral("a hold exercise needs a \"hold\" pose"));
        }
        glows(object.value(QLatin1String("highlight")), path + QStringLiteral(".highlight"), art);
        props(object.value(QLatin1String("props")), path + QStringLiteral(".props"), art);
        checkContacts(art, path);
        return art;
    }

private:
    QStringList* m_errors = nullptr;
    int m_count = 0;
};

LimbPose interpolateLimb(const LimbPose& a, const LimbPose& b, double t)
{
    LimbPose result;
    for (size_t i = 0; i < 3; ++i) {
        result.angles[i] = lerp(a.angles[i], b.angles[i], t);
        result.scale[i] = lerp(a.scale[i], b.scale[i], t);
    }
    // Reaches fade in and out by weight; the blended angles stay the
    // reference the solver measures them against.
    const bool sameKind = a.reach && b.reach && a.reach->bend == b.reach->bend
        && a.reach->target.world == b.reach->target.world && a.reach->target.joint == b.reach->target.joint
        && a.reach->target.local == b.reach->target.local;
    if (sameKind) {
        Reach reach = *b.reach;
        reach.target.offset = lerp(a.reach->target.offset, b.reach->target.offset, t);
        result.reach = reach;
        result.reachWeight = lerp(a.reachWeight, b.reachWeight, t);
    } else if (a.reach && b.reach) {
        result.reach = a.reach;
        result.reachWeight = a.reachWeight;
        result.blendReach = b.reach;
        result.blendReachWeight = b.reachWeight * t;
    } else if (a.reach) {
        result.reach = a.reach;
        result.reachWeight = a.reachWeight * (1 - t);
    } else if (b.reach) {
        result.reach = b.reach;
        result.reachWeight = b.reachWeight * t;
    }
    result.inFront = t < 0.5 ? a.inFront : b.inFront;
    return result;
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-4;
}

bool near(const QPointF& a, const QPointF& b)
{
    return near(a.x(), b.x()) && near(a.y(), b.y());
}

bool sameReach(const std::optional<Reach>& a, const std::optional<Reach>& b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a
        || (a->bend == b->bend && a->target.world == b->target.world && a->target.joint == b->target.joint
            && a->target.local == b->target.local && near(a->target.offset, b->target.offset));
}

bool sameLimb(const LimbPose& a, const LimbPose& b)
{
    for (size_t i = 0; i < 3; ++i)
        if (!near(a.angles[i], b.angles[i]) || !near(a.scale[i], b.scale[i]))
            return false;
    return a.inFront == b.inFront && near(a.reachWeight, b.reachWeight)
        && near(a.blendReachWeight, b.blendReachWeight) && sameReach(a.reach, b.reach)
        && sameReach(a.blendReach, b.blendReach);
}

bool sameArrows(const QList<Arrow>& a, const QList<Arrow>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Arrow& x = a.at(i);
        const Arrow& y = b.at(i);
        if (x.joint != y.joint || !near(x.offset, y.offset) || !near(x.angle, y.angle)
            || !near(x.length, y.length) || !near(x.turn, y.turn) || !near(x.opacity, y.opacity))
            return false;
    }
    return true;
}

} // namespace

std::optional<Joint> jointFromName(const QString& name, FigureView view)
{
    for (const JointNames& entry : TrunkNames)
        if (name == QLatin1String(entry.suffix))
            return entry.joint;
    for (int side = 0; side < 2; ++side) {
        const QString prefix = limbPrefix(side, view);
        if (!name.startsWith(prefix))
            continue;
        const QStringView rest = QStringView(name).mid(prefix.size());
        for (const JointNames& entry : LimbNames)
            if (rest == QLatin1String(entry.suffix))
                return static_cast<Joint>(static_cast<int>(entry.joint) + side * LimbJointsPerSide);
    }
    return std::nullopt;
}

QString jointName(Joint joint, FigureView view)
{
    for (const JointNames& entry : TrunkNames)
        if (entry.joint == joint)
            return QLatin1String(entry.suffix);
    const int index = static_cast<int>(joint) - static_cast<int>(Joint::ShoulderA);
    const int side = index / LimbJointsPerSide;
    return limbPrefix(side, view) + QLatin1String(LimbNames[index % LimbJointsPerSide].suffix);
}

const Pose* ExerciseArt::pose(const QString& name) const
{
    const auto it = poses.constFind(name);
    return it == poses.constEnd() ? nullptr : &it.value();
}

QString ExerciseArt::poseForPhase(const QString& phaseId) const
{
    const int index = phaseIndex(phaseId);
    return index < 0 ? QString() : phases.at(index).pose;
}

int ExerciseArt::phaseIndex(const QString& phaseId) const
{
    for (qsizetype i = 0; i < phases.size(); ++i)
        if (phases.at(i).id == phaseId)
            return static_cast<int>(i);
    return -1;
}

PoseLibrary PoseLibrary::fromJson(const QByteArray& json, QStringList* errors)
{
    PoseLibrary library;
    Parser parser(errors);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        parser.error(QStringLiteral("$"), parseError.errorString());
        return library;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("version")).toInt() != 1)
        parser.error(QStringLiteral("$.version"), QStringLiteral("must be 1"));
    library.m_proportions = parser.proportions(root.value(QLatin1String("proportions")).toObject(),
                                               QStringLiteral("$.proportions"));
    const QJsonArray exercises = root.value(QLatin1String("exercises")).toArray();
    for (int i = 0; i < exercises.size(); ++i) {
        const QJsonObject object = exercises.at(i).toObject();
        const QString id = object.value(QLatin1String("id")).toString();
        const QString path = QStringLiteral("$.exercises[%1]").arg(i);
        if (id.isEmpty() || library.m_exercises.contains(id)) {
            parser.error(path + QStringLiteral(".id"), QStringLiteral("missing or repeated"));
            continue;
        }
        library.m_exercises.insert(id, parser.exercise(id, object, path));
        library.m_order.append(id);
    }
    if (!library.m_exercises.contains(DefaultId))
        parser.error(QStringLiteral("$.exercises"), QStringLiteral("needs the \"default\" figure"));
    else
        library.m_fallback = library.m_exercises.value(DefaultId);
    library.m_order.removeAll(DefaultId);
    if (parser.errorCount() > 0) {
        library.m_exercises.clear();
        library.m_order.clear();
    }
    return library;
}

const PoseLibrary& PoseLibrary::builtIn()
{
    static const PoseLibrary library = [] {
        QFile file(QStringLiteral(":/limber/poses/poses.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcPose) << "pose artwork missing:" << file.fileName();
            return PoseLibrary();
        }
        QStringList errors;
        PoseLibrary result = fromJson(file.readAll(), &errors);
        // The file ships with the app and its tests check it, so a problem
        // here is a packaging bug: say so, and draw nothing rather than garbage.
        for (const QString& error : std::as_const(errors))
            qCWarning(lcPose).noquote() << "poses.json" << error;
        return result;
    }();
    return library;
}

const ExerciseArt* PoseLibrary::exercise(const QString& id) const
{
    const auto it = m_exercises.constFind(id);
    return it == m_exercises.constEnd() ? nullptr : &it.value();
}

const ExerciseArt& PoseLibrary::exerciseOrDefault(const QString& id) const
{
    const ExerciseArt* art = exercise(id);
    return art ? *art : m_fallback;
}

double easeInOut(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return 0.5 - 0.5 * std::cos(std::numbers::pi * t);
}

Pose interpolate(const Pose& from, const Pose& to, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    if (t <= 0)
        return from;
    if (t >= 1)
        return to;
    Pose result;
    if (from.anchor == to.anchor) {
        result.anchor = to.anchor;
    } else if (from.anchor.joint == to.anchor.joint) {
        result.anchor = to.anchor;
        result.anchor.at = lerp(from.anchor.at, to.anchor.at, t);
    } else {
        result.anchor = from.anchor;
        result.blendAnchor = to.anchor;
        result.anchorMix = t;
    }
    result.pelvis = lerp(from.pelvis, to.pelvis, t);
    result.lowerSpine = lerp(from.lowerSpine, to.lowerSpine, t);
    result.upperSpine = lerp(from.upperSpine, to.upperSpine, t);
    result.neck = lerp(from.neck, to.neck, t);
    result.head = lerp(from.head, to.head, t);
    result.shoulderShift = lerp(from.shoulderShift, to.shoulderShift, t);
    for (size_t i = 0; i < 2; ++i) {
        result.arms[i] = interpolateLimb(from.arms[i], to.arms[i], t);
        result.legs[i] = interpolateLimb(from.legs[i], to.legs[i], t);
    }
    result.glow = lerp(from.glow, to.glow, t);
    if (sameArrows(from.arrows, to.arrows)) {
        result.arrows = to.arrows;
    } else {
        // The hint of where the body is going appears early in the movement.
        const double fadeIn = std::min(1.0, t * 4);
        for (Arrow arrow : from.arrows) {
            arrow.opacity *= 1 - fadeIn;
            if (arrow.opacity > 0)
                result.arrows.append(arrow);
        }
        for (Arrow arrow : to.arrows) {
            arrow.opacity *= fadeIn;
            result.arrows.append(arrow);
        }
    }
    return result;
}

bool samePose(const Pose& a, const Pose& b)
{
    if (!(a.anchor == b.anchor) || a.blendAnchor != b.blendAnchor || !near(a.anchorMix, b.anchorMix))
        return false;
    if (!near(a.pelvis, b.pelvis) || !near(a.lowerSpine, b.lowerSpine) || !near(a.upperSpine, b.upperSpine)
        || !near(a.neck, b.neck) || !near(a.head, b.head) || !near(a.shoulderShift, b.shoulderShift)
        || !near(a.glow, b.glow))
        return false;
    for (size_t i = 0; i < 2; ++i)
        if (!sameLimb(a.arms[i], b.arms[i]) || !sameLimb(a.legs[i], b.legs[i]))
            return false;
    return sameArrows(a.arrows, b.arrows);
}

} // namespace limber
