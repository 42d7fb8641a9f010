#include "widgets/StackPages.h"

#include <QLayout>
#include <QStackedWidget>

namespace limber {

void addStackPage(QStackedWidget& stack, QWidget& page)
{
    QLayout* layout = page.layout();
    if (!layout || !layout->isEnabled()) {
        stack.addWidget(&page);
        return;
    }
    layout->setEnabled(false);
    stack.addWidget(&page);
    layout->setEnabled(true);
    // Not activated yet: a hidden page is laid out when it is first shown
    // (QWidget's show activates its layout); a visible one needs it now.
    if (page.isVisible())
        layout->activate();
}

} // namespace limber
