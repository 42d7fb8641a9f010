#pragma once

#include "widgets/ActionButton.h"

#include <QStringList>
#include <QWidget>

class QLabel;

namespace limber {

class HurtMarksPanel;

// The calm end of a session: what was done and for how long, then "Again"
// or "Home" (and, after a stop from the media remote, "Continue where I stopped").
class SummaryView final : public QWidget {
    Q_OBJECT

public:
    explicit SummaryView(QWidget* parent = nullptr);

    // `routineName` is the person's routine this session ran, if it was one:
    // the summary names it, so "Morning routine" is recognisably done.
    void showSummary(const QStringList& exerciseNames, int exercisesDone, qint64 timeSpentMs,
                     const QString& routineName = {});

    QString headline() const;
    QString details() const;
    // "Your routine: …", empty when the session was not a routine.
    QString routineLine() const;
    QPushButton* againButton() const { return m_again; }
    QPushButton* homeButton() const { return m_home; }
    // Shown after showSummary() for a session stopped part-way, hidden by the next showSummary().
    void offerContinue();
    QPushButton* continueButton() const { return m_continue; }
    // After a first session: one click turns stretch reminders on. Hidden by
    // the next showSummary() and once clicked.
    void offerReminders();
    QPushButton* remindersButton() const { return m_reminders; }
    // "This one made it worse", per exercise (setaside/); hidden until offered.
    HurtMarksPanel* hurtMarks() const { return m_hurtMarks; }

Q_SIGNALS:
    void againRequested();
    void homeRequested();
    void continueRequested();
    void remindersAccepted();

private:
    QLabel* m_headline;
    QLabel* m_routine;
    QLabel* m_details;
    QLabel* m_exercises;
    QLabel* m_advice;
    ActionButton* m_again;
    ActionButton* m_home;
    ActionButton* m_continue;
    ActionButton* m_reminders;
    HurtMarksPanel* m_hurtMarks;
};

} // namespace limber
