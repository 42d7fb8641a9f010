#pragma once

#include "limber/History.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace limber {

// CSV as RFC 4180 writes it, so any spreadsheet reads the history back as the
// person sees it in Limber.

// A field quoted when it holds a comma, a double quote, CR or LF; quotes doubled.
QString csvField(const QString& value);
// The fields joined by commas, ended with CRLF.
QString csvLine(const QStringList& fields);

// ISO 8601 with the UTC offset spelled out, so a file read elsewhere or after a
// clock change still names the same moment; empty for an invalid time.
QString csvTimestamp(const QDateTime& moment);

// One table, one line per session and per reminder, in the order they began
// (a session by its start, a reminder by when it was shown). The first
// thirteen columns are those of the sessions-only export of earlier versions,
// so a sheet built on them keeps working; the columns after them are new:
//
//   record      "session" or "reminder": what the line is
//   reason      a reminder's reason (active-use, time-of-day, snoozed, one-off)
//   due         when a reminder was due (later shown if do-not-disturb held it)
//   session_id  the session a reminder started, if any
//
// A reminder line uses: id (the reminder's own), start (shown), end (answered),
// outcome (started, finished, snoozed, skipped, ignored; empty while open).
// Its session columns are empty, as are a session line's reminder columns.
QStringList historyCsvHeader();
QStringList historyCsvFields(const SessionRecord& session);
QStringList historyCsvFields(const ReminderRecord& reminder);
// Header line plus one line per record, sessions and reminders merged by time.
QString historyCsv(const QList<SessionRecord>& sessions, const QList<ReminderRecord>& reminders = {});

// Every session and reminder of `store` as historyCsv() writes them, saved to
// `path` atomically: a failed export never leaves half a file where a good one
// was. The error names the file and the problem, or is the store's own.
StoreStatus exportHistoryCsv(const HistoryStore& store, const QString& path);

} // namespace limber
