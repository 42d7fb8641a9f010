#include "reminders/ReminderService.h"

#include "reminders/ReminderPresenter.h"
#include "text/DurationText.h"

#include "limber/Catalog.h"
#include "limber/CatalogText.h"
#include "limber/History.h"
#include "limber/HistoryStats.h"
#include "limber/Plan.h"
#include "limber/ReminderDriver.h"
#include "limber/SetAsideBook.h"
#include "limber/Settings.h"
#include "limber/routines/RoutineSessions.h"
#include "limber/routines/RoutineStore.h"

#include <QSettings>

#include <algorithm>

#include <spdlog/spdlog.h>

namespace limber {

namespace {

// How many reminders have offered a session: the next one offers the next exercise in turn.
const QString RotationKey = QStringLiteral("reminders/rotation");

} // namespace

ReminderService::ReminderService(const Catalog& catalog, const Clock& clock, const ActivitySource& activity,
                                 ReminderPresenter& presenter, TimerSource& timers, QObject* parent,
                                 const WallClock* wallClock)
    : QObject(parent)
    , m_catalog(catalog)
    , m_presenter(presenter)
    , m_wallClock(wallClock ? *wallClock : m_systemClock)
    , m_scheduler(clock, m_wallClock, activity)
{
    reloadSettings();
    m_driver = std::make_unique<ReminderDriver>(m_scheduler, activity, timers);
    connect(&m_scheduler, &ReminderScheduler::reminderDue, this, &ReminderService::onDue);
    connect(&m_presenter, &ReminderPresenter::startRequested, this, [this] {
        const QStringList exercises = m_offered;
        answer(Outcome::Started);
        Q_EMIT startRequested(exercises);
    });
    connect(&m_presenter, &ReminderPresenter::routineRequested, this, [this] {
        const std::optional<Routine> routine = m_offeredRoutine;
        answer(Outcome::Started);
        if (routine)
            Q_EMIT routineStartRequested(*routine);
    });
    connect(&m_presenter, &ReminderPresenter::snoozeRequested, this, [this](int minutes) {
        answer(Outcome::Snoozed);
        m_scheduler.snooze(minutes);
    });
    connect(&m_presenter, &ReminderPresenter::skipRequested, this, [this] {
        answer(Outcome::Skipped);
        m_scheduler.skip();
    });
    connect(&m_presenter, &ReminderPresenter::ignored, this, [this] { answer(Outcome::Ignored); });
    connect(&m_presenter, &ReminderPresenter::chimeWanted, this, &ReminderService::chimeWanted);
}

ReminderService::~ReminderService() = default;

void ReminderService::reloadSettings()
{
    QStringList warnings;
    m_scheduler.setSettings(ReminderSettings::load(QSettings(), &warnings));
    if (m_driver)
        m_driver->pollNow();
}

void ReminderService::remindIn(qint64 ms)
{
    m_scheduler.remindIn(ms);
    m_driver->pollNow();
}

void ReminderService::setRecentRegion(const QString& regionId)
{
    m_recentRegion = regionId;
}

SetAside ReminderService::setAside() const
{
    return m_setAside ? m_setAside->current() : SetAside();
}

void ReminderService::setRoutines(const RoutineStore* routines, const HistoryStore* history)
{
    m_routines = routines;
    m_history = history;
}

std::optional<Routine> ReminderService::dueRoutine() const
{
    if (!m_routines || !m_history || !m_history->isOpen())
        return std::nullopt;
    // A routine none of whose exercises is installed would start nothing.
    QList<Routine> startable;
    for (const Routine& routine : m_routines->routines()) {
        const QStringList ids = routine.exerciseIds();
        if (std::any_of(ids.begin(), ids.end(), [this](const QString& id) { return m_catalog.exercise(id); }))
            startable.append(routine);
    }
    if (startable.isEmpty())
        return std::nullopt;
    const QDate today = m_wallClock.now().date();
    const StoreResult<QList<SessionRecord>> thisWeek = m_history->sessions(startOfWeek(today).startOfDay());
    if (!thisWeek) {
        spdlog::warn("reminders: no routine offered, the history cannot be read: {}",
                     thisWeek.errorMessage().toStdString());
        return std::nullopt;
    }
    return limber::dueRoutine(startable, thisWeek.value(), today);
}

ReminderSuggestion ReminderService::suggestion() const
{
    return ReminderSuggestion::choose(m_catalog, m_recentRegion, QSettings().value(RotationKey, 0).toInt(), setAside());
}

QString ReminderService::suggestionTitle() const
{
    return titleOf(suggestion());
}

QString ReminderService::titleOf(const ReminderSuggestion& chosen) const
{
    if (chosen.isEmpty())
        return {};
    QStringList names;
    for (const QString& id : chosen.exerciseIds) {
        if (const Exercise* exercise = m_catalog.exercise(id))
            names.append(catalogText(exercise->name));
    }
    const Plan plan = Planner(m_catalog).plan(chosen.exerciseIds, SessionSettings::load(QSettings()).planOptions());
    //: the suggested session and its length, e.g. "Shoulder rolls · 2 min"
    return tr("%1 · %2").arg(names.join(QStringLiteral(", ")), DurationText::approximate(plan.totalMs));
}

void ReminderService::onDue(ReminderReason reason)
{
    const ReminderSuggestion chosen = suggestion();
    if (chosen.isEmpty()) {
        spdlog::warn("reminders: no exercise that can be done at a desk is left to offer (none in the catalog, "
                     "or every one set aside); nothing to offer");
        return;
    }
    QSettings store;
    store.setValue(RotationKey, store.value(RotationKey, 0).toInt() + 1);
    m_offered = chosen.exerciseIds;
    ReminderOffer offer;
    offer.summary = tr("Time for a stretch");
    offer.body = tr("%1, right where you sit or stand.").arg(titleOf(chosen));
    m_offeredRoutine = dueRoutine();
    if (m_offeredRoutine) {
        //: the reminder's second choice: one of the person's routines, by name, e.g. Start “Physio, week 2”
        offer.routineAction = tr("Start “%1”").arg(m_offeredRoutine->name);
        //: added to the reminder's text when one of the person's routines is due today
        offer.body += QLatin1Char('\n') + tr("Your routine “%1” is due today.").arg(m_offeredRoutine->name);
    }
    offer.chime = m_scheduler.settings().chime;
    m_presenter.show(offer);
    Q_EMIT reminderShown(reason, chosen.exerciseIds);
}

void ReminderService::answer(Outcome outcome)
{
    m_offered.clear();
    m_offeredRoutine.reset();
    Q_EMIT reminderAnswered(outcome);
}

} // namespace limber
