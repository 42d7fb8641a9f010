#pragma once

#include <QAccessibleActionInterface>
#include <QAccessibleInterface>
#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>

namespace limber {

class BodyRegionPicker;

// Registers the accessibility factory for BodyRegionPicker; safe to call often.
void installBodyRegionAccessibility();

// The picker as assistive technology sees it: a group of buttons, one per
// region, so a screen reader can list "Neck and shoulders, button, selected".
class BodyRegionPickerAccessible final : public QAccessibleWidget {
public:
    explicit BodyRegionPickerAccessible(BodyRegionPicker* picker);
    ~BodyRegionPickerAccessible() override;

    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* childAt(int x, int y) const override;
    QAccessibleInterface* focusChild() const override;

    BodyRegionPicker* picker() const;

private:
    // Children have no QObject of their own, so they are created once and
    // registered with QAccessible (which hands out their ids); deleted with us.
    mutable QHash<int, QAccessible::Id> m_children;
};

// One region of the picker, exposed as a pressable button.
class BodyRegionAccessible final : public QAccessibleInterface, public QAccessibleActionInterface {
public:
    BodyRegionAccessible(BodyRegionPicker* picker, int index);

    bool isValid() const override;
    QObject* object() const override { return nullptr; }
    QWindow* window() const override;
    QAccessibleInterface* parent() const override;
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text type) const override;
    void setText(QAccessible::Text, const QString&) override { }
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::Button; }
    QAccessible::State state() const override;
    void* interface_cast(QAccessible::InterfaceType type) override;

    QStringList actionNames() const override;
    void doAction(const QString& actionName) override;
    QStringList keyBindingsForAction(const QString& actionName) const override;

private:
    QPointer<BodyRegionPicker> m_picker;
    int m_index;
};

} // namespace limber
