#pragma once

#include "audio/SpeechEngine.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>

namespace limber {

// The engine and voice a language is spoken with, or why there is none.
struct VoiceChoice {
    std::unique_ptr<SpeechEngine> engine; // its locale already set; null: no voice
    QString reason;                       // for the person, when there is no engine
    std::string logReason;                // for the log: what was tried and why it failed
};

// Picks the speech engine at run time from what is installed, for the
// interface language. speech-dispatcher comes first: with espeak-ng it speaks
// English, German, Spanish and French, and it plays every sentence. Qt 6.4's
// flite plugin is next, for English only (its voices are American English),
// and it loses some sentences: it pushes flite's audio into a QAudioSink
// faster than the sink plays it and treats a short write as a failure
// ("Audio streaming error."). Any other engine Qt offers comes after those.
// A language no installed engine speaks gets no voice and a reason that says
// what to install.
class VoicePicker final {
    Q_DECLARE_TR_FUNCTIONS(limber::VoicePicker)

public:
    // The installed engines in the order they are tried.
    static QStringList preferenceOrder(const QStringList& installed);

    // The locale of `offered` that speaks `language`: the same country first
    // ("en_GB" for a British interface), else any country of that language.
    // The "C" locale of a bare system or CI means English.
    static std::optional<QLocale> localeFor(const QList<QLocale>& offered, const QLocale& language);

    // Starts the engines in preferenceOrder() until one has a voice for
    // `language`; the ones tried before it are shut down again.
    static VoiceChoice pick(SpeechSystem& system, const QLocale& language);

    // "speech-dispatcher" for "speechd": the name a person would install.
    static QString displayName(const QString& engine);
    // Which engine and voice speak, in a sentence for Preferences.
    static QString describe(const SpeechEngine& engine);
    // The language `language` is spoken in (English for "C").
    static QLocale::Language spokenLanguage(const QLocale& language);
};

} // namespace limber
