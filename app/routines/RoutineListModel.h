#pragma once

#include "limber/routines/Routine.h"

#include <QAbstractListModel>
#include <QList>
#include <QStringList>

namespace limber {

// Home's routines as a list a view can show and reorder (drag and drop moves
// rows through moveRows). It holds copies; the store stays the truth, and
// reordered() says what order the person made.
class RoutineListModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, SummaryRole };

    explicit RoutineListModel(QObject* parent = nullptr);

    // `summaries` line up with `routines` ("4 exercises · about 6 min").
    void setRoutines(const QList<Routine>& routines, const QStringList& summaries);
    const QList<Routine>& routines() const { return m_routines; }
    QStringList ids() const;
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count, const QModelIndex& destinationParent,
                  int destinationChild) override;

Q_SIGNALS:
    void reordered(const QStringList& ids);

private:
    QList<Routine> m_routines;
    QStringList m_summaries;
};

} // namespace limber
