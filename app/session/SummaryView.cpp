#include "session/SummaryView.h"

#include "setaside/HurtMarksPanel.h"
#include "style/Appearance.h"
#include "text/DurationText.h"
#include "widgets/ActionButton.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

namespace limber {

namespace {

// A calm check mark in the accent colour: done, nothing more to do.
class CompletionBadge final : public QWidget {
public:
    explicit CompletionBadge(QWidget* parent)
        : QWidget(parent)
    {
        const int side = fontMetrics().height() * 4;
        setFixedSize(side, side);
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QPalette& pal = palette();
        const QRectF box = QRectF(rect()).adjusted(2, 2, -2, -2);
        painter.setPen(Qt::NoPen);
        painter.setBrush(appearance::accentWash(pal, 0.18));
        painter.drawEllipse(box);
        painter.setBrush(appearance::primaryFill(pal));
        painter.drawEllipse(
            box.adjusted(box.width() * 0.14, box.height() * 0.14, -box.width() * 0.14, -box.height() * 0.14));
        QPainterPath tick;
        tick.moveTo(box.left() + box.width() * 0.34, box.top() + box.height() * 0.52);
        tick.lineTo(box.left() + box.width() * 0.45, box.top() + box.height() * 0.63);
        tick.lineTo(box.left() + box.width() * 0.67, box.top() + box.height() * 0.39);
        QPen pen(pal.color(QPalette::HighlightedText), box.width() * 0.07, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(tick);
    }
};

} // namespace

SummaryView::SummaryView(QWidget* parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_routine(new QLabel(this))
    , m_details(new QLabel(this))
    , m_exercises(new QLabel(this))
    , m_advice(new QLabel(this))
    , m_again(new ActionButton(tr("Again"), this))
    , m_home(new ActionButton(tr("Home"), this))
    , m_continue(new ActionButton(tr("Continue where I stopped"), this))
    , m_reminders(new ActionButton(tr("Remind me on weekdays, after 50 minutes at the computer"), this))
    , m_hurtMarks(new HurtMarksPanel(this))
{
    setAccessibleName(tr("Session summary"));
    const int gap = appearance::spacing(font());
    const int line = fontMetrics().height();

    m_headline->setFont(appearance::scaledFont(font(), 2.2, QFont::DemiBold));
    m_headline->setAlignment(Qt::AlignCenter);
    m_headline->setWordWrap(true);
    m_routine->setFont(appearance::scaledFont(font(), 1.25, QFont::DemiBold));
    m_routine->setAlignment(Qt::AlignCenter);
    m_routine->setTextFormat(Qt::PlainText); // a name the person typed
    m_routine->setWordWrap(true);
    m_routine->hide();
    m_details->setFont(appearance::scaledFont(font(), 1.25));
    m_details->setAlignment(Qt::AlignCenter);
    m_details->setWordWrap(true);
    m_exercises->setFont(appearance::scaledFont(font(), 1.1));
    m_exercises->setAlignment(Qt::AlignCenter);
    m_exercises->setTextFormat(Qt::PlainText);
    m_exercises->setWordWrap(true);
    m_advice->setAlignment(Qt::AlignCenter);
    m_advice->setWordWrap(true);
    m_advice->setText(tr("Take a moment before you get up, and stand up slowly. "
                         "A short session like this helps most when you come back to it regularly."));
    appearance::setMuted(m_advice);
    appearance::setMuted(m_exercises);

    for (ActionButton* button : {m_continue, m_again, m_home}) {
        button->setAutoDefault(true);
        button->setMinimumHeight(line * 5 / 2);
        button->setMinimumWidth(line * 9);
        button->setFont(appearance::scaledFont(font(), 1.15, QFont::DemiBold));
    }
    m_again->setAccessibleDescription(tr("Do the same exercises once more"));
    m_home->setAccessibleDescription(tr("Go back to choosing where it hurts"));
    // Home is the natural next step, so it gets the accent and the Enter key.
    m_home->setEmphasis(ActionButton::Emphasis::Primary);
    connect(m_again, &QPushButton::clicked, this, &SummaryView::againRequested);
    connect(m_home, &QPushButton::clicked, this, &SummaryView::homeRequested);
    m_continue->setAccessibleDescription(tr("Do the rest of the session, from the exercise it stopped at"));
    m_continue->setEmphasis(ActionButton::Emphasis::Primary);
    m_continue->hide();
    connect(m_continue, &QPushButton::clicked, this, &SummaryView::continueRequested);
    m_reminders->setAccessibleDescription(tr("Turns on stretch reminders; you can change them in Preferences"));
    m_reminders->hide();
    connect(m_reminders, &QPushButton::clicked, this, [this] {
        m_reminders->hide();
        Q_EMIT remindersAccepted();
    });

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(gap * 2);
    buttons->addStretch(1);
    buttons->addWidget(m_continue);
    buttons->addWidget(m_again);
    buttons->addWidget(m_home);
    buttons->addStretch(1);

    auto* column = new QVBoxLayout;
    column->setSpacing(gap * 2);
    column->addWidget(new CompletionBadge(this), 0, Qt::AlignHCenter);
    column->addWidget(m_headline);
    column->addWidget(m_routine);
    column->addWidget(m_details);
    column->addWidget(m_exercises);
    column->addSpacing(gap * 2);
    column->addWidget(m_advice);
    column->addWidget(m_hurtMarks);
    column->addSpacing(gap * 3);
    column->addLayout(buttons);
    column->addWidget(m_reminders, 0, Qt::AlignHCenter);

    auto* centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addLayout(column, 4);
    centred->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(gap * 4, gap * 4, gap * 4, gap * 4);
    layout->addStretch(2);
    layout->addLayout(centred);
    layout->addStretch(3);
}

void SummaryView::showSummary(const QStringList& exerciseNames, int exercisesDone, qint64 timeSpentMs,
                              const QString& routineName)
{
    m_headline->setText(exercisesDone > 0 ? tr("Well done") : tr("Session ended"));
    //: the summary names the person's own routine the session ran: "Your routine: Morning back"
    m_routine->setText(routineName.isEmpty() ? QString() : tr("Your routine: %1").arg(routineName));
    m_routine->setVisible(!routineName.isEmpty());
    // English reads the source text directly (no .qm), so the singular gets its
    // own sentence; %n still lets translators supply every plural form.
    const QString spent = DurationText::approximate(timeSpentMs);
    if (exercisesDone == 1)
        m_details->setText(tr("You did 1 exercise in %1.").arg(spent));
    else
        //: e.g. "You did 2 exercises in 6 min."
        m_details->setText(tr("You did %n exercises in %1.", "", exercisesDone).arg(spent));
    m_exercises->setText(exerciseNames.join(QStringLiteral("  ·  ")));
    m_exercises->setVisible(!exerciseNames.isEmpty());
    m_continue->hide();
    m_reminders->hide();
    m_home->setFocus(Qt::OtherFocusReason);
}

void SummaryView::offerReminders()
{
    m_reminders->show();
}

void SummaryView::offerContinue()
{
    m_continue->show();
    m_continue->setFocus(Qt::OtherFocusReason);
}

QString SummaryView::headline() const
{
    return m_headline->text();
}

QString SummaryView::routineLine() const
{
    return m_routine->text();
}

QString SummaryView::details() const
{
    return m_details->text();
}

} // namespace limber
