#pragma once

class QStackedWidget;
class QWidget;

namespace limber {

// Adds `page` to `stack` without laying it out there and then.
//
// A QStackedWidget shows the first page it is given, and QWidget::show() lays
// a widget out at once, even inside a window that is still hidden and at a
// size that is not yet its own; the window's first show lays it out again at
// its real size. With wrapped text that first pass was wasted work before the
// first frame (7 M of home's 140 M instructions, docs/performance.md). The page's layout is switched
// off while the stack shows it: a page in a hidden window is then laid out once,
// when the window is shown, and one in a visible window at once, as before.
void addStackPage(QStackedWidget& stack, QWidget& page);

} // namespace limber
