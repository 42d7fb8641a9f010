#pragma once

#include "limber/routines/Routine.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace limber {

// What the window needs from wherever the person's routines are kept (core's
// RoutineStore, through StoreLibrary). Every call that changes something
// returns an empty string on success, or one message naming the file.
class RoutineLibrary {
public:
    struct Saved {
        QString id;    // as saved: a new routine gets one from its name
        QString error; // empty on success
        bool ok() const { return error.isEmpty(); }
    };

    virtual ~RoutineLibrary() = default;

    // In the person's order.
    virtual QList<Routine> routines() const = 0;
    virtual std::optional<Routine> routine(const QString& id) const = 0;
    // Adds (no id yet) or replaces (same id).
    virtual Saved save(const Routine& routine) = 0;
    // A copy right after the original, named as a copy.
    virtual Saved duplicate(const QString& id) = 0;
    // Removes the routine, remembering it and its place for restoreRemoved().
    virtual QString remove(const QString& id) = 0;
    // Puts the last removed routine back where it was (Undo).
    virtual QString restoreRemoved() = 0;
    virtual QString reorder(const QStringList& ids) = 0;
};

} // namespace limber
