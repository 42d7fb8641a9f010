#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace limber {

// Reads typed values from QSettings and never trusts them: a missing value
// gives the fallback quietly; a corrupt or out-of-range one gives the
// fallback and a warning naming the file and key ("file: key: problem;
// using X"), logged and collected in `warnings`.
class SettingsReader final {
public:
    SettingsReader(const QSettings& store, QStringList* warnings);

    bool contains(const QString& key) const;
    QString raw(const QString& key) const;

    int integer(const QString& key, int fallback, int min, int max);
    bool boolean(const QString& key, bool fallback);
    QString text(const QString& key, qsizetype maxLength);

    void warn(const QString& key, const QString& problem, const QString& fallback);

private:
    const QSettings& m_store;
    QStringList* m_warnings;
};

} // namespace limber
