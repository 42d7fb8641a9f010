#include "routines/StoreLibrary.h"

#include <QCoreApplication>

#include <utility>

namespace limber {

std::optional<Routine> StoreLibrary::routine(const QString& id) const
{
    const Routine* found = m_store.routine(id);
    return found ? std::optional<Routine>(*found) : std::nullopt;
}

RoutineLibrary::Saved StoreLibrary::save(const Routine& routine)
{
    const RoutineStore::SaveResult saved = m_store.save(routine);
    return {saved.id, saved.error};
}

RoutineLibrary::Saved StoreLibrary::duplicate(const QString& id)
{
    const RoutineStore::SaveResult copy = m_store.duplicate(id);
    return {copy.id, copy.error};
}

QString StoreLibrary::remove(const QString& id)
{
    QString error;
    std::optional<RoutineStore::Removed> removed = m_store.remove(id, &error);
    if (!removed)
        return error.isEmpty()
            ? QCoreApplication::translate("limber::StoreLibrary", "There is no routine “%1”.").arg(id)
            : error;
    m_removed = std::move(removed);
    return {};
}

QString StoreLibrary::restoreRemoved()
{
    if (!m_removed)
        return {};
    return m_store.restore(*std::exchange(m_removed, std::nullopt));
}

} // namespace limber
