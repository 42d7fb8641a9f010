#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

namespace limber {

// Lengths of time as a person reads them.
class DurationText final {
    Q_DECLARE_TR_FUNCTIONS(DurationText)

public:
    // A planned total, rounded the way people talk about it:
    // "45 s", "1 min 30 s" (to the half minute under five minutes), "12 min".
    static QString approximate(qint64 ms);
    // An exact step length: "10 s", "1 min", "1 min 20 s".
    static QString exact(qint64 ms);
    // A running countdown: whole seconds rounded up ("24"), or "m:ss" above a minute.
    static QString countdown(qint64 ms);
    // A clock reading, "m:ss".
    static QString clock(qint64 ms);
};

} // namespace limber
