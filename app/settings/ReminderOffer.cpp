#include "settings/ReminderOffer.h"

#include "limber/ReminderSettings.h"

#include <QSettings>

#include <spdlog/spdlog.h>

namespace limber {

namespace {

// Set once the offer was taken, so a person who turns reminders off again is not asked again.
const QString OfferedKey = QStringLiteral("reminders/offered");

} // namespace

bool ReminderOffer::shouldOffer(int exercisesCompleted)
{
    const QSettings store;
    return exercisesCompleted > 0 && !ReminderSettings::load(store).enabled && !store.value(OfferedKey, false).toBool();
}

void ReminderOffer::accept()
{
    QSettings store;
    ReminderSettings settings = ReminderSettings::load(store);
    settings.enabled = true;
    settings.save(store);
    store.setValue(OfferedKey, true);
    spdlog::info("reminders: turned on from the summary");
}

} // namespace limber
