#include "widgets/FaceCache.h"

#include <QEvent>
#include <QPainter>
#include <QWidget>

namespace limber {

bool FaceCache::isInvalidatedBy(const QEvent* event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::FontChange:
    case QEvent::StyleChange:
        return true;
    default:
        return false;
    }
}

const QPixmap& FaceCache::face(const QWidget& widget, const std::function<void(QPainter&)>& paint)
{
    const qreal dpr = widget.devicePixelRatioF();
    const QSize size = widget.size() * dpr;
    if (m_valid && m_pixmap.size() == size && m_pixmap.devicePixelRatio() == dpr)
        return m_pixmap;
    m_pixmap = QPixmap(size);
    m_pixmap.setDevicePixelRatio(dpr);
    m_pixmap.fill(Qt::transparent);
    m_valid = true;
    if (!size.isEmpty()) {
        QPainter painter(&m_pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(painter);
    }
    return m_pixmap;
}

} // namespace limber
