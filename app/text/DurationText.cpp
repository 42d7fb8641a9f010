#include "text/DurationText.h"

#include <algorithm>

namespace limber {

namespace {

qint64 roundToMultiple(qint64 value, qint64 multiple)
{
    return (value + multiple / 2) / multiple * multiple;
}

QString minutesAndSeconds(qint64 totalSeconds)
{
    const int minutes = static_cast<int>(totalSeconds / 60);
    const int seconds = static_cast<int>(totalSeconds % 60);
    if (minutes == 0)
        return DurationText::tr("%n s", "seconds, abbreviated", seconds);
    if (seconds == 0)
        return DurationText::tr("%n min", "minutes, abbreviated", minutes);
    //: minutes and seconds, abbreviated, e.g. "1 min 30 s"
    return DurationText::tr("%1 %2").arg(DurationText::tr("%n min", "minutes, abbreviated", minutes),
                                         DurationText::tr("%n s", "seconds, abbreviated", seconds));
}

} // namespace

QString DurationText::approximate(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, (ms + 500) / 1000);
    if (seconds < 60)
        return minutesAndSeconds(std::max<qint64>(5, roundToMultiple(seconds, 5)));
    if (seconds < 5 * 60)
        return minutesAndSeconds(roundToMultiple(seconds, 30));
    return minutesAndSeconds(roundToMultiple(seconds, 60));
}

QString DurationText::exact(qint64 ms)
{
    return minutesAndSeconds(std::max<qint64>(0, (ms + 500) / 1000));
}

QString DurationText::countdown(qint64 ms)
{
    // Rounded up, like the engine's whole-second signal: "1" shows until the very end.
    const qint64 seconds = std::max<qint64>(0, (ms + 999) / 1000);
    if (seconds <= 60)
        return QString::number(seconds);
    return clock(seconds * 1000);
}

QString DurationText::clock(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, (ms + 999) / 1000);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace limber
