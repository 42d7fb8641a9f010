#pragma once

#include "pose/Pose.h"

namespace limber {

// Sine ease in-out: calm start and finish, like a breath.
double easeInOut(double t);

// Blends two key poses; t = 0 gives `from`, 1 gives `to`. Angles are blended
// as written (the data chooses the way round), pins and reaches are blended
// so that contacts (hands on the floor) hold while the body moves.
Pose interpolate(const Pose& from, const Pose& to, double t);

// True when both poses would draw the same picture.
bool samePose(const Pose& a, const Pose& b);

} // namespace limber
