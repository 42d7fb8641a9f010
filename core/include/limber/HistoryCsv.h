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

QStringList historyCsvHeader();
QStringList historyCsvFields(const SessionRecord& session);
// Header line plus one line per session, in the order given.
QString historyCsv(const QList<SessionRecord>& sessions);

// Every session of `store` as historyCsv() writes them, saved to `path`
// atomically: a failed export never leaves half a file where a good one was.
// The error names the file and the problem, or is the store's own.
StoreStatus exportHistoryCsv(const HistoryStore& store, const QString& path);

} // namespace limber
