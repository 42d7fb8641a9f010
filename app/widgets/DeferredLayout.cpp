#include "widgets/DeferredLayout.h"

#include <QLayout>
#include <QStackedWidget>

namespace limber {
namespace {

// Runs `show`, which shows `widget`, with the widget's layout switched off.
template <typename Show>
void showWithoutLayout(QWidget& widget, Show show)
{
    QLayout* layout = widget.layout();
    if (!layout || !layout->isEnabled()) {
        show();
        return;
    }
    layout->setEnabled(false);
    show();
    layout->setEnabled(true);
    // Not activated yet: a widget in a hidden window is laid out when the
    // window shows it (QWidget's show activates its layout); a visible one
    // needs it now.
    if (widget.isVisible())
        layout->activate();
}

} // namespace

void addStackPage(QStackedWidget& stack, QWidget& page)
{
    showWithoutLayout(page, [&] { stack.addWidget(&page); });
}

void showChild(QWidget& child)
{
    showWithoutLayout(child, [&] { child.show(); });
}

} // namespace limber
