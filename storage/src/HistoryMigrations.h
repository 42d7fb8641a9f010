#pragma once

#include <QList>
#include <QString>

namespace limber::sqlite {

// One step from one schema version to the next: the statements that make a
// file of version `toVersion - 1` into one of `toVersion`.
struct Migration {
    int toVersion;
    QList<QString> statements;
};

// Every step, oldest first. Never edit a step that has shipped: files out there
// were made by it. Add a new one instead (and raise SqliteHistoryStore::SchemaVersion).
const QList<Migration>& historyMigrations();

} // namespace limber::sqlite
