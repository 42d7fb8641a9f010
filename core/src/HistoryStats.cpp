#include "limber/HistoryStats.h"

#include <QMap>
#include <QSet>

namespace limber {

namespace {

QDate localDay(const QDateTime& moment)
{
    return moment.toLocalTime().date();
}

struct Average {
    double sum = 0.0;
    int count = 0;
    void add(int level)
    {
        sum += level;
        ++count;
    }
    std::optional<double> value() const { return count == 0 ? std::nullopt : std::optional<double>(sum / count); }
};

} // namespace

bool countsTowardsStreak(const SessionRecord& session)
{
    return session.progress.exercisesCompleted > 0;
}

int currentStreak(const QList<SessionRecord>& sessions, const QDate& today)
{
    QSet<QDate> days;
    for (const SessionRecord& session : sessions) {
        if (countsTowardsStreak(session))
            days.insert(localDay(session.start));
    }
    QDate day = days.contains(today) ? today : today.addDays(-1);
    int streak = 0;
    while (days.contains(day)) {
        ++streak;
        day = day.addDays(-1);
    }
    return streak;
}

QDate startOfWeek(const QDate& day, Qt::DayOfWeek firstDayOfWeek)
{
    const int back = (day.dayOfWeek() - static_cast<int>(firstDayOfWeek) + 7) % 7;
    return day.addDays(-back);
}

QList<WeekMinutes> minutesPerWeek(const QList<SessionRecord>& sessions, const QDate& today, int weeks,
                                  Qt::DayOfWeek firstDayOfWeek)
{
    QList<WeekMinutes> result;
    if (weeks <= 0)
        return result;
    const QDate lastWeek = startOfWeek(today, firstDayOfWeek);
    const QDate firstWeek = lastWeek.addDays(-7 * (weeks - 1));
    for (int i = 0; i < weeks; ++i)
        result.append({firstWeek.addDays(7 * i), 0.0, 0});

    for (const SessionRecord& session : sessions) {
        const QDate week = startOfWeek(localDay(session.start), firstDayOfWeek);
        if (week < firstWeek || week > lastWeek)
            continue;
        WeekMinutes& entry = result[firstWeek.daysTo(week) / 7];
        entry.minutes += session.activeMinutes();
        ++entry.sessions;
    }
    return result;
}

WeeklyProgress weeklyProgress(const QList<SessionRecord>& sessions, const QDate& today, int goal)
{
    WeeklyProgress progress;
    progress.weekStart = startOfWeek(today, Qt::Monday);
    progress.goal = goal;
    for (const SessionRecord& session : sessions) {
        if (countsTowardsStreak(session) && startOfWeek(localDay(session.start), Qt::Monday) == progress.weekStart)
            ++progress.done;
    }
    return progress;
}

int weeklyGoalStreak(const QList<SessionRecord>& sessions, const QDate& today, int goal)
{
    if (goal <= 0)
        return 0;
    QMap<QDate, int> perWeek; // Monday -> counted sessions
    for (const SessionRecord& session : sessions) {
        if (countsTowardsStreak(session))
            ++perWeek[startOfWeek(localDay(session.start), Qt::Monday)];
    }
    const QDate thisWeek = startOfWeek(today, Qt::Monday);
    int streak = perWeek.value(thisWeek) >= goal ? 1 : 0;
    for (QDate week = thisWeek.addDays(-7); perWeek.value(week) >= goal; week = week.addDays(-7))
        ++streak;
    return streak;
}

void ReminderAnswers::add(const ReminderRecord& reminder)
{
    ++shown;
    if (!reminder.outcome) {
        ++open;
        return;
    }
    switch (*reminder.outcome) {
    case ReminderOutcome::Started:
        ++started;
        break;
    case ReminderOutcome::Finished:
        ++finished;
        break;
    case ReminderOutcome::Snoozed:
        ++snoozed;
        break;
    case ReminderOutcome::Skipped:
        ++skipped;
        break;
    case ReminderOutcome::Ignored:
        ++ignored;
        break;
    }
}

QList<DayActivity> dailyActivity(const QList<SessionRecord>& sessions, const QList<ReminderRecord>& reminders,
                                 const QDate& from, const QDate& to)
{
    const auto inRange
        = [&](const QDate& day) { return (!from.isValid() || day >= from) && (!to.isValid() || day <= to); };
    QMap<QDate, DayActivity> byDay;
    for (const SessionRecord& session : sessions) {
        const QDate day = localDay(session.start);
        if (inRange(day))
            ++byDay[day].sessions;
    }
    for (const ReminderRecord& reminder : reminders) {
        const QDate day = localDay(reminder.shown);
        if (inRange(day))
            byDay[day].reminders.add(reminder);
    }
    QList<DayActivity> days;
    for (auto it = byDay.begin(); it != byDay.end(); ++it) {
        it.value().day = it.key();
        days.prepend(it.value());
    }
    return days;
}

QList<PainTrendPoint> painTrend(const QList<PainCheckIn>& checkIns, const QString& regionId, const QDate& from,
                                const QDate& to)
{
    QMap<QDate, QPair<Average, Average>> byDay; // ordered by day
    for (const PainCheckIn& checkIn : checkIns) {
        if (checkIn.regionId != regionId || !isValidPainLevel(checkIn.level))
            continue;
        const QDate day = localDay(checkIn.at);
        if (day < from || day > to)
            continue;
        auto& averages = byDay[day];
        if (checkIn.moment == PainCheckIn::Moment::After)
            averages.second.add(checkIn.level);
        else
            averages.first.add(checkIn.level);
    }
    QList<PainTrendPoint> points;
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it)
        points.append({it.key(), it.value().first.value(), it.value().second.value()});
    return points;
}

QStringList regionsWithPain(const QList<PainCheckIn>& checkIns)
{
    QStringList regions;
    for (const PainCheckIn& checkIn : checkIns) {
        if (!checkIn.regionId.isEmpty() && !regions.contains(checkIn.regionId))
            regions.append(checkIn.regionId);
    }
    return regions;
}

} // namespace limber
