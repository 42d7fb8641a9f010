#pragma once

#include "reminders/ReminderPresenter.h"

#include <functional>
#include <memory>

namespace limber {

class CornerPrompt;
class Timer;
class TimerSource;

// A reminder in Limber's own corner prompt, for when no notification server
// is on the bus (or it failed). Unanswered, it goes away after ExpiryMs, as a
// notification bubble would, and counts as ignored.
class CornerPromptPresenter final : public ReminderPresenter {
    Q_OBJECT

public:
    static constexpr int ExpiryMs = 2 * 60 * 1000;

    explicit CornerPromptPresenter(TimerSource& timers, QObject* parent = nullptr);
    ~CornerPromptPresenter() override;

    void show(const ReminderOffer& offer) override;
    void withdraw() override;

    bool isShowing() const;
    // The window, made on the first show(); null before.
    CornerPrompt* prompt() const { return m_prompt.get(); }

private:
    void answer(const std::function<void()>& emitAnswer);
    void ensurePrompt();

    std::unique_ptr<CornerPrompt> m_prompt; // a top-level window: no QObject parent
    Timer* m_expiry;
};

} // namespace limber
