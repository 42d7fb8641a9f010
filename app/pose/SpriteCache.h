#pragma once

#include "pose/FigureColours.h"
#include "pose/PoseLibrary.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

class QTransform;

namespace limber {

// Soft radial glows, drawn once per size and colour and then blitted at each
// frame's strength: Qt 6 fills gradients through its generic span path and
// hands every large fill to its GUI thread pool, while a plain image blit
// stays on this thread and costs a fraction.
class GlowSpriteCache final {
public:
    // A glow `side` device pixels across, its gradient reaching `fraction` of
    // half the side; drawn on first use.
    const QImage& sprite(int side, double fraction, const QColor& colour, qreal dpr);

private:
    struct GlowSprite {
        int side = 0;        // device pixels
        double fraction = 1; // gradient radius as a share of half the side
        QRgb colour = 0;
        QImage image;
    };

    QList<GlowSprite> m_sprites;
};

// The floor and the props: the same for every frame of an exercise, so drawn
// once per size and colour and blitted after. Keeps the last one only.
class StageCache final {
public:
    // The stage of `art` fitted into `target` through `toTarget` (scene to
    // target), as an image covering target's aligned rectangle.
    const QImage& stage(const QRectF& target, const ExerciseArt& art, bool mirrored, const QTransform& toTarget,
                        const FigureColours& colours, qreal dpr);

private:
    QString m_exerciseId;
    bool m_mirrored = false;
    QRgb m_floor = 0;
    QRgb m_prop = 0;
    QImage m_image;
};

} // namespace limber
