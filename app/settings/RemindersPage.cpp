#include "settings/RemindersPage.h"

#include "style/Appearance.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeEdit>

#include <algorithm>

namespace limber {

namespace {

const QString TimeFormat = QStringLiteral("HH:mm");

QLabel* note(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    appearance::setMuted(label);
    return label;
}

} // namespace

RemindersPage::RemindersPage(QWidget* parent)
    : QWidget(parent)
{
    auto* form = new QFormLayout(this);

    m_enabled = new QCheckBox(tr("&Remind me to stretch"), this);
    form->addRow(m_enabled);

    m_activeUse = new QRadioButton(tr("&After"), this);
    m_activeMinutes = new QSpinBox(this);
    m_activeMinutes->setRange(ReminderSettings::ActiveMinutes.min, ReminderSettings::ActiveMinutes.max);
    //: after a number of minutes, with its leading space
    m_activeMinutes->setSuffix(tr(" min"));
    m_activeMinutes->setAccessibleName(tr("Minutes of computer use before a reminder"));
    auto* activeRow = new QHBoxLayout;
    activeRow->addWidget(m_activeUse);
    activeRow->addWidget(m_activeMinutes);
    activeRow->addWidget(new QLabel(tr("of computer use"), this));
    activeRow->addStretch(1);
    form->addRow(tr("When:"), activeRow);

    m_timesOfDay = new QRadioButton(tr("At &these times:"), this);
    m_times = new QLineEdit(this);
    //: an example of times of day, separated by spaces
    m_times->setPlaceholderText(tr("10:30 15:00"));
    m_times->setAccessibleName(tr("Times of day, separated by spaces"));
    auto* timesRow = new QHBoxLayout;
    timesRow->addWidget(m_timesOfDay);
    timesRow->addWidget(m_times, 1);
    form->addRow(QString(), timesRow);

    auto* days = new QHBoxLayout;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto* box = new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat), this);
        box->setAccessibleName(QLocale().dayName(day, QLocale::LongFormat));
        m_days.append(box);
        days->addWidget(box);
    }
    days->addStretch(1);
    form->addRow(tr("On:"), days);

    m_workStart = new QTimeEdit(this);
    m_workStart->setDisplayFormat(TimeFormat);
    m_workStart->setAccessibleName(tr("Working hours start"));
    m_workEnd = new QTimeEdit(this);
    m_workEnd->setDisplayFormat(TimeFormat);
    m_workEnd->setAccessibleName(tr("Working hours end"));
    auto* hours = new QHBoxLayout;
    hours->addWidget(m_workStart);
    //: between two times of day: "09:00 to 18:00"
    hours->addWidget(new QLabel(tr("to"), this));
    hours->addWidget(m_workEnd);
    hours->addStretch(1);
    form->addRow(tr("Between:"), hours);

    m_breakMinutes = new QSpinBox(this);
    m_breakMinutes->setRange(ReminderSettings::BreakMinutes.min, ReminderSettings::BreakMinutes.max);
    m_breakMinutes->setSuffix(tr(" min"));
    m_breakMinutes->setToolTip(tr("Being away from the keyboard this long counts as a break, and the count starts "
                                  "again"));
    form->addRow(tr("A &break is:"), m_breakMinutes);

    m_chime = new QCheckBox(tr("Soft &chime with each reminder"), this);
    form->addRow(QString(), m_chime);
    m_startAtLogin = new QCheckBox(tr("&Start Limber in the tray when I log in"), this);
    form->addRow(QString(), m_startAtLogin);

    m_problem = note(this);
    m_problem->setObjectName(QStringLiteral("remindersProblem"));
    m_problem->hide();
    form->addRow(m_problem);
    m_notes = note(this);
    m_notes->setObjectName(QStringLiteral("remindersNotes"));
    m_notes->hide();
    form->addRow(m_notes);
    auto* advice = note(this);
    advice->setText(tr("Reminders never interrupt a fullscreen window or a session, and wait while you are away."));
    form->addRow(advice);

    for (QAbstractButton* button : std::initializer_list<QAbstractButton*> {m_enabled, m_activeUse, m_timesOfDay})
        connect(button, &QAbstractButton::toggled, this, &RemindersPage::updateEnabled);
    connect(m_times, &QLineEdit::textChanged, this, &RemindersPage::showProblem);
    connect(m_timesOfDay, &QAbstractButton::toggled, this, &RemindersPage::showProblem);
    connect(m_workStart, &QTimeEdit::timeChanged, this, &RemindersPage::showProblem);
    connect(m_workEnd, &QTimeEdit::timeChanged, this, &RemindersPage::showProblem);
    setValues(ReminderSettings(), false);
}

