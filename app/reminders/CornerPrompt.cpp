#include "reminders/CornerPrompt.h"

#include "reminders/DesktopNotificationPresenter.h"
#include "style/Appearance.h"
#include "widgets/ActionButton.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace limber {

CornerPrompt::CornerPrompt(QWidget* parent)
    : QWidget(parent, Qt::Tool | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint | Qt::WindowDoesNotAcceptFocus)
    , m_summary(new QLabel(this))
    , m_body(new QLabel(this))
    , m_start(new ActionButton(tr("Start"), this))
    , m_routine(new ActionButton(QString(), this))
    , m_snooze(new ActionButton(tr("In %n minutes", nullptr, DesktopNotificationPresenter::SnoozeMinutes), this))
    , m_skip(new ActionButton(tr("Skip"), this))
    , m_close(new QPushButton(QStringLiteral("×"), this))
{
    // The person is typing somewhere else: showing the card must not move the keyboard here.
    setAttribute(Qt::WA_ShowWithoutActivating);
    setFocusPolicy(Qt::NoFocus);
    setWindowTitle(tr("Stretch reminder"));
    setAccessibleName(tr("Stretch reminder"));

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::PlainText);
    appearance::setMuted(m_body);

    m_start->setEmphasis(ActionButton::Emphasis::Primary);
    m_start->setAccessibleName(tr("Start the stretches now"));
    m_snooze->setAccessibleName(
        tr("Remind me again in %n minutes", nullptr, DesktopNotificationPresenter::SnoozeMinutes));
    m_skip->setAccessibleName(tr("Skip this reminder"));
    m_close->setAccessibleName(tr("Close the reminder"));
    m_close->setToolTip(tr("Close"));
    m_close->setFlat(true);
    m_close->setCursor(Qt::PointingHandCursor);
    // A click answers without pulling the keyboard away from the person's work.
    for (QPushButton* button : {static_cast<QPushButton*>(m_start), static_cast<QPushButton*>(m_routine),
                                static_cast<QPushButton*>(m_snooze), static_cast<QPushButton*>(m_skip), m_close}) {
        button->setFocusPolicy(Qt::NoFocus);
        button->setAutoDefault(false);
    }
    connect(m_start, &QPushButton::clicked, this, &CornerPrompt::startClicked);
    m_routine->hide(); // until an offer names a routine
    connect(m_routine, &QPushButton::clicked, this, &CornerPrompt::routineClicked);
    connect(m_snooze, &QPushButton::clicked, this, &CornerPrompt::snoozeClicked);
    connect(m_skip, &QPushButton::clicked, this, &CornerPrompt::skipClicked);
    connect(m_close, &QPushButton::clicked, this, &CornerPrompt::closeClicked);

    const int gap = appearance::spacing(font());
    auto* top = new QHBoxLayout;
    top->setSpacing(gap);
    top->addWidget(m_summary, 1);
    top->addWidget(m_close, 0, Qt::AlignTop);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(gap);
    buttons->addWidget(m_start);
    buttons->addWidget(m_routine);
    buttons->addWidget(m_snooze);
    buttons->addWidget(m_skip);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(gap * 2, gap * 3 / 2, gap * 2, gap * 2);
    layout->setSpacing(gap);
    layout->addLayout(top);
    layout->addWidget(m_body);
    layout->addSpacing(gap / 2);
    layout->addLayout(buttons);
    setMaximumWidth(fontMetrics().averageCharWidth() * 60);
    applyFonts();
}

void CornerPrompt::setOffer(const QString& summary, const QString& body, const QString& routineAction)
{
    m_summary->setText(summary);
    m_body->setText(body);
    m_body->setVisible(!body.isEmpty());
    // A routine's name is the person's own and can be long; the four choices must
    // still fit on one row, so the button shows a shortened name and the tip all of it.
    const int widest = m_routine->fontMetrics().averageCharWidth() * 28;
    const QString shown = m_routine->fontMetrics().elidedText(routineAction, Qt::ElideMiddle, widest);
    m_routine->setText(shown);
    m_routine->setToolTip(shown == routineAction ? QString() : routineAction);
    m_routine->setAccessibleName(routineAction);
    m_routine->setVisible(!routineAction.isEmpty());
    adjustSize();
}

QString CornerPrompt::summary() const
{
    return m_summary->text();
}

QString CornerPrompt::body() const
{
    return m_body->text();
}

void CornerPrompt::moveToCorner()
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    adjustSize();
    const QRect area = screen->availableGeometry();
    const int margin = appearance::spacing(font()) * 2;
    move(area.right() - width() - margin + 1, area.bottom() - height() - margin + 1);
}

void CornerPrompt::applyFonts()
{
    m_summary->setFont(appearance::scaledFont(font(), 1.1, QFont::DemiBold));
    m_close->setFont(appearance::scaledFont(font(), 1.3));
}

void CornerPrompt::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange)
        applyFonts();
    QWidget::changeEvent(event);
}

void CornerPrompt::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QPalette& pal = palette();
    // Square corners: rounded ones need a compositor, and without one the
    // corners would show black. A card of the window's own colours with an
    // accent edge, so it reads as Limber's in light and dark themes.
    painter.fillRect(rect(), appearance::surface(pal));
    painter.setPen(QPen(appearance::mix(appearance::accent(pal), pal.color(QPalette::Window), 0.35), 2.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
}

} // namespace limber
