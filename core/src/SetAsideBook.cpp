#include "limber/SetAsideBook.h"

#include <spdlog/spdlog.h>

namespace limber {

SetAsideBook::SetAsideBook(QObject* parent)
    : QObject(parent)
{
}

StoreStatus SetAsideBook::setStore(HistoryStore* store)
{
    m_store = store;
    return reload();
}

StoreStatus SetAsideBook::reload()
{
    const SetAside before = m_current;
    StoreStatus status;
    if (!isAvailable()) {
        m_current = {};
    } else if (const StoreResult<QList<SetAsideMark>> marks = m_store->setAsideMarks(); marks) {
        m_current = SetAside(marks.value());
    } else {
        // What was known stays: suggesting a painful exercise again because a read failed would be worse.
        spdlog::warn("set aside: the marks cannot be read: {}", marks.errorMessage().toStdString());
        status = StoreError {marks.errorMessage()};
    }
    if (!(m_current == before))
        Q_EMIT changed();
    return status;
}

StoreResult<qint64> SetAsideBook::mark(const QString& exerciseId, qint64 sessionId)
{
    if (!m_store)
        return StoreError {tr("Limber's history is not available, so nothing can be set aside.")};
    SetAsideMark mark;
    mark.exerciseId = exerciseId;
    if (sessionId != 0)
        mark.sessionId = sessionId;
    const StoreResult<qint64> stored = m_store->addSetAside(mark);
    if (!stored) {
        spdlog::error("set aside: {} could not be marked: {}", exerciseId.toStdString(),
                      stored.errorMessage().toStdString());
        return stored;
    }
    spdlog::info("set aside: {} (mark {}, session {})", exerciseId.toStdString(), stored.value(), sessionId);
    reload();
    return stored;
}

StoreStatus SetAsideBook::undo(qint64 markId)
{
    if (!m_store)
        return StoreError {tr("Limber's history is not available.")};
    const StoreStatus removed = m_store->removeSetAside(markId);
    if (!removed)
        return removed;
    spdlog::info("set aside: mark {} taken back", markId);
    reload();
    return {};
}

StoreStatus SetAsideBook::suggestAgain(const QString& exerciseId)
{
    if (!m_store)
        return StoreError {tr("Limber's history is not available.")};
    const StoreStatus lifted = m_store->liftSetAside(exerciseId);
    if (!lifted)
        return lifted;
    spdlog::info("set aside: {} is suggested again", exerciseId.toStdString());
    reload();
    return {};
}

} // namespace limber
