#include "routines/EntryListModel.h"

#include "text/DoseText.h"

#include "limber/Catalog.h"
#include "limber/CatalogText.h"

namespace limber {

EntryListModel::EntryListModel(const Catalog& catalog, QObject* parent)
    : QAbstractListModel(parent)
    , m_catalog(catalog)
{
}

void EntryListModel::setEntries(const QList<RoutineEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
    Q_EMIT entriesChanged();
}

int EntryListModel::append(const QString& exerciseId)
{
    if (m_entries.size() >= RoutineLimits::MaxEntries || !m_catalog.exercise(exerciseId))
        return -1;
    const int row = static_cast<int>(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append({exerciseId, {}, {}});
    endInsertRows();
    Q_EMIT entriesChanged();
    return row;
}

void EntryListModel::replace(int row, const RoutineEntry& entry)
{
    if (row < 0 || row >= m_entries.size() || m_entries[row] == entry)
        return;
    m_entries[row] = entry;
    Q_EMIT dataChanged(index(row, 0), index(row, 0));
    Q_EMIT entriesChanged();
}

void EntryListModel::remove(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    Q_EMIT entriesChanged();
}

int EntryListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QString EntryListModel::describe(const RoutineEntry& entry) const
{
    const Exercise* exercise = m_catalog.exercise(entry.exerciseId);
    if (!exercise)
        return tr("not in the catalog; left out when planned");
    const Exercise dosed = applyOverride(*exercise, entry.dose);
    // The hold as the routine sets it; otherwise the catalog's usual 30 s scale.
    const qint64 holdMs = dosed.dose.hold.holdMs;
    QString text = DoseText::describe(dosed.dose, holdMs);
    if (entry.dose.isEmpty())
        //: an exercise whose dose is the catalog's, e.g. "Hold 30 s · 2 times (as usual)"
        text = tr("%1 (as usual)").arg(text);
    return text;
}

QVariant EntryListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const RoutineEntry& entry = m_entries[index.row()];
    const Exercise* exercise = m_catalog.exercise(entry.exerciseId);
    const QString name = exercise ? catalogText(exercise->name) : entry.exerciseId;
    switch (role) {
    case Qt::DisplayRole:
        //: a row of the routine: its position, the exercise, its dose
        return tr("%1. %2 — %3").arg(index.row() + 1).arg(name, describe(entry));
    case Qt::AccessibleTextRole:
        //: for a screen reader: "2 of 4: Cat-cow, 10 times, slowly"
        return tr("%1 of %2: %3, %4").arg(index.row() + 1).arg(m_entries.size()).arg(name, describe(entry));
    case Qt::ToolTipRole:
        return entry.note;
    case ExerciseIdRole:
        return entry.exerciseId;
    default:
        return {};
    }
}

Qt::ItemFlags EntryListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

Qt::DropActions EntryListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool EntryListModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                              const QModelIndex& destinationParent, int destinationChild)
{
    const int size = static_cast<int>(m_entries.size());
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0 || sourceRow >= size
        || destinationChild < 0 || destinationChild > size || destinationChild == sourceRow
        || destinationChild == sourceRow + 1)
        return false;
    beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild);
    m_entries.move(sourceRow, destinationChild > sourceRow ? destinationChild - 1 : destinationChild);
    endMoveRows();
    // Every row's number changed.
    Q_EMIT dataChanged(index(0, 0), index(size - 1, 0));
    Q_EMIT entriesChanged();
    return true;
}

} // namespace limber
