#pragma once

#include "limber/Catalog.h"
#include "limber/History.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace limber {

// The marks that hold, one per exercise: what every suggestion rule reads.
class SetAside final {
public:
    SetAside() = default;
    // Lifted marks are left out; of two marks for one exercise the later one counts.
    explicit SetAside(const QList<SetAsideMark>& marks);

    bool contains(const QString& exerciseId) const { return markFor(exerciseId) != nullptr; }
    const SetAsideMark* markFor(const QString& exerciseId) const;
    const QList<SetAsideMark>& marks() const { return m_marks; }
    QStringList exerciseIds() const;
    bool isEmpty() const { return m_marks.isEmpty(); }

    // The same exercises set aside by the same marks.
    friend bool operator==(const SetAside& a, const SetAside& b) { return a.signature() == b.signature(); }

private:
    QStringList signature() const;

    QList<SetAsideMark> m_marks;
};

// What Limber proposes for a region once the set-aside exercises are left out.
struct RegionSuggestion {
    // To tick, in order: the region's suggestions, each set-aside one replaced
    // by the next fitting exercise of the region (one done in the same place
    // when there is one, so a session on the floor stays on the floor).
    QStringList exerciseIds;
    QStringList setAside; // suggestions left out, in the region's order
    // The region has exercises but every one of them is set aside: nothing is
    // proposed, and the views say so kindly instead of showing an empty session.
    bool everythingSetAside = false;

    bool isEmpty() const { return exerciseIds.isEmpty(); }
};

// The region's suggestions (only ids that exist and belong to the region),
// with `setAside` applied. An unknown region suggests nothing.
RegionSuggestion suggestFor(const Catalog& catalog, const QString& regionId, const SetAside& setAside = {});

} // namespace limber
