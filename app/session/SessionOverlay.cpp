#include "session/SessionOverlay.h"

#include "style/Appearance.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>

namespace limber {

SessionOverlay::SessionOverlay(QWidget* parent)
    : QWidget(parent)
{
    Q_ASSERT(parent);
    parent->installEventFilter(this);
    setGeometry(parent->rect());
    hide();
}

void SessionOverlay::showPaused(const QString& resumeHint)
{
    m_detail = resumeHint;
    setMode(Mode::Paused);
}

void SessionOverlay::showGetReady(int secondsLeft)
{
    m_seconds = std::max(secondsLeft, 0);
    m_detail = QString::number(m_seconds);
    setMode(Mode::GetReady);
}

void SessionOverlay::hideOverlay()
{
    setMode(Mode::Hidden);
}

QString SessionOverlay::title() const
{
    switch (m_mode) {
    case Mode::Paused:
        return tr("Paused");
    case Mode::GetReady:
        return tr("Get ready");
    case Mode::Hidden:
        break;
    }
    return {};
}

void SessionOverlay::setMode(Mode mode)
{
    m_mode = mode;
    setAccessibleName(title());
    setAccessibleDescription(m_detail);
    if (mode == Mode::Hidden) {
        hide();
        return;
    }
    setGeometry(parentWidget()->rect());
    raise();
    show();
    update();
}

bool SessionOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void SessionOverlay::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();

    QColor veil = pal.color(QPalette::Window);
    veil.setAlphaF(0.84F);
    painter.fillRect(rect(), veil);

    const qreal gap = appearance::spacing(font());
    const QFont titleFont = appearance::scaledFont(font(), 2.6, QFont::DemiBold);
    const qreal titleHeight = QFontMetricsF(titleFont).height();
    QFont detailFont = appearance::scaledFont(font(), 1.2);
    if (m_mode == Mode::GetReady) {
        // The count is the message: as large as the space allows.
        detailFont.setPixelSize(std::max(24, static_cast<int>(std::min(height(), width()) * 0.3)));
        detailFont.setWeight(QFont::DemiBold);
    }

    // A soft card behind the words keeps them readable over any pose.
    const qreal maxCardWidth = std::max<qreal>(width() - 4 * gap, 8 * gap);
    const qreal maxTextWidth = maxCardWidth - 4 * gap;
    const QRectF detailBounds
        = QFontMetricsF(detailFont)
              .boundingRect(QRectF(0, 0, maxTextWidth, height()), Qt::AlignCenter | Qt::TextWordWrap, m_detail);
    const qreal textWidth = std::max(QFontMetricsF(titleFont).horizontalAdvance(title()), detailBounds.width());
    const qreal cardWidth = std::min(maxCardWidth, textWidth + 8 * gap);
    const qreal blockHeight = titleHeight + gap + detailBounds.height();
    const QRectF card(QPointF((width() - cardWidth) / 2.0, (height() - blockHeight) / 2.0 - 3 * gap),
                      QSizeF(cardWidth, blockHeight + 6 * gap));
    painter.setPen(QPen(appearance::accentWash(pal, 0.35), 1.5));
    painter.setBrush(appearance::surface(pal));
    painter.drawRoundedRect(card, gap * 2, gap * 2);

    const qreal top = card.top() + 3 * gap;
    painter.setFont(titleFont);
    painter.setPen(m_mode == Mode::Paused ? pal.color(QPalette::WindowText) : appearance::accent(pal));
    painter.drawText(QRectF(card.left(), top, card.width(), titleHeight), Qt::AlignCenter, title());

    painter.setFont(detailFont);
    painter.setPen(m_mode == Mode::GetReady ? pal.color(QPalette::WindowText) : appearance::mutedText(pal));
    painter.drawText(
        QRectF(card.left() + 2 * gap, top + titleHeight + gap, card.width() - 4 * gap, detailBounds.height()),
        Qt::AlignCenter | Qt::TextWordWrap, m_detail);
}

} // namespace limber
