#include "routines/KeyboardReorder.h"

#include <QAbstractItemView>
#include <QKeyEvent>

namespace limber {

KeyboardReorder::KeyboardReorder(QAbstractItemView* view)
    : QObject(view)
    , m_view(view)
{
}

void KeyboardReorder::install(QAbstractItemView* view)
{
    view->installEventFilter(new KeyboardReorder(view));
}

bool KeyboardReorder::moveCurrent(QAbstractItemView* view, int delta)
{
    QAbstractItemModel* model = view->model();
    const QModelIndex current = view->currentIndex();
    if (!model || !current.isValid())
        return false;
    const int row = current.row();
    const int target = row + delta;
    if (target < 0 || target >= model->rowCount())
        return false;
    // moveRow's destination is the row to insert before, counted before the move.
    if (!model->moveRow({}, row, {}, delta > 0 ? target + 1 : target))
        return false;
    view->setCurrentIndex(model->index(target, 0));
    return true;
}

bool KeyboardReorder::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::AltModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveCurrent(m_view, key->key() == Qt::Key_Up ? -1 : 1);
            return true; // at an end nothing moves, and the key must not move the selection either
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace limber
