#pragma once

#include "SqlSupport.h"

#include "limber/storage/SqliteHistoryStore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace limber {

// SqliteHistoryStore::write, here so that every source file of the store (the
// sessions and the reminders live in files of their own) writes the same way.
template <typename Work>
StoreStatus SqliteHistoryStore::write(Work&& work)
{
    if (!m_open)
        return notOpenError();
    QSqlDatabase db = database();
    sqlite::Transaction transaction(db);
    if (!transaction.begun())
        return writeError(db.lastError());
    QSqlQuery query(db);
    const StoreStatus status = work(query);
    if (!status)
        return status;
    if (!transaction.commit())
        return writeError(db.lastError());
    return {};
}

} // namespace limber
