#include "audio/SoundSettings.h"

#include <QSettings>

#include <spdlog/spdlog.h>

namespace limber {

namespace {

const QString Group = QStringLiteral("sound/");

QString cueKey(Cue cue)
{
    return Group + QStringLiteral("cues/") + toString(cue);
}

class Reader final {
public:
    Reader(const QSettings& store, QStringList* warnings)
        : m_store(store)
        , m_warnings(warnings)
    {
    }

    int volume(int fallback)
    {
        const QString name = Group + QStringLiteral("volume");
        if (!m_store.contains(name))
            return fallback;
        bool ok = false;
        const int value = m_store.value(name).toInt(&ok);
        if (!ok) {
            warn(name, QStringLiteral("is not a whole number"), QString::number(fallback));
            return fallback;
        }
        if (value < SoundSettings::MinVolume || value > SoundSettings::MaxVolume) {
            warn(name,
                 QStringLiteral("%1 is outside %2..%3")
                     .arg(value)
                     .arg(SoundSettings::MinVolume)
                     .arg(SoundSettings::MaxVolume),
                 QString::number(fallback));
            return fallback;
        }
        return value;
    }

    bool boolean(const QString& name, bool fallback)
    {
        if (!m_store.contains(name))
            return fallback;
        const QString text = m_store.value(name).toString().toLower();
        if (text == QStringLiteral("true") || text == QStringLiteral("1"))
            return true;
        if (text == QStringLiteral("false") || text == QStringLiteral("0"))
            return false;
        warn(name, QStringLiteral("is not true or false"), fallback ? QStringLiteral("true") : QStringLiteral("false"));
        return fallback;
    }

private:
    void warn(const QString& name, const QString& problem, const QString& fallback)
    {
        const QString message = QStringLiteral("%1: setting %2 %3; using %4")
                                    .arg(m_store.fileName(), name, problem, fallback);
        spdlog::warn("{}", message.toStdString());
        if (m_warnings)
            m_warnings->append(message);
    }

    const QSettings& m_store;
    QStringList* m_warnings;
};

} // namespace

SoundSettings SoundSettings::load(const QSettings& store, QStringList* warnings)
{
    Reader read(store, warnings);
    const SoundSettings defaults;
    SoundSettings settings;
    settings.volume = read.volume(defaults.volume);
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
