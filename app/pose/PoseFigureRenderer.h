#pragma once

#include "pose/FigureColours.h"
#include "pose/FigureFootprint.h"
#include "pose/FigureSolver.h"
#include "pose/PoseLibrary.h"
#include "pose/SpriteCache.h"

#include <QHash>
#include <QImage>
#include <QPalette>
#include <QRectF>

class QPainter;
class QTransform;

namespace limber {

// Forward kinematics and drawing of one pose.
class PoseFigureRenderer final {
public:
    explicit PoseFigureRenderer(const PoseLibrary& library)
        : m_library(library)
    {
    }

    static SolvedFigure solve(const Pose& pose, FigureView view, const FigureProportions& proportions)
    {
        return solveFigure(pose, view, proportions);
    }

    // The part of the scene any key pose of the exercise occupies. Fixed per
    // exercise, so the figure does not zoom while it moves.
    QRectF sceneBounds(const ExerciseArt& art) const;

    FigureFootprint footprint(const QRectF& target, const ExerciseArt& art, const Pose& pose, bool mirrored) const;

    // Draws the scene fitted into `target`. A mirrored pose is the exact
    // horizontal reflection within `target`. `exposed` (in the painter's
    // coordinates; empty for all of `target`) is the part that needs drawing:
    // the body is only rasterised there, so repainting what one moving limb
    // uncovered costs a fraction of the whole figure.
    void paint(QPainter& painter, const QRectF& target, const ExerciseArt& art, const Pose& pose, bool mirrored,
               const QPalette& palette, const QRectF& exposed = QRectF()) const;

private:
    QTransform sceneToTarget(const QRectF& target, const ExerciseArt& art, bool mirrored) const;

    const PoseLibrary& m_library;
    mutable QHash<QString, QRectF> m_bounds;
    // The body is composed on a layer of its own (see paint()). Its memory is
    // kept between frames, so an animation does not allocate and fault in a
    // fresh image 30 times a second; each frame paints on a view of just the
    // exposed part of it.
    mutable QImage m_layer;
    mutable GlowSpriteCache m_glowSprites;
    mutable StageCache m_stage;
};

} // namespace limber
