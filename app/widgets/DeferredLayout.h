#pragma once

class QStackedWidget;
class QWidget;

namespace limber {

// Layout work that a window still hidden would only do twice.
//
// QWidget::show() lays a widget out at once, even inside a window that is
// still hidden and at a size that is not yet its own; the window's first show
// lays it out again at its real size. With wrapped text that first pass is
// wasted work before the first frame (docs/performance.md: 7 M instructions
// for home's stack pages, 9 M for "My routines"). These helpers switch the
// widget's layout off while it is shown: in a hidden window it is then laid
// out once, when the window is shown, and in a visible window at once, as before.

// Adds `page` to `stack` (which shows the first page it is given).
void addStackPage(QStackedWidget& stack, QWidget& page);

// Shows `child`, a widget inside a window.
void showChild(QWidget& child);

} // namespace limber
