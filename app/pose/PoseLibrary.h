#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace limber {

// How the figure is seen. Side: facing screen-right, limbs are near/far.
// Front: facing the viewer, limbs are left/right as seen on screen.
enum class FigureView { Side, Front };

// Every point of the 2D skeleton. "A" limbs are the near (side view) or
// screen-left (front view) ones, "B" the far or screen-right ones.
enum class Joint {
    Tail, Pelvis, Waist, Neck, NeckTop, Head,
    ShoulderA, ElbowA, WristA, HandA, HipA, KneeA, AnkleA, ToeA,
    ShoulderB, ElbowB, WristB, HandB, HipB, KneeB, AnkleB, ToeB,
};
inline constexpr int JointCount = static_cast<int>(Joint::ToeB) + 1;

// Parses "neck", "nearKnee", "leftHand"...; the limb prefixes depend on the view.
std::optional<Joint> jointFromName(const QString& name, FigureView view);
QString jointName(Joint joint, FigureView view);

// A point on or near the body, or a fixed point of the scene (world).
struct JointTarget {
    bool world = false;     // `offset` is then a scene point (floor is y = 0, y up)
    Joint joint = Joint::Pelvis;
    QPointF offset;         // from the joint
    bool local = false;     // offset turns with the segment that ends at the joint

    bool operator==(const JointTarget&) const = default;
};

// Two-bone inverse kinematics for a limb: the wrist/ankle goes to `target`.
// It keeps hands on the floor or on a knee while the rest of the body moves.
struct Reach {
    JointTarget target;
    int bend = 1;           // which way the elbow/knee points: +1 or -1

    bool operator==(const Reach&) const = default;
};

// Angles are in degrees, measured from straight up, positive towards the
// front (screen-right): 0 up, 90 forward, 180 down, -90 backward.
struct LimbPose {
    // Upper arm/thigh, forearm/shin, hand/foot. With a reach the first two are
    // a rough guide: the solver keeps its answer on the same side of them.
    std::array<double, 3> angles{};
    // Foreshortening: a foot pointing at the viewer looks shorter than it is.
    std::array<double, 3> scale{1, 1, 1};
    std::optional<Reach> reach;
    // Share of the reach in the final angles: 1 in key poses that reach,
    // between 0 and 1 while blending from a pose that uses plain angles.
    double reachWeight = 0;
    // While blending between two different reaches (floor to head) the second
    // one is solved too and mixed in by its weight.
    std::optional<Reach> blendReach;
    double blendReachWeight = 0;
    std::optional<bool> inFront; // drawing layer; default: near limbs in front
};

// Pins the skeleton into the scene: `joint` sits at `at`.
struct Anchor {
    Joint joint = Joint::Pelvis;
    QPointF at;

    bool operator==(const Anchor&) const = default;
};

// A hint of the movement, drawn in the highlight colour.
struct Arrow {
    Joint joint = Joint::Pelvis;
    QPointF offset;
    double angle = 0;   // direction at the start, same convention as limbs
    double length = 8;  // along the path
    double turn = 0;    // degrees the path turns over its length (0: straight)
    double opacity = 1;
};

struct Pose {
    Anchor anchor;
    // While blending between key poses pinned at different joints, both pins
    // are solved and the results mixed, so nothing jumps.
    std::optional<Anchor> blendAnchor;
    double anchorMix = 0;

    double pelvis = 0;      // pelvis axis; tilts the tailbone
    double lowerSpine = 0;
    double upperSpine = 0;
    double neck = 0;
    double head = 0;
    QPointF shoulderShift;  // forward and up in the chest's frame (shrugs); front view: back narrows
    std::array<LimbPose, 2> arms;
    std::array<LimbPose, 2> legs;
    double glow = 1;        // strength of the highlight on the target area
    QList<Arrow> arrows;
};

// Soft highlight centred on the mean of some joints.
struct GlowSpot {
    QList<Joint> joints;
    double radius = 10;
};

// Furniture and floor items, in scene units.
struct Prop {
    enum class Type { Chair, Stool, Mat };
    Type type = Type::Mat;
    double x = 0;      // chair/stool: front edge of the seat; mat: start
    double width = 0;  // seat depth or mat length
    double height = 0; // seat height (chair/stool)
    double back = 0;   // backrest height above the seat (chair)
};

struct PhaseArt {
    QString id;
    QString pose;
};

// Segment lengths and stroke widths of the figure, in scene units.
struct FigureProportions {
    double tail = 4, lowerSpine = 13, upperSpine = 15, neck = 5, headRadius = 6.3;
    double shoulderDrop = 3, shoulderHalfWidth = 9, waistHalfWidth = 6.5, hipHalfWidth = 5.5;
    double upperArm = 15, forearm = 13, hand = 5;
    double thigh = 21, shin = 20, foot = 7;
    double torsoWidth = 12, neckWidth = 5;
    double upperArmWidth = 5, forearmWidth = 4.4, handWidth = 4;
    double thighWidth = 8, shinWidth = 6, footWidth = 4;
};

struct ExerciseArt {
    QString id;
    FigureView view = FigureView::Side;
    bool sided = false;          // the data shows the left side; right mirrors
    QString still;               // key pose for cards
    QString start = QStringLiteral("start");
    QString hold;                // empty for repetition exercises
    QList<PhaseArt> phases;      // repetition phases in order
    QStringList poseOrder;       // key poses in file order
    QHash<QString, Pose> poses;
    QList<GlowSpot> glows;
    QList<Prop> props;

    const Pose* pose(const QString& name) const;
    // Key pose name for a repetition phase, or empty if the phase is unknown.
    QString poseForPhase(const QString& phaseId) const;
    int phaseIndex(const QString& phaseId) const;
    bool isRepetition() const { return !phases.isEmpty(); }
};

// The pose artwork: key poses per exercise, read from JSON and checked.
class PoseLibrary final {
public:
    static inline const QString DefaultId = QStringLiteral("default");

    // Parses and validates; every problem is listed in `errors` (with a JSON
    // path) and the library is only usable when the list stays empty.
    static PoseLibrary fromJson(const QByteArray& json, QStringList* errors);
    // The artwork compiled into the app (":/limber/poses/poses.json").
    static const PoseLibrary& builtIn();

    bool isEmpty() const { return m_exercises.isEmpty(); }
    QStringList exerciseIds() const { return m_order; }
    const ExerciseArt* exercise(const QString& id) const;
    // Exercises without artwork (e.g. from a user catalog) get a neutral figure.
    const ExerciseArt& exerciseOrDefault(const QString& id) const;
    const FigureProportions& proportions() const { return m_proportions; }

private:
    FigureProportions m_proportions;
    QHash<QString, ExerciseArt> m_exercises;
    QStringList m_order;
    ExerciseArt m_fallback;
};

// Sine ease in-out: calm start and finish, like a breath.
double easeInOut(double t);

// Blends two key poses; t = 0 gives `from`, 1 gives `to`. Angles are blended
// as written (the data chooses the way round), pins and reaches are blended
// so that contacts (hands on the floor) hold while the body moves.
Pose interpolate(const Pose& from, const Pose& to, double t);

// True when both poses would draw the same picture.
bool samePose(const Pose& a, const Pose& b);

} // namespace limber
