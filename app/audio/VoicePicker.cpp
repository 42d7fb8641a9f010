#include "audio/VoicePicker.h"

#include <algorithm>

namespace limber {

namespace {

const QString SpeechDispatcher = QStringLiteral("speechd");
const QString Flite = QStringLiteral("flite");

} // namespace

QLocale::Language VoicePicker::spokenLanguage(const QLocale& language)
{
    return language.language() == QLocale::C ? QLocale::English : language.language();
}

QStringList VoicePicker::preferenceOrder(const QStringList& installed)
{
    QStringList order;
    for (const QString& first : {SpeechDispatcher, Flite}) {
        if (installed.contains(first))
            order.append(first);
    }
    for (const QString& other : installed) {
        if (!order.contains(other))
            order.append(other);
    }
    return order;
}

std::optional<QLocale> VoicePicker::localeFor(const QList<QLocale>& offered, const QLocale& language)
{
    const QLocale::Language wanted = spokenLanguage(language);
    auto match = std::find_if(offered.begin(), offered.end(), [&](const QLocale& locale) {
        return locale.language() == wanted && locale.territory() == language.territory();
    });
    if (match == offered.end())
        match = std::find_if(offered.begin(), offered.end(),
                             [&](const QLocale& locale) { return locale.language() == wanted; });
    if (match == offered.end())
        return std::nullopt;
    return *match;
}

VoiceChoice VoicePicker::pick(SpeechSystem& system, const QLocale& language)
{
    VoiceChoice choice;
    const QStringList order = preferenceOrder(system.installedEngines());
    if (order.isEmpty()) {
        choice.reason = tr("No speech engine is installed, so there is no spoken guidance.");
        choice.logReason = "no text-to-speech engine plugin installed";
        return choice;
    }
    QString startFailure;
    std::string tried;
    for (const QString& name : order) {
        std::unique_ptr<SpeechEngine> engine = system.createEngine(name);
        if (!tried.empty())
            tried += "; ";
        if (engine->state() == SpeechEngine::State::Error) {
            if (startFailure.isEmpty())
                startFailure = engine->errorString();
            tried += name.toStdString() + " could not start (" + engine->errorString().toStdString() + ")";
            continue;
        }
        const std::optional<QLocale> locale = localeFor(engine->availableLocales(), language);
        if (!locale) {
            tried += name.toStdString() + " has no voice for that language";
            continue;
        }
        engine->setLocale(*locale);
        choice.engine = std::move(engine);
        return choice;
    }
    const QLocale::Language wanted = spokenLanguage(language);
    choice.logReason = "no voice for language " + QLocale::languageToString(wanted).toStdString() + ": " + tried;
    if (startFailure.size() > 0 && order.size() == 1) {
        choice.reason = tr("The speech engine could not start (%1).").arg(startFailure);
        return choice;
    }
    // Reading translated sentences with another language's voice would be gibberish.
    choice.reason = tr("No installed voice speaks %1. Install speech-dispatcher and espeak-ng for spoken guidance "
                       "in this language; the chimes guide you meanwhile.")
                        .arg(QLocale(wanted).nativeLanguageName());
    return choice;
}

QString VoicePicker::displayName(const QString& engine)
{
    if (engine == SpeechDispatcher)
        return QStringLiteral("speech-dispatcher");
    if (engine == Flite)
        return QStringLiteral("Flite");
    return engine;
}

QString VoicePicker::describe(const SpeechEngine& engine)
{
    const QString language = engine.locale().nativeLanguageName();
    const QString voice = engine.voice();
    if (voice.isEmpty())
        return tr("Limber speaks %1 through %2.").arg(language, displayName(engine.engineName()));
    //: %1 a language in its own words, %2 the name of a voice, %3 a speech engine
    return tr("Limber speaks %1 with the voice “%2” of %3.").arg(language, voice, displayName(engine.engineName()));
}

} // namespace limber
