#pragma once

#include <QObject>

namespace limber {

// Logs, once, how long after exec() of the process the first frame of a
// window was painted. The measuring script (tools/measure.sh) sets
// LIMBER_T0_NS to the wall-clock time just before it starts Limber; without
// it the probe measures from the start of main(), which misses dynamic
// loading and says so.
class FirstFrameProbe final : public QObject {
    Q_OBJECT

public:
    explicit FirstFrameProbe(QObject* watched);

Q_SIGNALS:
    void firstFramePainted();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace limber
