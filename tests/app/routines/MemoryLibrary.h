#pragma once

#include "routines/RoutineLibrary.h"

#include <algorithm>

namespace limber::test {

// Routines in memory, for widget tests that need a library but not files.
// `failNext` makes the next change fail with that message, as a full disk would.
class MemoryLibrary final : public RoutineLibrary {
public:
    QList<Routine> routines() const override { return m_routines; }

    std::optional<Routine> routine(const QString& id) const override
    {
        const int index = indexOf(id);
        return index < 0 ? std::nullopt : std::optional<Routine>(m_routines[index]);
    }

    Saved save(const Routine& routine) override
    {
        if (!failNext.isEmpty())
            return {{}, std::exchange(failNext, {})};
        Routine saved = routine;
        if (saved.id.isEmpty())
            saved.id = freeId(routineIdFromName(saved.name));
        const int index = indexOf(saved.id);
        if (index < 0)
            m_routines.append(saved);
        else
            m_routines[index] = saved;
        return {saved.id, {}};
    }

    Saved duplicate(const QString& id) override
    {
        const int index = indexOf(id);
        if (index < 0)
            return {{}, u"no such routine"_qs};
        Routine copy = m_routines[index];
        copy.name += u" (copy)"_qs;
        copy.id = freeId(routineIdFromName(copy.name));
        m_routines.insert(index + 1, copy);
        return {copy.id, {}};
    }

    QString remove(const QString& id) override
    {
        const int index = indexOf(id);
        if (index < 0)
            return u"no such routine"_qs;
        m_removed = m_routines.takeAt(index);
        m_removedIndex = index;
        return {};
    }

    QString restoreRemoved() override
    {
        if (!m_removed)
            return u"nothing to restore"_qs;
        m_routines.insert(std::min<qsizetype>(m_removedIndex, m_routines.size()), *std::exchange(m_removed, {}));
        return {};
    }

    QString reorder(const QStringList& ids) override
    {
        QList<Routine> ordered;
        for (const QString& id : ids) {
            if (const int index = indexOf(id); index >= 0)
                ordered.append(m_routines[index]);
        }
        for (const Routine& routine : std::as_const(m_routines)) {
            if (!ids.contains(routine.id))
                ordered.append(routine);
        }
        m_routines = ordered;
        return {};
    }

    QString failNext;

private:
    int indexOf(const QString& id) const
    {
        for (int i = 0; i < m_routines.size(); ++i) {
            if (m_routines[i].id == id)
                return i;
        }
        return -1;
    }

    QString freeId(const QString& base) const
    {
        QString id = base;
        for (int n = 2; indexOf(id) >= 0; ++n)
            id = base + u"-"_qs + QString::number(n);
        return id;
    }

    QList<Routine> m_routines;
    std::optional<Routine> m_removed;
    int m_removedIndex = 0;
};

} // namespace limber::test
