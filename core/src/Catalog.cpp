#include "limber/Catalog.h"

#include <algorithm>

namespace limber {

namespace {

// Both lists are small (tens of entries), so a linear search beats keeping
// an index in sync with the lists.
template <typename T>
qsizetype indexOfId(const QList<T>& items, const QString& id)
{
    const auto it = std::find_if(items.cbegin(), items.cend(), [&id](const T& item) { return item.id == id; });
    return it == items.cend() ? -1 : std::distance(items.cbegin(), it);
}

// Replacing in place keeps the position of the entry being overridden, so a
// user file that tweaks a built-in exercise does not reorder the region.
template <typename T>
void addOrReplace(QList<T>& items, const T& item)
{
    const qsizetype index = indexOfId(items, item.id);
    if (index < 0)
        items.append(item);
    else
        items[index] = item;
}

} // namespace

const Region* Catalog::region(const QString& id) const
{
    const qsizetype index = indexOfId(m_regions, id);
    return index < 0 ? nullptr : &m_regions.at(index);
}

const Exercise* Catalog::exercise(const QString& id) const
{
    const qsizetype index = indexOfId(m_exercises, id);
    return index < 0 ? nullptr : &m_exercises.at(index);
}

QList<const Exercise*> Catalog::exercisesOf(const QString& regionId) const
{
    QList<const Exercise*> result;
    for (const Exercise& exercise : m_exercises) {
        if (exercise.regionId == regionId)
            result.append(&exercise);
    }
    return result;
}

void Catalog::addRegion(const Region& region)
{
    addOrReplace(m_regions, region);
}

void Catalog::addExercise(const Exercise& exercise)
{
    addOrReplace(m_exercises, exercise);
}

bool Catalog::removeExercise(const QString& id)
{
    return m_exercises.removeIf([&](const Exercise& exercise) { return exercise.id == id; }) > 0;
}

QString toString(Place place)
{
    switch (place) {
    case Place::Chair:
        return QStringLiteral("chair");
    case Place::Standing:
        return QStringLiteral("standing");
    case Place::Floor:
        return QStringLiteral("floor");
    case Place::Kneeling:
        return QStringLiteral("kneeling");
    }
    return {};
}

std::optional<Place> placeFromString(const QString& name)
{
    for (const Place place : {Place::Chair, Place::Standing, Place::Floor, Place::Kneeling}) {
        if (toString(place) == name)
            return place;
    }
    return std::nullopt;
}

} // namespace limber
