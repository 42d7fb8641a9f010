#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QAction;
class QWidget;

namespace limber {

class HistoryStore;

// "Export history as CSV…": asks where, writes the file, and says so when it
// cannot. The CSV itself (RFC 4180) and the writing come from core's HistoryCsv.h.
class HistoryExport final {
    Q_DECLARE_TR_FUNCTIONS(limber::HistoryExport)

public:
    // limber-history-YYYY-MM-DD.csv
    static QString defaultFileName(const QDate& day = QDate::currentDate());

    // Shows the save dialog (in the Documents folder, with the default name),
    // writes the file and reports a failure in a message box. True when written.
    static bool exportWithDialog(const HistoryStore& store, QWidget* parent);
    // Writes to `path` without asking; the error message, or empty on success.
    static QString exportTo(const HistoryStore& store, const QString& path);

    // A ready menu action; `store` must outlive it. Owned by `parent`.
    static QAction* createAction(const HistoryStore& store, QWidget* parent);
};

} // namespace limber
