#pragma once

#include "limber/History.h"
#include "limber/SetAside.h"

#include <QObject>
#include <QString>

namespace limber {

// The set-aside exercises of a running Limber: read from the history once it
// is open, changed through here (the summary's "This one made it worse", its
// Undo, a card's "Suggest it again"), and announced with changed() so home,
// the reminders and anything else that suggests can follow. The composition
// root owns one; without a history (it could not be opened) nothing can be
// set aside and isAvailable() is false.
class SetAsideBook final : public QObject {
    Q_OBJECT

public:
    explicit SetAsideBook(QObject* parent = nullptr);

    // The history the marks live in; null forgets it. Reads the marks that hold.
    StoreStatus setStore(HistoryStore* store);
    bool isAvailable() const { return m_store && m_store->isOpen(); }

    const SetAside& current() const { return m_current; }

    // Sets `exerciseId` aside, marked on the summary of `sessionId` (0: none saved). Returns the mark's id.
    StoreResult<qint64> mark(const QString& exerciseId, qint64 sessionId);
    // Takes back a mark just made by mistake.
    StoreStatus undo(qint64 markId);
    // The person wants it suggested again.
    StoreStatus suggestAgain(const QString& exerciseId);

Q_SIGNALS:
    void changed();

private:
    StoreStatus reload();

    HistoryStore* m_store = nullptr;
    SetAside m_current;
};

} // namespace limber
