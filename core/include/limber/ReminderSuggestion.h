#pragma once

#include "limber/SetAside.h"

#include <QString>
#include <QStringList>

namespace limber {

class Catalog;

// What a reminder offers: a short session that can be done where the person
// sits, so that "Start" never asks them to get down on the floor at work.
struct ReminderSuggestion {
    QStringList exerciseIds;
    QString regionId;

    bool isEmpty() const { return exerciseIds.isEmpty(); }

    // One exercise that can be done on a chair or standing: from the region
    // of the last pain check-in or session when it has one, else the next of
    // all such exercises in turn (`rotation` counts the reminders so far, so
    // each reminder offers the next one). Never one the person set aside
    // because it made the pain sharper; empty when nothing is left.
    static ReminderSuggestion choose(const Catalog& catalog, const QString& recentRegionId, int rotation,
                                     const SetAside& setAside = {});
};

} // namespace limber
