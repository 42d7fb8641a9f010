#pragma once

#include "pose/Pose.h"
#include "pose/PoseBlending.h" // easing and blending were declared here first; users still expect them
#include "pose/Skeleton.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace limber {

struct JsonIssue;

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
    bool sided = false; // the data shows the left side; right mirrors
    QString still;      // key pose for cards
    QString start = QStringLiteral("start");
    QString hold;           // empty for repetition exercises
    QList<PhaseArt> phases; // repetition phases in order
    QStringList poseOrder;  // key poses in file order
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
    // Reads the file; every issue is reported as "file: $.path: problem".
    static PoseLibrary read(const QByteArray& json, const QString& fileName, QList<JsonIssue>& issues);

    FigureProportions m_proportions;
    QHash<QString, ExerciseArt> m_exercises;
    QStringList m_order;
    ExerciseArt m_fallback;
};

} // namespace limber
