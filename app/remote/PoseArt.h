#pragma once

#include <QString>

namespace limber {

// The picture a media panel shows for the current step: a still of the
// exercise's pose, written as a PNG to the cache folder (…/mpris/<id>.png)
// and pointed at by a file:// URL. A picture is rendered only when the
// exercise changes, never per step.
class PoseArt final {
public:
    // The cache folder's "mpris" subfolder unless told otherwise (tests).
    explicit PoseArt(QString folder = QString());

    // The file:// URL of exerciseId's still, written now if it is not the one
    // written last; empty when it cannot be drawn or saved.
    QString urlFor(const QString& exerciseId);
    const QString& folder() const { return m_folder; }

private:
    QString m_folder;
    QString m_lastExerciseId;
    QString m_lastUrl;
};

} // namespace limber
