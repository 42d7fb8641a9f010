#pragma once

#include "routines/RoutineLibrary.h"

#include "limber/routines/RoutineStore.h"

#include <optional>

namespace limber {

// Core's RoutineStore as the window's RoutineLibrary: one JSON file per
// routine in the data folder, and the last removed one kept for Undo.
class StoreLibrary final : public RoutineLibrary {
public:
    explicit StoreLibrary(RoutineStore& store)
        : m_store(store)
    {
    }

    QList<Routine> routines() const override { return m_store.routines(); }
    std::optional<Routine> routine(const QString& id) const override;
    Saved save(const Routine& routine) override;
    Saved duplicate(const QString& id) override;
    QString remove(const QString& id) override;
    QString restoreRemoved() override;
    QString reorder(const QStringList& ids) override { return m_store.reorder(ids); }

private:
    RoutineStore& m_store;
    std::optional<RoutineStore::Removed> m_removed;
};

} // namespace limber
