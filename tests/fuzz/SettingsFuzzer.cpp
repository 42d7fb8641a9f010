// Feeds arbitrary bytes as a settings file: whatever is in it, the loaded
// settings must stay within their documented ranges.
#include "limber/Settings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

#include <cstdint>
#include <cstdlib>

namespace {

void requireWithin(int value, limber::SessionSettings::Range range)
{
    if (value < range.min || value > range.max)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static QTemporaryDir dir;
    static const bool quiet = [] {
        spdlog::set_level(spdlog::level::off);
        return true;
    }();
    (void)quiet;

    const QString path = dir.filePath(QStringLiteral("limber.conf"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    }
    const QSettings store(path, QSettings::IniFormat);
    using S = limber::SessionSettings;
    const S settings = S::load(store);
    requireWithin(settings.leadInSeconds, S::LeadIn);
    requireWithin(settings.restBetweenHoldsSeconds, S::RestBetweenHolds);
    requireWithin(settings.restBetweenExercisesSeconds, S::RestBetweenExercises);
    requireWithin(settings.holdSeconds, S::Hold);
    requireWithin(settings.cobraReps, S::CobraReps);
    requireWithin(settings.getReadySeconds, S::GetReady);
    return 0;
}
