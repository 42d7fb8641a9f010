#pragma once

#include "limber/History.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace limber {

// The figures the history view shows, computed from plain records so they can
// be tested without a database or a widget. Days are the person's local days.

// A session counts towards a day when at least one exercise was done to its
// end: starting and stopping at once is not a day of stretching.
bool countsTowardsStreak(const SessionRecord& session);

// Days in a row with a counted session, ending today; a streak that reaches
// yesterday is still alive today, since today is not over yet.
int currentStreak(const QList<SessionRecord>& sessions, const QDate& today);

QDate startOfWeek(const QDate& day, Qt::DayOfWeek firstDayOfWeek = Qt::Monday);

struct WeekMinutes {
    QDate weekStart;
    double minutes = 0.0; // time actually spent exercising
    int sessions = 0;
};

// The `weeks` weeks up to and including the one holding `today`, oldest first;
// weeks without a session are there with zero minutes.
QList<WeekMinutes> minutesPerWeek(const QList<SessionRecord>& sessions, const QDate& today, int weeks,
                                  Qt::DayOfWeek firstDayOfWeek = Qt::Monday);

struct PainTrendPoint {
    QDate day;
    std::optional<double> before; // daily average; standalone check-ins count here,
    std::optional<double> after;  // as they describe the back without fresh stretching
};

// Daily average pain for one region over [from, to], oldest first; days with
// no check-in are left out rather than drawn as zero.
QList<PainTrendPoint> painTrend(const QList<PainCheckIn>& checkIns, const QString& regionId, const QDate& from,
                                const QDate& to);

// Regions that have at least one check-in, in order of first appearance.
QStringList regionsWithPain(const QList<PainCheckIn>& checkIns);

} // namespace limber
