#include "remote/PoseArt.h"

#include "pose/PoseView.h"

#include <QDir>
#include <QGuiApplication>
#include <QPixmap>
#include <QStandardPaths>
#include <QUrl>

#include <spdlog/spdlog.h>

namespace limber {

namespace {

// Media panels show art at up to about 256 px; bigger only costs a write.
constexpr QSize ArtSize {256, 256};

} // namespace

PoseArt::PoseArt(QString folder)
    : m_folder(folder.isEmpty()
                   ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/mpris")
                   : std::move(folder))
{
}

QString PoseArt::urlFor(const QString& exerciseId)
{
    if (exerciseId == m_lastExerciseId)
        return m_lastUrl;
    m_lastExerciseId = exerciseId;
    m_lastUrl.clear();
    const QPixmap still = renderPoseStill(exerciseId, ArtSize, 1.0, QGuiApplication::palette());
    if (still.isNull())
        return m_lastUrl;
    const QString path = m_folder + QLatin1Char('/') + exerciseId + QStringLiteral(".png");
    if (!QDir().mkpath(m_folder) || !still.save(path, "PNG")) {
        spdlog::warn("media remote: cannot write the pose picture {}", path.toStdString());
        return m_lastUrl;
    }
    m_lastUrl = QUrl::fromLocalFile(path).toString();
    return m_lastUrl;
}

} // namespace limber
