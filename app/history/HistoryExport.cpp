#include "history/HistoryExport.h"

#include "limber/History.h"
#include "limber/HistoryCsv.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace limber {

QString HistoryExport::defaultFileName(const QDate& day)
{
    return QStringLiteral("limber-history-%1.csv").arg(day.toString(Qt::ISODate));
}

QString HistoryExport::exportTo(const HistoryStore& store, const QString& path)
{
    const StoreStatus status = exportHistoryCsv(store, path);
    return status ? QString() : status.errorMessage();
}

bool HistoryExport::exportWithDialog(const HistoryStore& store, QWidget* parent)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Export history"), QDir(folder).filePath(defaultFileName()), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return false;
    const QString problem = exportTo(store, path);
    if (!problem.isEmpty()) {
        QMessageBox::warning(parent, tr("Export history"), problem);
        return false;
    }
    return true;
}

QAction* HistoryExport::createAction(const HistoryStore& store, QWidget* parent)
{
    auto* action = new QAction(tr("&Export History as CSV…"), parent);
    action->setStatusTip(tr("Save every session to a file a spreadsheet can open"));
    QObject::connect(action, &QAction::triggered, parent, [&store, parent] { exportWithDialog(store, parent); });
    return action;
}

} // namespace limber
