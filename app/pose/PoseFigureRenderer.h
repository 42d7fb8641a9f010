#pragma once

#include "pose/PoseLibrary.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPalette>
#include <QRectF>

#include <array>

class QPainter;
class QTransform;

namespace limber {

// Where every joint of a pose lands in the scene: scene units, the floor is
// y = 0 and y grows upwards.
struct SolvedFigure {
    std::array<QPointF, JointCount> points{};
    std::array<double, JointCount> angles{}; // of the segment that ends at the joint

    QPointF at(Joint joint) const { return points[static_cast<size_t>(joint)]; }
    double angleAt(Joint joint) const { return angles[static_cast<size_t>(joint)]; }
};

// The figure's colours, taken from the widget's palette so it reads in light
// and dark themes alike.
struct FigureColours {
    QColor figure;   // body and near limbs
    QColor farLimb;  // limbs on the far side, a step towards the background
    QColor prop;     // chair and mat
    QColor floor;
    QColor glow;     // the targeted area
    QColor arrow;    // movement hints

    static FigureColours fromPalette(const QPalette& palette);
};

// What a pose shows at one place on screen: where its joints land and how
// strong its glow and arrows are. Frames with near-equal footprints look the
// same, so the later one need not be painted at all.
struct FigureFootprint {
    std::array<QPointF, JointCount> points{}; // in target coordinates
    double reach = 0; // how far any body part reaches beyond its joints, in target units
    double glow = 0;
    QList<QRectF> glowBounds;
    QList<double> arrowOpacities;
    QList<QRectF> arrowBounds;
    QRectF bounds; // all the pose draws (body, glow, arrows) in target coordinates

    // Whether `other` moves no point by `pixels` or more and changes no
    // opacity by a step the eye could see.
    bool looksLike(const FigureFootprint& other, double pixels) const;
    // What has to be repainted to go from this frame to `other`: the bones
    // that moved, with the flesh round them, and any glow or arrow that changed.
    QRectF changedBounds(const FigureFootprint& other) const;
};

// Forward kinematics and drawing of one pose.
class PoseFigureRenderer final {
public:
    explicit PoseFigureRenderer(const PoseLibrary& library) : m_library(library) {}

    static SolvedFigure solve(const Pose& pose, FigureView view, const FigureProportions& proportions);

    // The part of the scene any key pose of the exercise occupies. Fixed per
    // exercise, so the figure does not zoom while it moves.
    QRectF sceneBounds(const ExerciseArt& art) const;

    FigureFootprint footprint(const QRectF& target, const ExerciseArt& art, const Pose& pose, bool mirrored) const;

    // Draws the scene fitted into `target`. A mirrored pose is the exact
    // horizontal reflection within `target`. `exposed` (in the painter's
    // coordinates; empty for all of `target`) is the part that needs drawing:
    // the body is only rasterised there, so repainting what one moving limb
    // uncovered costs a fraction of the whole figure.
    void paint(QPainter& painter, const QRectF& target, const ExerciseArt& art, const Pose& pose,
               bool mirrored, const QPalette& palette, const QRectF& exposed = QRectF()) const;

private:
    // A soft radial glow, drawn once per size and colour and then blitted at
    // each frame's strength: Qt 6 fills gradients through its generic span
    // path and hands every large fill to its GUI thread pool, while a plain
    // image blit stays on this thread and costs a fraction.
    struct GlowSprite {
        int side = 0;          // device pixels
        double fraction = 1;   // gradient radius as a share of half the side
        QRgb colour = 0;
        QImage image;
    };

    // The floor and the props: the same for every frame of an exercise, so
    // drawn once per size and colour and blitted after.
    struct Stage {
        QString exerciseId;
        bool mirrored = false;
        QRgb floor = 0;
        QRgb prop = 0;
        QImage image;
    };

    QTransform sceneToTarget(const QRectF& target, const ExerciseArt& art, bool mirrored) const;
    FigureFootprint footprintOf(const SolvedFigure& figure, const QTransform& toTarget, const QRectF& target,
                                const ExerciseArt& art, const Pose& pose) const;
    const QImage& stage(const QRectF& target, const ExerciseArt& art, bool mirrored, const FigureColours& colours,
                        qreal dpr) const;
    const QImage& glowSprite(int side, double fraction, const QColor& colour, qreal dpr) const;

    const PoseLibrary& m_library;
    mutable QHash<QString, QRectF> m_bounds;
    // The body is composed on a layer of its own (see paint()). Its memory is
    // kept between frames, so an animation does not allocate and fault in a
    // fresh image 30 times a second; each frame paints on a view of just the
    // exposed part of it.
    mutable QImage m_layer;
    mutable QList<GlowSprite> m_glowSprites;
    mutable Stage m_stage;
};

} // namespace limber
