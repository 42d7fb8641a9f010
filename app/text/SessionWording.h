#pragma once

#include <QCoreApplication>
#include <QString>

namespace limber {

class Catalog;
struct Plan;
struct Step;

// What a running session says on screen about where the person is: the set,
// repetition and side of a step, what comes next, the time left. One place,
// so every surface that describes the session (the session view, the floor
// view, the desktop's media controls) says it the same way.
class SessionWording final {
    Q_DECLARE_TR_FUNCTIONS(limber::SessionWording)

public:
    // "Rep 3 of 10", "Set 2 of 3 · Left side"; empty when there is nothing to count.
    static QString position(const Step& step);
    // The line under the countdown about step `index + 1` of `plan`: the next
    // exercise by name, or the next step and its length, or that this is the last.
    static QString next(const Plan& plan, int index, const Catalog& catalog);
    // "3:40 left" for the whole session.
    static QString timeLeft(qint64 ms);
    // The exercise's name in the interface language, or its id if unknown.
    static QString exerciseName(const Catalog& catalog, const QString& exerciseId);
};

} // namespace limber
