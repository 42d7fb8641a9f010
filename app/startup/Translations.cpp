#include "startup/Translations.h"

#include <QLibraryInfo>
#include <QTranslator>

#include <spdlog/spdlog.h>

namespace limber {

namespace {

const QString& catalogFolder()
{
    static const QString folder = QStringLiteral(":/i18n");
    return folder;
}

QLocale& currentLocale()
{
    static QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

// Loads `name`_<lang>.qm for `locale` from `folder` into a fresh translator
// and installs it; null when there is none.
QTranslator* install(const QLocale& locale, const QString& name, const QString& folder)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, name, QStringLiteral("_"), folder)) {
        delete translator;
        return nullptr;
    }
    QCoreApplication::installTranslator(translator);
    return translator;
}

void remove(QTranslator*& translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}

} // namespace

QList<Translations::Language> Translations::languages()
{
    return {
        {QString(), tr("System")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
    };
}

QTranslator*& Translations::appTranslator()
{
    static QTranslator* translator = nullptr;
    return translator;
}

QTranslator*& Translations::qtTranslator()
{
    static QTranslator* translator = nullptr;
    return translator;
}

QLocale Translations::apply(const QString& code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    // Remove before installing: the newest translator is asked first, and two
    // languages at once would mix. Each change sends LanguageChange to every widget.
    remove(appTranslator());
    remove(qtTranslator());
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    if (!english) {
        appTranslator() = install(locale, QStringLiteral("limber"), catalogFolder());
        if (!appTranslator())
            spdlog::info("no translation for {}; Limber speaks English", locale.name().toStdString());
        // Qt's own words (Cancel, Yes, No, the file dialog...) from Qt's translations folder.
        qtTranslator() = install(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (!qtTranslator())
            spdlog::info("Qt's own {} translation is not installed (qt6-translations-l10n)",
                         locale.name().toStdString());
    }
    // Numbers and dates follow the interface language, not a mix of two.
    // (A system that lists English among its languages can hand a language
    // Limber lacks English's plural file: that is English, not the language.)
    const bool spoken = appTranslator() && !appTranslator()->language().startsWith(QLatin1String("en"));
    const QLocale used = spoken ? locale : QLocale(QLocale::English, locale.territory());
    // English, spoken or fallen back to, needs no translation but its plural
    // forms: "1 exercise", "2 exercises" (limber_en.ts, the %n messages alone).
    if (!appTranslator())
        appTranslator() = install(QLocale(QLocale::English), QStringLiteral("limber"), catalogFolder());
    QLocale::setDefault(used);
    currentLocale() = used;
    spdlog::info("interface language: {}", used.name().toStdString());
    return used;
}

QLocale Translations::current()
{
    return currentLocale();
}

bool Translations::hasCatalog(const QLocale& locale)
{
    QTranslator probe;
    return probe.load(locale, QStringLiteral("limber"), QStringLiteral("_"), catalogFolder());
}

} // namespace limber
