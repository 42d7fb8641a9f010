// Feeds arbitrary bytes to the Workrave exercises.xml reader. A file is either
// refused with one message naming it, or read whole into exercises whose
// every number is inside the limits an import relies on.
#include "limber/Picture.h"
#include "limber/WorkraveExercises.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray xml(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const limber::WorkraveReadResult result
        = limber::WorkraveReader::parse(xml, QStringLiteral("fuzz.xml"), QStringLiteral("de_DE"));
    if (!result.ok()) {
        if (!result.error.startsWith(QStringLiteral("fuzz.xml: ")) || !result.exercises.isEmpty())
            std::abort();
        return 0;
    }
    if (result.exercises.isEmpty() || result.exercises.size() > limber::WorkraveReader::MaxExercises)
        std::abort();
    for (const limber::WorkraveExercise& exercise : result.exercises) {
        if (exercise.title.isEmpty() || exercise.shownTitle.isEmpty() || exercise.images.isEmpty()
            || exercise.images.size() > limber::WorkraveReader::MaxImages)
            std::abort();
        if (exercise.sequenceMs < 1000 || exercise.sequenceMs > limber::WorkraveReader::MaxSequenceSeconds * 1000)
            std::abort();
        for (const limber::WorkraveImage& image : exercise.images) {
            if (image.durationMs < 1000 || image.durationMs > limber::WorkraveReader::MaxImageSeconds * 1000)
                std::abort();
            // Whatever is read may be joined to a folder: it must stay inside it.
            if (!limber::picturePath::problemWithName(image.source).isEmpty())
                std::abort();
        }
    }
    return 0;
}
