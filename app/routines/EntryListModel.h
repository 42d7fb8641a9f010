#pragma once

#include "limber/routines/Routine.h"

#include <QAbstractListModel>

namespace limber {

class Catalog;

// The routine's exercises in the editor, in order: each row the exercise's
// name and what its dose is in this routine. Drag and drop and Alt+Up/Down
// reorder through moveRows; every change is announced by entriesChanged().
class EntryListModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { ExerciseIdRole = Qt::UserRole + 1 };

    explicit EntryListModel(const Catalog& catalog, QObject* parent = nullptr);

    void setEntries(const QList<RoutineEntry>& entries);
    const QList<RoutineEntry>& entries() const { return m_entries; }
    // Appends, unless the routine is full (RoutineLimits::MaxEntries); the new row or -1.
    int append(const QString& exerciseId);
    void replace(int row, const RoutineEntry& entry);
    void remove(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count, const QModelIndex& destinationParent,
                  int destinationChild) override;

Q_SIGNALS:
    void entriesChanged();

private:
    QString describe(const RoutineEntry& entry) const;

    const Catalog& m_catalog;
    QList<RoutineEntry> m_entries;
};

} // namespace limber
