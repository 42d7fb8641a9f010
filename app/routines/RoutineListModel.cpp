#include "routines/RoutineListModel.h"

#include "routines/RoutineText.h"

namespace limber {

RoutineListModel::RoutineListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void RoutineListModel::setRoutines(const QList<Routine>& routines, const QStringList& summaries)
{
    beginResetModel();
    m_routines = routines;
    m_summaries = summaries;
    endResetModel();
}

QStringList RoutineListModel::ids() const
{
    QStringList result;
    for (const Routine& routine : m_routines)
        result << routine.id;
    return result;
}

int RoutineListModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_routines.size(); ++row) {
        if (m_routines[row].id == id)
            return row;
    }
    return -1;
}

int RoutineListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_routines.size());
}

QVariant RoutineListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_routines.size())
        return {};
    const Routine& routine = m_routines[index.row()];
    const QString summary = m_summaries.value(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return RoutineText::displayName(routine);
    case Qt::AccessibleTextRole:
        //: a routine in the list for a screen reader: its name, then "4 exercises · about 6 min"
        return tr("%1, %2").arg(RoutineText::displayName(routine), summary);
    case Qt::ToolTipRole:
        return routine.notes.isEmpty() ? summary : routine.notes.left(300);
    case IdRole:
        return routine.id;
    case SummaryRole:
        return summary;
    default:
        return {};
    }
}

Qt::ItemFlags RoutineListModel::flags(const QModelIndex& index) const
{
    // Rows can be dragged; drops land between rows (on the root), never onto one.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

Qt::DropActions RoutineListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool RoutineListModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                                const QModelIndex& destinationParent, int destinationChild)
{
    const int size = static_cast<int>(m_routines.size());
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0 || sourceRow >= size
        || destinationChild < 0 || destinationChild > size || destinationChild == sourceRow
        || destinationChild == sourceRow + 1)
        return false;
    beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild);
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    m_routines.move(sourceRow, to);
    if (sourceRow < m_summaries.size() && to < m_summaries.size())
        m_summaries.move(sourceRow, to);
    endMoveRows();
    Q_EMIT reordered(ids());
    return true;
}

} // namespace limber
