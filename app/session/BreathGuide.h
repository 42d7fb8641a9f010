#pragma once

#include "widgets/FaceCache.h"

#include "limber/Catalog.h"

#include <QWidget>

#include <optional>

namespace limber {

// A soft circle that grows while breathing in and shrinks while breathing out,
// following the step's progress so the breath and the movement stay together.
// Still (and quiet) when the step has no breath to pace.
class BreathGuide final : public QWidget {
    Q_OBJECT

public:
    explicit BreathGuide(QWidget* parent = nullptr);

    void setBreath(Breath breath, double progress);
    Breath breath() const { return m_breath; }
    // How full the lungs are, 0 (empty) .. 1 (full), as drawn.
    double fullness() const;
    // The step progress (0..1) at which the circle will have grown or shrunk
    // visibly from what is drawn; 1 when it will not before the step ends.
    // What the session's frame pacing asks (SessionDriver::requestFrameAt).
    double nextVisibleProgress() const;
    QString caption() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // Where things go at the current size.
    struct Geometry {
        QPointF centre;
        qreal maxRadius = 0; // a full breath; 0 when there is no room to draw
        qreal minRadius = 0; // empty lungs
        QRectF caption;
    };
    // Kept until the size, the font or the kind of breath changes: it is
    // asked for every frame, and measuring the caption's font is not free.
    const Geometry& geometry() const;
    Geometry measure() const;
    void forgetGeometry() { m_geometry.reset(); }
    qreal radiusFor(double fullness) const;
    double fullnessAt(double progress) const;
    QFont captionFont() const;
    // The outer line and the caption: they change with the kind of breath,
    // not with every frame of it.
    void paintFace(QPainter& painter) const;

    Breath m_breath = Breath::None;
    double m_progress = 0.0;
    qreal m_drawnRadius = -1; // radius of the circle on screen (or about to be)
    FaceCache m_face;
    mutable std::optional<Geometry> m_geometry;
};

} // namespace limber
