#include "style/DeferredIconStyle.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>
#include <QWidget>

#include <optional>

namespace limber {

namespace {

// Stands for a standard icon until something needs its pixels or sizes; then
// asks the style it came from (or the application's, if that style is gone).
class DeferredIconEngine final : public QIconEngine {
public:
    DeferredIconEngine(QStyle* style, QStyle::StandardPixmap which, bool rightToLeft)
        : m_style(style)
        , m_which(which)
        , m_rightToLeft(rightToLeft)
    {
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        real().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return real().actualSize(size, mode, state);
    }
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return real().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return real().pixmap(size, scale, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return real().availableSizes(mode, state);
    }
    // Asked when a button is given the icon: answering must not build it.
    bool isNull() override { return m_real ? m_real->isNull() : false; }
    QString key() const override { return QStringLiteral("limber-deferred-standard-icon"); }
    QIconEngine* clone() const override { return new DeferredIconEngine(*this); }

private:
    QIcon& real()
    {
        if (!m_real) {
            QStyleOption option;
            option.direction = m_rightToLeft ? Qt::RightToLeft : Qt::LeftToRight;
            const QStyle* style = m_style ? m_style.data() : QApplication::style();
            m_real = style->standardIcon(m_which, &option);
        }
        return *m_real;
    }

    QPointer<QStyle> m_style;
    QStyle::StandardPixmap m_which;
    bool m_rightToLeft;
    std::optional<QIcon> m_real;
};

} // namespace

DeferredIconStyle::DeferredIconStyle(const QString& key)
    : QProxyStyle(key)
{
}

bool DeferredIconStyle::isDeferred(StandardPixmap standardIcon)
{
    return standardIcon == SP_ToolBarHorizontalExtensionButton || standardIcon == SP_ToolBarVerticalExtensionButton;
}

QIcon DeferredIconStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption* option,
                                      const QWidget* widget) const
{
    if (!isDeferred(standardIcon))
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    const bool rightToLeft = option ? option->direction == Qt::RightToLeft
                                    : (widget ? widget->isRightToLeft() : QGuiApplication::isRightToLeft());
    return QIcon(new DeferredIconEngine(baseStyle(), standardIcon, rightToLeft));
}

} // namespace limber
