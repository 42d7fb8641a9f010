#pragma once

#include "limber/ReminderSettings.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTimeEdit;

namespace limber {

// Preferences › Reminders: whether and when Limber reminds the person to
// stretch, their working days and hours, what counts as a break, and
// starting at log-in. The ranges are ReminderSettings' own, so the page
// cannot produce what loading would reject.
class RemindersPage final : public QWidget {
    Q_OBJECT

public:
    explicit RemindersPage(QWidget* parent = nullptr);

    void setValues(const ReminderSettings& settings, bool startAtLogin);
    ReminderSettings values() const;
    bool startAtLogin() const;
    // Empty when the shown values can be saved; else what to fix, for the person.
    QString problem() const;
    // What this desktop cannot do (no idle time, no tray), shown under the controls.
    void setNotes(const QStringList& notes);

    QCheckBox* enabledBox() const { return m_enabled; }
    QRadioButton* activeUseButton() const { return m_activeUse; }
    QRadioButton* timesOfDayButton() const { return m_timesOfDay; }
    QSpinBox* activeMinutesBox() const { return m_activeMinutes; }
    QLineEdit* timesEdit() const { return m_times; }
    QCheckBox* dayBox(int dayOfWeek) const { return m_days.value(dayOfWeek - 1); }
    QTimeEdit* workStartEdit() const { return m_workStart; }
    QTimeEdit* workEndEdit() const { return m_workEnd; }
    QSpinBox* breakMinutesBox() const { return m_breakMinutes; }
    QCheckBox* chimeBox() const { return m_chime; }
    QCheckBox* startAtLoginBox() const { return m_startAtLogin; }
    QLabel* notes() const { return m_notes; }

private:
    void updateEnabled();
    void showProblem();
    QList<QTime> parsedTimes(bool* ok) const;

    QCheckBox* m_enabled = nullptr;
    QRadioButton* m_activeUse = nullptr;
    QRadioButton* m_timesOfDay = nullptr;
    QSpinBox* m_activeMinutes = nullptr;
    QLineEdit* m_times = nullptr;
    QList<QCheckBox*> m_days;
    QTimeEdit* m_workStart = nullptr;
    QTimeEdit* m_workEnd = nullptr;
    QSpinBox* m_breakMinutes = nullptr;
    QCheckBox* m_chime = nullptr;
    QCheckBox* m_startAtLogin = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_notes = nullptr;
};

} // namespace limber
