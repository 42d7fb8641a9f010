#include "session/SlimProgressBar.h"

#include "style/Appearance.h"

#include <QAccessible>
#include <QAccessibleValueInterface>
#include <QAccessibleWidget>
#include <QPainter>

#include <algorithm>

namespace limber {

namespace {

// What assistive technology reads: a progress bar, its value and range.
class SlimProgressBarAccessible final : public QAccessibleWidget, public QAccessibleValueInterface {
public:
    explicit SlimProgressBarAccessible(SlimProgressBar* bar)
        : QAccessibleWidget(bar, QAccessible::ProgressBar)
    {
    }

    void* interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::ValueInterface)
            return static_cast<QAccessibleValueInterface*>(this);
        return QAccessibleWidget::interface_cast(type);
    }

    QString text(QAccessible::Text type) const override
    {
        if (type == QAccessible::Value)
            return QStringLiteral("%1 %").arg(qRound(bar()->fraction() * 100));
        return QAccessibleWidget::text(type);
    }

    QVariant currentValue() const override { return bar()->value(); }
    void setCurrentValue(const QVariant& /*value*/) override { } // shows progress; not for setting
    QVariant maximumValue() const override { return bar()->maximum(); }
    QVariant minimumValue() const override { return bar()->minimum(); }
    QVariant minimumStepSize() const override { return 1; }

private:
    SlimProgressBar* bar() const { return static_cast<SlimProgressBar*>(widget()); }
};

QAccessibleInterface* createAccessible(const QString& className, QObject* object)
{
    if (className != QLatin1String("limber::SlimProgressBar"))
        return nullptr;
    if (auto* bar = qobject_cast<SlimProgressBar*>(object))
        return new SlimProgressBarAccessible(bar);
    return nullptr;
}

} // namespace

SlimProgressBar::SlimProgressBar(QWidget* parent)
    : QWidget(parent)
{
    static const bool accessibilityInstalled = [] {
        QAccessible::installFactory(&createAccessible);
        return true;
    }();
    Q_UNUSED(accessibilityInstalled);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void SlimProgressBar::setRange(int minimum, int maximum)
{
    maximum = std::max(minimum, maximum);
    if (minimum == m_minimum && maximum == m_maximum)
        return;
    m_minimum = minimum;
    m_maximum = maximum;
    m_value = std::clamp(m_value, m_minimum, m_maximum);
    update();
}

void SlimProgressBar::setValue(int value)
{
    value = std::clamp(value, m_minimum, m_maximum);
    if (value == m_value)
        return;
    m_value = value;
    update();
    if (QAccessible::isActive()) {
        QAccessibleValueChangeEvent event(this, value);
        QAccessible::updateAccessibility(&event);
    }
}

double SlimProgressBar::fraction() const
{
    const int span = m_maximum - m_minimum;
    return span > 0 ? static_cast<double>(m_value - m_minimum) / span : 0.0;
}

QSize SlimProgressBar::sizeHint() const
{
    return {fontMetrics().height() * 10, std::max(6, fontMetrics().height() / 3)};
}

QSize SlimProgressBar::minimumSizeHint() const
{
    return {fontMetrics().height() * 2, sizeHint().height()};
}

void SlimProgressBar::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    const QRectF track = QRectF(rect());
    const qreal radius = track.height() / 2.0;
    // Opaque colours only: Qt fills those inline.
    painter.setBrush(appearance::accentWash(palette(), 0.18));
    painter.drawRoundedRect(track, radius, radius);
    if (m_value <= m_minimum)
        return;
    // Never shorter than the bar is tall, so the first step shows as a dot.
    QRectF filled = track;
    filled.setWidth(std::max(track.height(), track.width() * fraction()));
    painter.setBrush(appearance::accent(palette()));
    painter.drawRoundedRect(filled, radius, radius);
}

} // namespace limber