void RemindersPage::setValues(const ReminderSettings& settings, bool startAtLogin)
{
    m_enabled->setChecked(settings.enabled);
    m_activeUse->setChecked(settings.mode == ReminderSettings::Mode::ActiveUse);
    m_timesOfDay->setChecked(settings.mode == ReminderSettings::Mode::TimesOfDay);
    m_activeMinutes->setValue(settings.activeMinutes);
    QStringList times;
    for (const QTime& time : settings.times)
        times.append(time.toString(TimeFormat));
    m_times->setText(times.join(QLatin1Char(' ')));
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_days[day - 1]->setChecked(settings.workingDays.contains(day));
    m_workStart->setTime(settings.workStart);
    m_workEnd->setTime(settings.workEnd);
    m_breakMinutes->setValue(settings.breakMinutes);
    m_chime->setChecked(settings.chime);
    m_startAtLogin->setChecked(startAtLogin);
    updateEnabled();
    showProblem();
}

void RemindersPage::showProblem()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
}

QList<QTime> RemindersPage::parsedTimes(bool* ok) const
{
    QList<QTime> times;
    *ok = true;
    for (const QString& part : m_times->text().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QTime time = QTime::fromString(part, TimeFormat).isValid()
            ? QTime::fromString(part, TimeFormat)
            : QTime::fromString(part, QStringLiteral("H:mm"));
        if (!time.isValid() || times.contains(time)) {
            *ok = false;
            return {};
        }
        times.append(time);
    }
    std::sort(times.begin(), times.end());
    return times;
}

QString RemindersPage::problem() const
{
    bool ok = false;
    const QList<QTime> times = parsedTimes(&ok);
    if (m_timesOfDay->isChecked() && (!ok || times.isEmpty() || times.size() > ReminderSettings::MaxTimes))
        return tr("Write the times as hours and minutes with spaces between them, for example 10:30 15:00.");
    if (m_workEnd->time() <= m_workStart->time())
        return tr("Working hours must end after they start.");
    return {};
}

ReminderSettings RemindersPage::values() const
{
    ReminderSettings settings;
    settings.enabled = m_enabled->isChecked();
    settings.mode = m_timesOfDay->isChecked() ? ReminderSettings::Mode::TimesOfDay : ReminderSettings::Mode::ActiveUse;
    settings.activeMinutes = m_activeMinutes->value();
    bool ok = false;
    const QList<QTime> times = parsedTimes(&ok);
    if (ok && !times.isEmpty() && times.size() <= ReminderSettings::MaxTimes)
        settings.times = times;
    settings.workingDays.clear();
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        if (m_days[day - 1]->isChecked())
            settings.workingDays.append(day);
    }
    if (m_workEnd->time() > m_workStart->time()) {
        settings.workStart = m_workStart->time();
        settings.workEnd = m_workEnd->time();
    }
    settings.breakMinutes = m_breakMinutes->value();
    settings.chime = m_chime->isChecked();
    return settings;
}

bool RemindersPage::startAtLogin() const
{
    return m_startAtLogin->isChecked();
}

void RemindersPage::setNotes(const QStringList& notes)
{
    m_notes->setText(notes.join(QStringLiteral("\n")));
    m_notes->setVisible(!notes.isEmpty());
}

void RemindersPage::updateEnabled()
{
    const bool on = m_enabled->isChecked();
    for (QWidget* control :
         std::initializer_list<QWidget*> {m_activeUse, m_timesOfDay, m_workStart, m_workEnd, m_breakMinutes, m_chime}) {
        control->setEnabled(on);
    }
    for (QCheckBox* day : m_days)
        day->setEnabled(on);
    m_activeMinutes->setEnabled(on && m_activeUse->isChecked());
    m_times->setEnabled(on && m_timesOfDay->isChecked());
}

} // namespace limber
