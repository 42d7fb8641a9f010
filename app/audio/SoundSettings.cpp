#include "audio/SoundSettings.h"

#include "limber/SettingsReader.h"

#include <QSettings>

namespace limber {

namespace {

const QString Group = QStringLiteral("sound/");

QString cueKey(Cue cue)
{
    return Group + QStringLiteral("cues/") + toString(cue);
}

} // namespace

SoundSettings SoundSettings::load(const QSettings& store, QStringList* warnings)
{
    SettingsReader read(store, warnings);
    const SoundSettings defaults;
    SoundSettings settings;
    settings.volume = read.integer(Group + QStringLiteral("volume"), defaults.volume, MinVolume, MaxVolume);
    settings.muted = read.boolean(Group + QStringLiteral("muted"), defaults.muted);
    for (Cue cue : AllCues)
        settings.setCueEnabled(cue, read.boolean(cueKey(cue), defaults.isCueEnabled(cue)));
    return settings;
}

void SoundSettings::save(QSettings& store) const
{
    store.setValue(Group + QStringLiteral("volume"), volume);
    store.setValue(Group + QStringLiteral("muted"), muted);
    for (Cue cue : AllCues)
        store.setValue(cueKey(cue), isCueEnabled(cue));
}

} // namespace limber
