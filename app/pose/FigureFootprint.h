#pragma once

#include "pose/FigureSolver.h"
#include "pose/PoseLibrary.h"

#include <QList>
#include <QPointF>
#include <QRectF>

#include <array>

class QTransform;

namespace limber {

// What a pose shows at one place on screen: where its joints land and how
// strong its glow and arrows are. Frames with near-equal footprints look the
// same, so the later one need not be painted at all.
struct FigureFootprint {
    std::array<QPointF, JointCount> points {}; // in target coordinates
    double reach = 0;                          // how far any body part reaches beyond its joints, in target units
    double glow = 0;
    QList<QRectF> glowBounds;
    QList<double> arrowOpacities;
    QList<QRectF> arrowBounds;
    QRectF bounds; // all the pose draws (body, glow, arrows) in target coordinates

    // The footprint of `figure` (solved from `pose` of `art`) drawn through
    // `toTarget`, clipped to `target`.
    static FigureFootprint measure(const SolvedFigure& figure, const QTransform& toTarget, const QRectF& target,
                                   const ExerciseArt& art, const Pose& pose, const FigureProportions& p);

    // Whether `other` moves no point by `pixels` or more and changes no
    // opacity by a step the eye could see.
    bool looksLike(const FigureFootprint& other, double pixels) const;
    // What has to be repainted to go from this frame to `other`: the bones
    // that moved, with the flesh round them, and any glow or arrow that changed.
    QRectF changedBounds(const FigureFootprint& other) const;
};

} // namespace limber
