#pragma once

#include "limber/History.h"
#include "limber/HistoryStats.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace limber {

class Catalog;
class HistoryStore;
class MinutesChart;
class PainTrendChart;

// "Is it getting better?": the streak (weeks in a row at the weekly goal, see
// weeklyGoalStreak()), this week against the goal, minutes per week, the pain
// trend of a region over the last weeks, and every session listed by day with
// the reminders of that day and how they were answered. Read-only; it reads
// the store on refresh() and never keeps a connection of its own.
class HistoryView final : public QWidget {
    Q_OBJECT

public:
    static constexpr int ChartWeeks = 8;

    // Both must outlive the view.
    HistoryView(const HistoryStore& store, const Catalog& catalog, QWidget* parent = nullptr);

    // Reads the store again: call when the view is shown and after a session.
    void refresh(const QDate& today = QDate::currentDate());
    // Sessions a week the person aims for (SessionSettings::weeklyGoal); takes effect at the next refresh().
    void setWeeklyGoal(int goal) { m_weeklyGoal = goal; }
    int weeklyGoal() const { return m_weeklyGoal; }

    // Weeks in a row at the weekly goal.
    int streak() const { return m_streak; }
    const WeeklyProgress& thisWeek() const { return m_thisWeek; }
    // "3 reminders: 1 started, 1 snoozed, 1 skipped"; empty when none was shown.
    static QString reminderSummary(const ReminderAnswers& answers);
    // Why the history could not be read; empty when it could.
    const QString& problem() const { return m_problemText; }
    QTreeWidget* sessionList() const { return m_sessions; }
    MinutesChart* minutesChart() const { return m_minutes; }
    PainTrendChart* painChart() const { return m_pain; }
    QComboBox* regionChooser() const { return m_region; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* backButton() const { return m_back; }

Q_SIGNALS:
    void backRequested();

private:
    void showSessions(const QList<SessionRecord>& sessions, const QList<ReminderRecord>& reminders);
    QString dayHeading(const QDate& day, const DayActivity& activity) const;
    void showPainTrend();
    QString regionName(const QString& regionId) const;
    QDate painChartStart() const;

    const HistoryStore& m_store;
    const Catalog& m_catalog;
    QDate m_today;
    int m_weeklyGoal = 5;
    int m_streak = 0;
    WeeklyProgress m_thisWeek;
    QString m_problemText;
    QList<PainCheckIn> m_checkIns; // of the chart's weeks

    QPushButton* m_back;
    QPushButton* m_export;
    QLabel* m_problemLabel;
    QLabel* m_streakValue;
    QLabel* m_streakCaption;
    QLabel* m_goalValue;
    QLabel* m_goalCaption;
    QLabel* m_weekValue;
    QLabel* m_weekCaption;
    QLabel* m_totalValue;
    QLabel* m_totalCaption;
    MinutesChart* m_minutes;
    QComboBox* m_region;
    PainTrendChart* m_pain;
    QTreeWidget* m_sessions;
    QLabel* m_noSessions;
};

} // namespace limber
