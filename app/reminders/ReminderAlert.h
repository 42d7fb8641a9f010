#pragma once

#include "reminders/ReminderPresenter.h"

#include <QDBusConnection>

#include <optional>

namespace limber {

class CornerPromptPresenter;
class DesktopNotificationPresenter;
class TimerSource;

// The reminder as the composition root sees it: a freedesktop notification
// when a notification server is on the session bus (running, or startable by
// bus activation), else Limber's own corner prompt. A server that errors or
// leaves while a reminder is out does not lose it: the same offer comes up in
// the corner prompt, with one line in the log.
class ReminderAlert final : public ReminderPresenter {
    Q_OBJECT

public:
    enum class Route { None, Notification, CornerPrompt };
    Q_ENUM(Route)

    // On the session bus.
    explicit ReminderAlert(TimerSource& timers, QObject* parent = nullptr);
    ReminderAlert(const QDBusConnection& bus, TimerSource& timers, QObject* parent = nullptr);
    ~ReminderAlert() override;

    void show(const ReminderOffer& offer) override;
    void withdraw() override;

    // How the reminder now out was shown; None when none is out.
    Route route() const { return m_offer ? m_route : Route::None; }
    DesktopNotificationPresenter& notifications() const { return *m_notifications; }
    CornerPromptPresenter& cornerPrompt() const { return *m_cornerPrompt; }

private:
    Route chooseRoute();
    void forwardAnswers(ReminderPresenter* from);
    void onNotificationFailed(const QString& reason);
    void logRouteOnce(Route route, const char* why);

    QDBusConnection m_bus;
    DesktopNotificationPresenter* m_notifications;
    CornerPromptPresenter* m_cornerPrompt;
    std::optional<ReminderOffer> m_offer; // the reminder out, until answered or withdrawn
    Route m_route = Route::None;
    Route m_loggedRoute = Route::None; // say why once, not at every reminder
};

} // namespace limber
