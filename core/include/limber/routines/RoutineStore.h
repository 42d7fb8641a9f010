#pragma once

#include "limber/JsonIssue.h"
#include "limber/routines/Routine.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace limber {

// Where the person's routines live: <AppDataLocation>/routines (empty when
// the system gives no data location).
QString routinesFolder();

// The person's routines: one file per routine (<id>.json) in one folder, and
// their order in order.json. A broken file is reported and left exactly as
// it is, never deleted or overwritten, so a hand edit gone wrong can be fixed.
class RoutineStore final : public QObject {
    Q_OBJECT

public:
    static constexpr int MaxRoutines = 500;

    struct SaveResult {
        QString id;    // the routine's id as saved (new routines get one from their name)
        QString error; // empty on success; otherwise one message naming the file
        bool ok() const { return error.isEmpty(); }
    };
    // What remove() took away, enough to put it back where it was (Undo).
    struct Removed {
        Routine routine;
        int index = 0;
    };

    explicit RoutineStore(const QString& folder = routinesFolder(), QObject* parent = nullptr);

    QString folder() const { return m_folder; }
    QString filePath(const QString& id) const;

    // Reads the folder again; returns (and keeps) the problems of broken files.
    QList<JsonIssue> load();
    const QList<JsonIssue>& problems() const { return m_problems; }

    // In the person's order.
    const QList<Routine>& routines() const { return m_routines; }
    const Routine* routine(const QString& id) const;
    int indexOf(const QString& id) const;
    // Finds a routine by id, or by name (case-insensitive) when no id matches.
    const Routine* find(const QString& idOrName) const;

    // Adds or replaces the routine with the same id. A routine without an id
    // gets a new one made from its name, unique among the files in the folder.
    SaveResult save(const Routine& routine);
    // Like save(), but a routine whose id is taken gets a new one (keep both).
    SaveResult saveAsNew(const Routine& routine);
    std::optional<Removed> remove(const QString& id, QString* error = nullptr);
    QString restore(const Removed& removed);
    // A copy named "<name> (copy)", placed right after the original.
    SaveResult duplicate(const QString& id);
    // The ids in their new order; ids left out keep their order after these.
    QString reorder(const QStringList& ids);

    // A free id for `name`, taking every file in the folder into account.
    QString uniqueId(const QString& name) const;

Q_SIGNALS:
    void changed();

private:
    bool isTaken(const QString& id) const;
    QString writeOrder() const;
    SaveResult saveAt(Routine routine, int index);

    QString m_folder;
    QList<Routine> m_routines;
    QList<JsonIssue> m_problems;
    QStringList m_brokenIds; // files that exist but could not be read: their ids stay taken
};

} // namespace limber
