#pragma once

#include <QObject>

class QAbstractItemView;

namespace limber {

// Alt+Up and Alt+Down move a list's current row up or down through its
// model's moveRows, so the order can be changed without a mouse; the row
// stays current, so the keys can be pressed again.
class KeyboardReorder final : public QObject {
    Q_OBJECT

public:
    // Installs itself on `view`, which owns it.
    static void install(QAbstractItemView* view);
    // Moves the current row by `delta` (-1 up, +1 down); false at an end.
    static bool moveCurrent(QAbstractItemView* view, int delta);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit KeyboardReorder(QAbstractItemView* view);
    QAbstractItemView* m_view;
};

} // namespace limber
