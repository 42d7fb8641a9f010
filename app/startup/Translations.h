#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

class QTranslator;

namespace limber {

// The interface language. Limber's own catalog (:/i18n/limber_<lang>.qm, which
// also holds the exercise texts) and Qt's (qtbase_<lang>.qm from Qt's
// translations folder) are installed together, so standard buttons and
// dialogs speak the same language as the rest. Switching installs the new
// translators and removes the old ones; Qt then sends every widget a
// QEvent::LanguageChange, which is how the window retranslates without a restart.
class Translations final {
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    struct Language {
        QString code;       // "de"; empty for "System"
        QString nativeName; // "Deutsch": each language in its own words, so anyone finds theirs
    };
    // "System" first, then English and every shipped translation.
    static QList<Language> languages();

    // `code` is a setting ("de", "fr"...); empty follows the system (QLocale::system()).
    // Returns the locale now in use. A language without a catalog falls back to English.
    static QLocale apply(const QString& code);
    static QLocale current();
    // True when Limber's own catalog for `locale` is installed (false for English).
    static bool hasCatalog(const QLocale& locale);

private:
    static QTranslator*& appTranslator();
    static QTranslator*& qtTranslator();
};

} // namespace limber
