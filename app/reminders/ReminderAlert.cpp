#include "reminders/ReminderAlert.h"

#include "reminders/CornerPromptPresenter.h"
#include "reminders/DesktopNotificationPresenter.h"

#include <QDBusConnectionInterface>

#include <spdlog/spdlog.h>

namespace limber {

ReminderAlert::ReminderAlert(TimerSource& timers, QObject* parent)
    : ReminderAlert(QDBusConnection::sessionBus(), timers, parent)
{
}

ReminderAlert::ReminderAlert(const QDBusConnection& bus, TimerSource& timers, QObject* parent)
    : ReminderPresenter(parent)
    , m_bus(bus)
    , m_notifications(new DesktopNotificationPresenter(bus, this))
    , m_cornerPrompt(new CornerPromptPresenter(timers, this))
{
    forwardAnswers(m_notifications);
    forwardAnswers(m_cornerPrompt);
    connect(m_notifications, &DesktopNotificationPresenter::failed, this, &ReminderAlert::onNotificationFailed);
}

ReminderAlert::~ReminderAlert() = default;

void ReminderAlert::forwardAnswers(ReminderPresenter* from)
{
    // Only the presenter showing the reminder can answer: the other has none out.
    const auto answered = [this] { m_offer.reset(); };
    connect(from, &ReminderPresenter::startRequested, this, [this, answered] {
        answered();
        Q_EMIT startRequested();
    });
    connect(from, &ReminderPresenter::routineRequested, this, [this, answered] {
        answered();
        Q_EMIT routineRequested();
    });
    connect(from, &ReminderPresenter::snoozeRequested, this, [this, answered](int minutes) {
        answered();
        Q_EMIT snoozeRequested(minutes);
    });
    connect(from, &ReminderPresenter::skipRequested, this, [this, answered] {
        answered();
        Q_EMIT skipRequested();
    });
    connect(from, &ReminderPresenter::ignored, this, [this, answered] {
        answered();
        Q_EMIT ignored();
    });
    connect(from, &ReminderPresenter::chimeWanted, this, &ReminderPresenter::chimeWanted);
}

void ReminderAlert::show(const ReminderOffer& offer)
{
    const Route route = chooseRoute();
    // A reminder out the other way is replaced, not doubled.
    if (m_offer && m_route != route) {
        if (m_route == Route::Notification)
            m_notifications->withdraw();
        else
            m_cornerPrompt->withdraw();
    }
    m_offer = offer;
    m_route = route;
    if (route == Route::Notification)
        m_notifications->show(offer);
    else
        m_cornerPrompt->show(offer);
}

void ReminderAlert::withdraw()
{
    m_offer.reset();
    m_notifications->withdraw();
    m_cornerPrompt->withdraw();
}

ReminderAlert::Route ReminderAlert::chooseRoute()
{
    if (!m_bus.isConnected()) {
        logRouteOnce(Route::CornerPrompt, "there is no session bus");
        return Route::CornerPrompt;
    }
    const QString service = DesktopNotificationPresenter::serviceName();
    QDBusConnectionInterface* daemon = m_bus.interface();
    // Many desktops start their notification server on the first call (bus activation).
    const bool running = daemon && daemon->isServiceRegistered(service).value();
    if (running || (daemon && daemon->activatableServiceNames().value().contains(service))) {
        logRouteOnce(Route::Notification, "");
        return Route::Notification;
    }
    logRouteOnce(Route::CornerPrompt, "no notification server is on the session bus");
    return Route::CornerPrompt;
}

void ReminderAlert::logRouteOnce(Route route, const char* why)
{
    if (route == m_loggedRoute)
        return;
    m_loggedRoute = route;
    if (route == Route::Notification)
        spdlog::info("reminders: shown as desktop notifications");
    else
        spdlog::warn("reminders: {}; they show in Limber's own corner prompt", why);
}

void ReminderAlert::onNotificationFailed(const QString& reason)
{
    if (!m_offer || m_route != Route::Notification)
        return;
    spdlog::warn("reminders: the notification server failed ({}); this reminder shows in Limber's corner prompt",
                 reason.toStdString());
    // The next reminder asks the bus again, and says so if the route changed.
    m_loggedRoute = Route::CornerPrompt;
    m_route = Route::CornerPrompt;
    m_cornerPrompt->show(*m_offer);
}

} // namespace limber
