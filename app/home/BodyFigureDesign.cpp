#include "home/BodyFigureDesign.h"

#include <QList>
#include <QTransform>

namespace limber::bodyfigure {

namespace {

constexpr qreal Centre = GridWidth / 2.0;

struct Curve {
    QPointF c1;
    QPointF c2;
    QPointF end;
};

QPointF mirrored(const QPointF& p)
{
    return {2.0 * Centre - p.x(), p.y()};
}

// A shape symmetric about the spine, given as its right half: from `start` on
// the centre line, down the right side, back to the centre line. The left half
// is the mirror image walked in reverse, so the outline stays one closed path.
QPainterPath symmetricShape(const QPointF& start, const QList<Curve>& rightHalf)
{
    QPainterPath path(start);
    for (const Curve& curve : rightHalf)
        path.cubicTo(curve.c1, curve.c2, curve.end);
    for (qsizetype i = rightHalf.size() - 1; i >= 0; --i) {
        const QPointF from = i > 0 ? rightHalf[i - 1].end : start;
        path.cubicTo(mirrored(rightHalf[i].c2), mirrored(rightHalf[i].c1), mirrored(from));
    }
    path.closeSubpath();
    return path;
}

// The same open stroke on both sides of the spine.
void addMirroredStroke(QPainterPath& path, const QPointF& start, const QList<Curve>& curves)
{
    path.moveTo(start);
    for (const Curve& curve : curves)
        path.cubicTo(curve.c1, curve.c2, curve.end);
    path.moveTo(mirrored(start));
    for (const Curve& curve : curves)
        path.cubicTo(mirrored(curve.c1), mirrored(curve.c2), mirrored(curve.end));
}

QPainterPath silhouetteOnGrid()
{
    // Neck, trapezius, shoulder, the arm hanging loose, the side of the torso,
    // hip and thigh; the legs fade out below the knee line when painted.
    return symmetricShape({Centre, 44},
                          {
                              {{106, 44}, {111, 45}, {111, 50}},    // neck, hidden under the head
                              {{111, 58}, {112, 64}, {114, 68}},    // side of the neck
                              {{126, 76}, {140, 80}, {150, 85}},    // trapezius slope
                              {{160, 90}, {166, 100}, {166, 114}},  // round of the shoulder
                              {{167, 134}, {169, 152}, {169, 168}}, // upper arm, outside
                              {{170, 186}, {172, 206}, {173, 222}}, // forearm, outside
                              {{177, 232}, {177, 246}, {169, 252}}, // hand
                              {{163, 255}, {158, 248}, {157, 238}},
                              {{156, 226}, {156, 214}, {155, 198}},    // forearm, inside
                              {{154, 180}, {152, 150}, {149, 132}},    // upper arm, inside
                              {{147, 126}, {143, 126}, {141, 132}},    // armpit
                              {{138, 150}, {134, 168}, {134, 186}},    // ribs to waist
                              {{134, 204}, {146, 218}, {147, 240}},    // hip
                              {{148, 270}, {143, 300}, {139, 340}},    // outer thigh
                              {{130, 341}, {114, 341}, {105, 340}},    // cut at the knee line (faded when painted)
                              {{104, 310}, {103, 290}, {Centre, 272}}, // inner thigh up to the crotch
                          });
}

QPainterPath headOnGrid()
{
    QPainterPath head;
    head.addEllipse(QPointF(Centre, 30), 20, 25);
    return head;
}

// Everything below a boundary that runs across the back as a gentle curve,
// the way anatomy charts divide it, rather than as a straight cut.
QPainterPath belowBoundary(qreal centreY, qreal sideY, qreal left, qreal right)
{
    QPainterPath region;
    region.moveTo(left, GridHeight);
    region.lineTo(left, sideY);
    region.cubicTo(left + 30, sideY, Centre - 40, centreY, Centre, centreY);
    region.cubicTo(Centre + 40, centreY, right - 30, sideY, right, sideY);
    region.lineTo(right, GridHeight);
    region.closeSubpath();
    return region;
}

QPainterPath spineOnGrid()
{
    QPainterPath spine;
    spine.moveTo(Centre, 74);
    spine.cubicTo(Centre - 1.5, 140, Centre + 1.5, 200, Centre, 252);
    return spine;
}

QPainterPath detailsOnGrid()
{
    QPainterPath details;
    // Shoulder blades: the inner edge, the top ridge and the lower tip.
    addMirroredStroke(details, {112, 112},
                      {
                          {{120, 108}, {132, 106}, {138, 112}},
                          {{137, 128}, {133, 146}, {127, 158}},
                          {{121, 150}, {115, 136}, {112, 112}},
                      });
    // Small of the back, where it meets the hips.
    addMirroredStroke(details, {118, 230}, {{{124, 236}, {130, 240}, {136, 240}}});
    // Buttocks: the cleft and the fold underneath.
    details.moveTo(Centre, 256);
    details.lineTo(Centre, 276);
    addMirroredStroke(details, {Centre + 3, 294}, {{{114, 298}, {130, 298}, {142, 292}}});
    return details;
}

} // namespace

Parts design()
{
    const QTransform toDesign = QTransform::fromScale(GridScale, GridScale);
    const auto onDesign = [&](const QPainterPath& path) { return toDesign.map(path); };
    Parts parts;
    QPainterPath& silhouette = parts[index(Part::Silhouette)];
    QPainterPath& head = parts[index(Part::Head)];
    silhouette = onDesign(silhouetteOnGrid());
    head = onDesign(headOnGrid());

    // Each region is a band across the back, cut to the body outline and kept
    // off the head; the middle bands are also kept off the arms. The small
    // shapes (band, column, head) are combined first and the long, curved
    // outline is cut once per region: clipping against the outline is what
    // costs (each cut flattens all its curves). (S − H) ∩ C ∩ B is S ∩ ((C ∩ B) − H).
    const QPainterPath everything = onDesign(belowBoundary(0, 0, 0, GridWidth));
    const QPainterPath torsoColumn = onDesign(belowBoundary(0, 0, 56, 144));
    const QPainterPath hipColumn = onDesign(belowBoundary(0, 0, 50, 150));

    const QPainterPath belowShoulders = onDesign(belowBoundary(104, 122, 0, GridWidth));
    const QPainterPath belowUpperBack = onDesign(belowBoundary(178, 184, 0, GridWidth));
    const QPainterPath belowLowerBack = onDesign(belowBoundary(250, 238, 0, GridWidth));

    const auto cutToBody = [&](const QPainterPath& band) { return silhouette.intersected(band.subtracted(head)); };
    parts[index(Part::NeckShoulders)] = cutToBody(everything.subtracted(belowShoulders));
    parts[index(Part::UpperBack)] = cutToBody(torsoColumn.intersected(belowShoulders.subtracted(belowUpperBack)));
    parts[index(Part::LowerBack)] = cutToBody(hipColumn.intersected(belowUpperBack.subtracted(belowLowerBack)));

    parts[index(Part::Spine)] = onDesign(spineOnGrid());
    parts[index(Part::Details)] = onDesign(detailsOnGrid());
    return parts;
}

} // namespace limber::bodyfigure
