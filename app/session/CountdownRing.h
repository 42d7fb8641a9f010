#pragma once

#include "widgets/FaceCache.h"

#include <QWidget>

namespace limber {

// A big countdown inside a ring that empties as the step runs out, with where
// the person is written above the number. Purely a
// view: it shows what it is given and never keeps time itself.
class CountdownRing final : public QWidget {
    Q_OBJECT

public:
    explicit CountdownRing(QWidget* parent = nullptr);

    // Fraction of the step already done, 0..1; the ring shows what is left.
    void setProgress(double progress);
    double progress() const { return m_progress; }
    // The progress at which the arc's end will have moved a device pixel from
    // where it is drawn (1 at most): when the session's frame pacing should
    // next show the ring (SessionDriver::requestFrameAt).
    double nextVisibleProgress() const;
    void setText(const QString& text);
    const QString& text() const { return m_text; }
    // Where the person is ("Set 2 of 3 · Left side"), above the number: the
    // ring is where the eye rests, so it carries the orientation too.
    void setHeading(const QString& heading);
    const QString& heading() const { return m_heading; }
    // A quiet word under the number ("seconds").
    void setCaption(const QString& caption);
    const QString& caption() const { return m_caption; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // Where the ring lies: its centre line's bounding square and its width.
    struct Geometry {
        QRectF ring;
        qreal thickness = 0;
    };
    Geometry geometry() const;
    // How much progress moves the arc's end by one device pixel.
    double progressPerPixel() const;
    // The part of the widget the arc's end sweeps over between two amounts
    // left (each 0..1): all that changes when only the progress moves.
    QRect sweptRect(double fromLeft, double toLeft) const;
    // Track and words: they change once a second at most, the arc every frame.
    void paintFace(QPainter& painter) const;
    void invalidateFace();
    void refreshAccessibleDescription();
    // Sets one of the ring's words (`words` is m_text, m_heading or m_caption);
    // a change redraws the face and is told to screen readers.
    void changeWords(QString& words, const QString& to);

    FaceCache m_face;
    double m_progress = 0.0;
    QString m_heading;
    QString m_text;
    QString m_caption;
};

} // namespace limber
