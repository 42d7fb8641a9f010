#include "widgets/NoticeBanner.h"

#include "style/Appearance.h"
#include "widgets/ActionButton.h"
#include "widgets/WrappedLabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace limber {

NoticeBanner::NoticeBanner(Tone tone, QWidget* parent)
    : QFrame(parent)
    , m_tone(tone)
    , m_title(new WrappedLabel(this))
    , m_text(new WrappedLabel(this))
    , m_dismiss(new ActionButton(tr("Dismiss"), this))
{
    setAccessibleName(tone == Tone::Warning ? tr("Problems") : tr("Notice"));
    m_title->setTextFormat(Qt::PlainText);
    m_text->setTextFormat(Qt::PlainText);
    if (tone == Tone::Warning) {
        m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_dismiss->setAutoDefault(true);
    m_dismiss->setMinimumHeight(fontMetrics().height() * 2);
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });

    const int gap = appearance::spacing(font());
    auto* words = new QVBoxLayout;
    words->setSpacing(gap / 2);
    words->addWidget(m_title);
    words->addWidget(m_text);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(gap * 2, gap * 3 / 2, gap * 2, gap * 3 / 2);
    layout->setSpacing(gap * 2);
    layout->addLayout(words, 1);
    layout->addWidget(m_dismiss, 0, Qt::AlignVCenter);
    applyFonts();
}

void NoticeBanner::setTitle(const QString& title)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
}

void NoticeBanner::setText(const QString& text)
{
    m_text->setTextFormat(Qt::PlainText);
    m_text->setText(text);
}

void NoticeBanner::setRichText(const QString& html)
{
    m_text->setTextFormat(Qt::RichText);
    m_text->setText(html);
}

void NoticeBanner::setDismissText(const QString& text)
{
    m_dismiss->setText(text);
}

QString NoticeBanner::title() const
{
    return m_title->text();
}

QString NoticeBanner::text() const
{
    return m_text->text();
}

void NoticeBanner::applyFonts()
{
    m_title->setFont(appearance::scaledFont(font(), 1.05, QFont::DemiBold));
}

void NoticeBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange)
        applyFonts();
    QFrame::changeEvent(event);
}

void NoticeBanner::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QColor wash = m_tone == Tone::Warning ? appearance::warningWash(pal) : appearance::accentWash(pal, 0.12);
    const qreal radius = appearance::spacing(font());
    painter.setPen(QPen(appearance::mix(wash, pal.color(QPalette::WindowText), 0.12), 1.0));
    painter.setBrush(wash);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
}

} // namespace limber
