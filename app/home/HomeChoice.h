#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace limber {

class HomeView;

// What the person chose on home: the region, the exercises ticked in it and
// the counts picked for ranged doses. Home is built anew when the language
// changes and when the window comes back from the tray; this carries the
// choice across, so neither is something the person notices.
struct HomeChoice {
    QString regionId; // empty: nothing chosen yet, home shows its introduction
    QStringList included;
    QHash<QString, int> reps;

    static HomeChoice of(const HomeView& home);
    // Selects the region and ticks its cards as they were; nothing for an empty choice.
    void applyTo(HomeView& home) const;
};

} // namespace limber
