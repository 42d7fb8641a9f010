#include "reminders/CornerPromptPresenter.h"

#include "reminders/CornerPrompt.h"
#include "reminders/DesktopNotificationPresenter.h"

#include "limber/Timer.h"

namespace limber {

CornerPromptPresenter::CornerPromptPresenter(TimerSource& timers, QObject* parent)
    : ReminderPresenter(parent)
    , m_expiry(timers.createTimer(Timer::Mode::SingleShot, this))
{
    connect(m_expiry, &Timer::timeout, this, [this] { answer([this] { Q_EMIT ignored(); }); });
}

CornerPromptPresenter::~CornerPromptPresenter() = default;

void CornerPromptPresenter::ensurePrompt()
{
    if (m_prompt)
        return;
    m_prompt = std::make_unique<CornerPrompt>();
    connect(m_prompt.get(), &CornerPrompt::startClicked, this, [this] { answer([this] { Q_EMIT startRequested(); }); });
    connect(m_prompt.get(), &CornerPrompt::routineClicked, this,
            [this] { answer([this] { Q_EMIT routineRequested(); }); });
    connect(m_prompt.get(), &CornerPrompt::snoozeClicked, this,
            [this] { answer([this] { Q_EMIT snoozeRequested(DesktopNotificationPresenter::SnoozeMinutes); }); });
    connect(m_prompt.get(), &CornerPrompt::skipClicked, this, [this] { answer([this] { Q_EMIT skipRequested(); }); });
    connect(m_prompt.get(), &CornerPrompt::closeClicked, this, [this] { answer([this] { Q_EMIT ignored(); }); });
}

void CornerPromptPresenter::show(const ReminderOffer& offer)
{
    ensurePrompt();
    // The same card again with the new words: one prompt, never a stack.
    m_prompt->setOffer(offer.summary, offer.body, offer.routineAction);
    m_prompt->moveToCorner();
    m_prompt->show();
    if (offer.chime)
        Q_EMIT chimeWanted(); // no sound theme to ask here: Limber's own chime
    m_expiry->start(ExpiryMs);
}

void CornerPromptPresenter::withdraw()
{
    m_expiry->stop();
    if (m_prompt)
        m_prompt->hide();
}

bool CornerPromptPresenter::isShowing() const
{
    return m_prompt && m_prompt->isVisible();
}

void CornerPromptPresenter::answer(const std::function<void()>& emitAnswer)
{
    if (!isShowing())
        return;
    withdraw();
    emitAnswer();
}

} // namespace limber
