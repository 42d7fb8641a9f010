#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

class QSqlError;
class QSqlQuery;

namespace limber::sqlite {

// Whether `error` says "this is not a usable database file" rather than "you
// may not" or "no room": only that justifies moving a file aside.
bool isDamage(const QSqlError& error);

// Prepares and runs one statement; on failure the error is in `query`.
bool run(QSqlQuery& query, const QString& sql, const QVariantList& values = {});

// Commits on success; rolls back if left without a commit, so an early return
// on error can never leave half a write behind.
class Transaction final {
public:
    explicit Transaction(QSqlDatabase& db)
        : m_db(db)
        , m_begun(db.transaction())
    {
    }
    ~Transaction()
    {
        if (m_begun && !m_committed)
            m_db.rollback();
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool begun() const { return m_begun; }
    bool commit()
    {
        m_committed = m_db.commit();
        return m_committed;
    }

private:
    QSqlDatabase& m_db;
    bool m_begun = false;
    bool m_committed = false;
};

} // namespace limber::sqlite
