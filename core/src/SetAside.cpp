#include "limber/SetAside.h"

#include <algorithm>

namespace limber {

SetAside::SetAside(const QList<SetAsideMark>& marks)
{
    for (const SetAsideMark& mark : marks) {
        if (!mark.holds() || mark.exerciseId.isEmpty())
            continue;
        const auto same = std::find_if(m_marks.begin(), m_marks.end(), [&mark](const SetAsideMark& kept) {
            return kept.exerciseId == mark.exerciseId;
        });
        if (same == m_marks.end())
            m_marks.append(mark);
        else if (mark.at > same->at)
            *same = mark;
    }
}

const SetAsideMark* SetAside::markFor(const QString& exerciseId) const
{
    for (const SetAsideMark& mark : m_marks) {
        if (mark.exerciseId == exerciseId)
            return &mark;
    }
    return nullptr;
}

QStringList SetAside::exerciseIds() const
{
    QStringList ids;
    for (const SetAsideMark& mark : m_marks)
        ids.append(mark.exerciseId);
    ids.sort();
    return ids;
}

QStringList SetAside::signature() const
{
    QStringList parts;
    for (const SetAsideMark& mark : m_marks)
        parts.append(QStringLiteral("%1#%2").arg(mark.exerciseId).arg(mark.id));
    parts.sort();
    return parts;
}

namespace {

bool sharesAPlace(const Exercise& a, const Exercise& b)
{
    return std::any_of(a.where.cbegin(), a.where.cend(), [&b](Place place) { return b.canBeDoneAt(place); });
}

} // namespace

RegionSuggestion suggestFor(const Catalog& catalog, const QString& regionId, const SetAside& setAside)
{
    RegionSuggestion result;
    const Region* region = catalog.region(regionId);
    if (!region)
        return result;
    const QList<const Exercise*> all = catalog.exercisesOf(regionId);
    QList<const Exercise*> suggested;
    for (const QString& id : region->suggested) {
        if (const Exercise* exercise = catalog.exercise(id); exercise && exercise->regionId == regionId)
            suggested.append(exercise);
    }
    // Stand-ins come from the rest of the region, in catalog order, never twice.
    QList<const Exercise*> spare;
    for (const Exercise* exercise : all) {
        if (!suggested.contains(exercise) && !setAside.contains(exercise->id))
            spare.append(exercise);
    }
    for (const Exercise* exercise : suggested) {
        if (!setAside.contains(exercise->id)) {
            result.exerciseIds.append(exercise->id);
            continue;
        }
        result.setAside.append(exercise->id);
        if (spare.isEmpty())
            continue;
        auto standIn = std::find_if(spare.begin(), spare.end(),
                                    [exercise](const Exercise* other) { return sharesAPlace(*exercise, *other); });
        if (standIn == spare.end())
            standIn = spare.begin();
        result.exerciseIds.append((*standIn)->id);
        spare.erase(standIn);
    }
    result.everythingSetAside = !all.isEmpty()
        && std::all_of(all.cbegin(), all.cend(), [&setAside](const Exercise* e) { return setAside.contains(e->id); });
    return result;
}

} // namespace limber
