#include "setaside/SetAsideNote.h"

#include "style/Appearance.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>

namespace limber {

SetAsideNote::SetAsideNote(const QDate& markedOn, QWidget* parent)
    : QFrame(parent)
    , m_why(new QLabel(why(markedOn), this))
    , m_suggestAgain(new QPushButton(tr("Suggest it again"), this))
{
    setObjectName(QStringLiteral("setAsideNote"));
    m_why->setWordWrap(true);
    m_why->setTextFormat(Qt::PlainText);
    m_why->setTextInteractionFlags(Qt::NoTextInteraction); // a click still ticks the card
    appearance::styleAsLink(m_suggestAgain);
    m_suggestAgain->setAutoDefault(true);
    m_suggestAgain->setToolTip(tr("Limber will tick it again when it suggests exercises for this region"));
    connect(m_suggestAgain, &QPushButton::clicked, this, &SetAsideNote::suggestAgainRequested);

    const int gap = appearance::spacing(font());
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(gap, gap / 2, gap, gap / 2);
    layout->setSpacing(gap);
    layout->addWidget(m_why, 1);
    layout->addWidget(m_suggestAgain, 0, Qt::AlignVCenter);
    setAccessibleName(text());
}

QString SetAsideNote::why(const QDate& markedOn, const QDate& today)
{
    if (!markedOn.isValid())
        return tr("You marked this as making the pain sharper, so Limber no longer suggests it.");
    const QString date = QLocale().toString(markedOn,
                                            markedOn.year() == today.year()
                                                //: a day in this year, as in "1 December"; a QDate format
                                                ? tr("d MMMM")
                                                //: a day in another year, as in "1 December 2025"
                                                : tr("d MMMM yyyy"));
    //: %1 is a day, e.g. "1 December"
    return tr("You marked this on %1: it made the pain sharper. Limber no longer suggests it.").arg(date);
}

QString SetAsideNote::text() const
{
    return m_why->text();
}

void SetAsideNote::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(appearance::warningWash(palette()));
    const qreal radius = appearance::spacing(font());
    painter.drawRoundedRect(QRectF(rect()), radius, radius);
}

} // namespace limber
