// Feeds arbitrary bytes to the .limber archive reader. It must refuse with
// one message naming the file, or give a preview whose every picture path
// stays inside its folder and within the size limits.
#include "limber/routines/RoutineArchive.h"

#include <QDir>

#include <spdlog/spdlog.h>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const bool quiet = [] {
        spdlog::set_level(spdlog::level::off);
        return true;
    }();
    (void)quiet;

    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const limber::ArchiveReadResult result = limber::RoutineArchive::parse(bytes, QStringLiteral("fuzz.limber"));
    if (!result.ok()) {
        if (!result.error.startsWith(QStringLiteral("fuzz.limber: ")))
            std::abort();
        return 0;
    }
    qint64 total = 0;
    for (const limber::ArchivePicture& picture : result.preview.pictures) {
        // Checked independently of isSafeRelativePath: Qt's own idea of a clean, relative path.
        const bool climbs = QDir::isAbsolutePath(picture.path) || QDir::cleanPath(picture.path) != picture.path
            || picture.path.split(QLatin1Char('/')).contains(QStringLiteral(".."));
        if (climbs || picture.data.size() > limber::RoutineArchive::MaxPictureBytes)
            std::abort();
        total += picture.data.size();
    }
    if (total > limber::RoutineArchive::MaxUnpackedBytes
        || result.preview.exercises.size() > limber::RoutineArchive::MaxExercises)
        std::abort();
    return 0;
}
