#pragma once

#include "widgets/DeferredLayout.h"

#include <QPointer>
#include <QStackedWidget>

#include <functional>
#include <utility>

namespace limber {

// A page of the window's stack that is built the first time it is needed.
// Most start-ups show only home: building the session, its summary and the
// history there as well cost the first frame about a fifth of its widgets, and
// a Limber that waits in the tray all day would hold them for nothing.
// `build` makes the page and wires it; the holder adds it to the stack.
template <typename Page>
class LazyPage final {
public:
    using Build = std::function<Page*()>;

    LazyPage(QStackedWidget& stack, Build build)
        : m_stack(stack)
        , m_build(std::move(build))
    {
    }

    // The page, built now if it was not yet.
    Page* get()
    {
        if (!m_page) {
            m_page = m_build();
            addStackPage(m_stack, *m_page);
        }
        return m_page;
    }

    // The page if it has been built, else null (to update it only if it exists).
    Page* built() const { return m_page; }
    bool isCurrent() const { return m_page && m_stack.currentWidget() == m_page; }

    // Takes the page out of the stack; the next get() builds a new one.
    // Deleted later: it may be the sender of the signal that led here.
    void reset()
    {
        if (!m_page)
            return;
        m_stack.removeWidget(m_page);
        m_page->deleteLater();
        m_page = nullptr;
    }

private:
    QStackedWidget& m_stack;
    Build m_build;
    QPointer<Page> m_page;
};

} // namespace limber
