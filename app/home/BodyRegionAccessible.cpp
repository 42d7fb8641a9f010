#include "home/BodyRegionAccessible.h"

#include "home/BodyRegionPicker.h"

#include <QWidget>
#include <QWindow>

namespace limber {

namespace {

QAccessibleInterface* createPickerAccessible(const QString& className, QObject* object)
{
    if (className != QLatin1String("limber::BodyRegionPicker"))
        return nullptr;
    if (auto* picker = qobject_cast<BodyRegionPicker*>(object))
        return new BodyRegionPickerAccessible(picker);
    return nullptr;
}

} // namespace

void installBodyRegionAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(&createPickerAccessible);
        return true;
    }();
    Q_UNUSED(installed);
}

// --- the picker ---

BodyRegionPickerAccessible::BodyRegionPickerAccessible(BodyRegionPicker* picker)
    : QAccessibleWidget(picker, QAccessible::Grouping)
{
}

BodyRegionPickerAccessible::~BodyRegionPickerAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_children))
        QAccessible::deleteAccessibleInterface(id);
}

BodyRegionPicker* BodyRegionPickerAccessible::picker() const
{
    return static_cast<BodyRegionPicker*>(widget());
}

int BodyRegionPickerAccessible::childCount() const
{
    return picker()->regionCount();
}

QAccessibleInterface* BodyRegionPickerAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    if (const auto found = m_children.constFind(index); found != m_children.cend())
        return QAccessible::accessibleInterface(found.value());
    auto* region = new BodyRegionAccessible(picker(), index);
    m_children.insert(index, QAccessible::registerAccessibleInterface(region));
    return region;
}

int BodyRegionPickerAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    if (!child)
        return -1;
    const QAccessible::Id id = QAccessible::uniqueId(const_cast<QAccessibleInterface*>(child));
    return m_children.key(id, -1);
}

QAccessibleInterface* BodyRegionPickerAccessible::childAt(int x, int y) const
{
    const QPoint local = picker()->mapFromGlobal(QPoint(x, y));
    return child(picker()->regionAt(local));
}

QAccessibleInterface* BodyRegionPickerAccessible::focusChild() const
{
    if (!picker()->hasFocus())
        return nullptr;
    return child(picker()->focusedIndex());
}

// --- one region ---

BodyRegionAccessible::BodyRegionAccessible(BodyRegionPicker* picker, int index)
    : m_picker(picker)
    , m_index(index)
{
}

bool BodyRegionAccessible::isValid() const
{
    return m_picker && m_index < m_picker->regionCount();
}

QWindow* BodyRegionAccessible::window() const
{
    return m_picker ? m_picker->window()->windowHandle() : nullptr;
}

QAccessibleInterface* BodyRegionAccessible::parent() const
{
    return m_picker ? QAccessible::queryAccessibleInterface(m_picker.data()) : nullptr;
}

QString BodyRegionAccessible::text(QAccessible::Text type) const
{
    if (!isValid())
        return {};
    const BodyRegionPicker::Region& region = m_picker->region(m_index);
    switch (type) {
    case QAccessible::Name:
        return region.name;
    case QAccessible::Description:
        return region.summary;
    case QAccessible::Help:
        return BodyRegionPicker::tr("Press to see exercises for this region; press again to start.");
    default:
        break;
    }
    return {};
}

QRect BodyRegionAccessible::rect() const
{
    if (!isValid())
        return {};
    const QRect local = m_picker->regionRect(m_index);
    return {m_picker->mapToGlobal(local.topLeft()), local.size()};
}

QAccessible::State BodyRegionAccessible::state() const
{
    QAccessible::State state;
    if (!isValid()) {
        state.invalid = true;
        return state;
    }
    state.focusable = true;
    state.selectable = true;
    state.checkable = true;
    state.focused = m_picker->hasFocus() && m_picker->focusedIndex() == m_index;
    state.selected = m_picker->selectedIndex() == m_index;
    state.checked = state.selected;
    state.hotTracked = m_picker->hoveredIndex() == m_index;
    state.invisible = !m_picker->isVisible();
    return state;
}

void* BodyRegionAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::ActionInterface)
        return static_cast<QAccessibleActionInterface*>(this);
    return nullptr;
}

QStringList BodyRegionAccessible::actionNames() const
{
    return {pressAction()};
}

void BodyRegionAccessible::doAction(const QString& actionName)
{
    if (!isValid() || actionName != pressAction())
        return;
    // Like Enter on the widget: the first press chooses, a second one starts.
    if (m_picker->selectedIndex() == m_index)
        m_picker->activate(m_index);
    else
        m_picker->select(m_index);
}

QStringList BodyRegionAccessible::keyBindingsForAction(const QString& actionName) const
{
    if (actionName == pressAction())
        return {QStringLiteral("Space"), QStringLiteral("Return")};
    return {};
}

} // namespace limber
