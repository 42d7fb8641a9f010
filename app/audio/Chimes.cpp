#include "audio/Chimes.h"

#include "limber/SessionEngine.h"

#include <QTimer>

#include <memory>
#include <utility>

namespace limber {

void Chimes::follow(const SessionEngine& engine)
{
    connect(&engine, &SessionEngine::cue, this, &Chimes::onCue);
}

void Chimes::whenReady(QObject* context, std::function<void()> action)
{
    if (isReady()) {
        action();
        return;
    }
    auto done = std::make_shared<bool>(false);
    const auto once = [done, action = std::move(action)] {
        if (!std::exchange(*done, true))
            action();
    };
    connect(this, &Chimes::ready, context, once, Qt::SingleShotConnection);
    QTimer::singleShot(MaxReadyWaitMs, context, once);
}

} // namespace limber
