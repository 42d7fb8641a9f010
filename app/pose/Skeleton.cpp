#include "pose/Skeleton.h"

namespace limber {

namespace {

struct JointNames {
    Joint joint;
    const char* suffix;
};

// Trunk joints have one name in every view; limb joints get a prefix.
constexpr JointNames TrunkNames[] = {
    {Joint::Tail, "tail"}, {Joint::Pelvis, "pelvis"},   {Joint::Waist, "waist"},
    {Joint::Neck, "neck"}, {Joint::NeckTop, "neckTop"}, {Joint::Head, "head"},
};
constexpr JointNames LimbNames[] = {
    {Joint::ShoulderA, "Shoulder"}, {Joint::ElbowA, "Elbow"}, {Joint::WristA, "Wrist"}, {Joint::HandA, "Hand"},
    {Joint::HipA, "Hip"},           {Joint::KneeA, "Knee"},   {Joint::AnkleA, "Ankle"}, {Joint::ToeA, "Toe"},
};

} // namespace

bool Skeleton::isLegJoint(Joint joint)
{
    const int j = static_cast<int>(joint);
    const int a = static_cast<int>(Joint::HipA);
    const int b = static_cast<int>(Joint::HipB);
    return (j >= a && j < a + 4) || (j >= b && j < b + 4);
}

bool Skeleton::isArmJoint(Joint joint)
{
    const int j = static_cast<int>(joint);
    const int a = static_cast<int>(Joint::ShoulderA);
    const int b = static_cast<int>(Joint::ShoulderB);
    return (j >= a && j < a + 4) || (j >= b && j < b + 4);
}

QString Skeleton::limbPrefix(int side, FigureView view)
{
    if (view == FigureView::Side)
        return side == 0 ? QStringLiteral("near") : QStringLiteral("far");
    return side == 0 ? QStringLiteral("left") : QStringLiteral("right");
}

std::optional<Joint> jointFromName(const QString& name, FigureView view)
{
    for (const JointNames& entry : TrunkNames)
        if (name == QLatin1String(entry.suffix))
            return entry.joint;
    for (int side = 0; side < 2; ++side) {
        const QString prefix = Skeleton::limbPrefix(side, view);
        if (!name.startsWith(prefix))
            continue;
        const QStringView rest = QStringView(name).mid(prefix.size());
        for (const JointNames& entry : LimbNames)
            if (rest == QLatin1String(entry.suffix))
                return static_cast<Joint>(static_cast<int>(entry.joint) + side * Skeleton::LimbJointsPerSide);
    }
    return std::nullopt;
}

QString jointName(Joint joint, FigureView view)
{
    for (const JointNames& entry : TrunkNames)
        if (entry.joint == joint)
            return QLatin1String(entry.suffix);
    const int index = static_cast<int>(joint) - static_cast<int>(Joint::ShoulderA);
    const int side = index / Skeleton::LimbJointsPerSide;
    return Skeleton::limbPrefix(side, view) + QLatin1String(LimbNames[index % Skeleton::LimbJointsPerSide].suffix);
}

} // namespace limber
