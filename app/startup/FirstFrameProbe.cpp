#include "startup/FirstFrameProbe.h"

#include <QEvent>

#include <spdlog/spdlog.h>

#include <chrono>

namespace limber {

namespace {

const auto ProcessSeen = std::chrono::system_clock::now();

} // namespace

FirstFrameProbe::FirstFrameProbe(QObject* watched)
    : QObject(watched)
{
    watched->installEventFilter(this);
}

bool FirstFrameProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::Paint)
        return false;
    watched->removeEventFilter(this);

    const auto now = std::chrono::system_clock::now();
    bool fromExec = false;
    const qint64 t0 = qgetenv("LIMBER_T0_NS").toLongLong(&fromExec);
    double ms = 0.0;
    if (fromExec) {
        const qint64 nowNs = std::chrono::duration_cast<std::chrono::nanoseconds>(now.time_since_epoch()).count();
        ms = static_cast<double>(nowNs - t0) / 1e6;
    } else {
        ms = std::chrono::duration<double, std::milli>(now - ProcessSeen).count();
    }
    spdlog::info("first frame painted {:.1f} ms after {}", ms, fromExec ? "exec" : "static initialisation");
    Q_EMIT firstFramePainted();
    return false;
}

} // namespace limber
