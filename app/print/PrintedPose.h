#pragma once

#include <QImage>
#include <QList>
#include <QPalette>
#include <QSize>
#include <QString>

namespace limber {

// The pictures of one exercise on paper: where it starts and its main pose
// (the hold, or the key moment of a repetition), still figures rendered by
// the same renderer as the screen, at print resolution.
class PrintedPose final {
public:
    enum class Kind { Start, Main };

    // The pictures worth printing for the exercise, in order: Start and Main,
    // or just Main when the exercise starts in its main pose.
    static QList<Kind> picturesOf(const QString& exerciseId);
    // Whether the main pose is a hold (true) or a movement.
    static bool isHold(const QString& exerciseId);

    // The figure on a white ground, `pixels` in size.
    static QImage render(const QString& exerciseId, Kind kind, const QSize& pixels, const QPalette& palette);
};

} // namespace limber
