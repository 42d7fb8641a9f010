#include "home/WeeklyGoalView.h"

#include "style/Appearance.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>

namespace limber {

WeeklyGoalView::WeeklyGoalView(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_dots(new GoalDots(this))
{
    setObjectName(QStringLiteral("weeklyGoal"));
    const int gap = appearance::spacing(font());
    m_label->setFont(appearance::scaledFont(font(), 1.0, QFont::DemiBold));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(gap / 2);
    layout->addWidget(m_label, 0, Qt::AlignRight);
    layout->addWidget(m_dots, 0, Qt::AlignRight);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    hide();
}

void WeeklyGoalView::setProgress(int done, int goal)
{
    m_done = std::max(done, 0);
    m_goal = std::max(goal, 0);
    showProgress();
}

QString WeeklyGoalView::text() const
{
    if (m_goal <= 0)
        return {};
    // English has no plural forms file, so the singular is a string of its own.
    if (m_done >= m_goal) {
        if (m_done == 1)
            return tr("Weekly goal reached: 1 session this week");
        //: the weekly goal is reached; %n is the number of sessions done this week
        return tr("Weekly goal reached: %n sessions this week", "", m_done);
    }
    if (m_goal == 1)
        return tr("%1 of 1 session this week").arg(m_done);
    //: %1 sessions done so far this week, of a goal of %n ("3 of 5 sessions this week")
    return tr("%1 of %n sessions this week", "", m_goal).arg(m_done);
}

void WeeklyGoalView::showProgress()
{
    setVisible(m_goal > 0);
    m_label->setText(text());
    m_dots->setProgress(m_done, m_goal);
    setAccessibleName(tr("Weekly goal"));
    setAccessibleDescription(text());
    setToolTip(tr("Your weekly goal can be changed in Preferences."));
}

void WeeklyGoalView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        showProgress();
    QWidget::changeEvent(event);
}

GoalDots::GoalDots(QWidget* parent)
    : QWidget(parent)
{
    // The sentence above says it all; the dots are a picture of it.
    setAccessibleName(QString());
    setFocusPolicy(Qt::NoFocus);
}

void GoalDots::setProgress(int done, int goal)
{
    m_done = std::max(done, 0);
    m_goal = std::max(goal, 0);
    updateGeometry();
    update();
}

int GoalDots::dotCount() const
{
    return std::max(m_goal, std::min(m_done, 2 * m_goal));
}

int GoalDots::filledCount() const
{
    return std::min(m_done, dotCount());
}

int GoalDots::diameter() const
{
    return std::max(6, fontMetrics().height() * 2 / 3);
}

QSize GoalDots::sizeHint() const
{
    const int count = dotCount();
    const int d = diameter();
    return {count == 0 ? 0 : count * d + (count - 1) * d / 2 + 2, d + 2};
}

void GoalDots::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int d = diameter();
    const QColor fill = appearance::accent(palette());
    const QColor ring = appearance::hairline(palette()).darker(130);
    for (int i = 0; i < dotCount(); ++i) {
        const QRectF dot(1 + i * (d + d / 2), 1, d, d);
        if (i < filledCount()) {
            painter.setPen(QPen(fill, 1.0));
            painter.setBrush(fill);
        } else {
            painter.setPen(QPen(ring, 1.5));
            painter.setBrush(Qt::NoBrush);
        }
        painter.drawEllipse(dot.adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

} // namespace limber
