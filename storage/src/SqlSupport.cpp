#include "SqlSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace limber::sqlite {

namespace {

// SQLite's primary result codes for a file that is not a database, or not one any more.
constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADatabase = 26;

} // namespace

bool isDamage(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff; // extended codes keep the primary in the low byte
    return ok && (code == SqliteCorrupt || code == SqliteNotADatabase);
}

bool run(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec();
}

} // namespace limber::sqlite
