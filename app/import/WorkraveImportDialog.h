#pragma once

#include "limber/Catalog.h"
#include "limber/WorkraveImport.h"

#include <QDialog>

#include <functional>

class QAction;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace limber {

// File › Import Workrave exercises…: pick an exercises.xml (the installed
// Workrave's is offered), see what comes in (titles, lengths, pictures) and
// the region they join, then import. Nothing is written before Import is
// pressed; a refused file shows why, naming it, and changes nothing.
class WorkraveImportDialog final : public QDialog {
    Q_OBJECT

public:
    // Imports into `catalogFolder` (the user's catalog folder in the app).
    WorkraveImportDialog(const Catalog& catalog, const QString& catalogFolder, QWidget* parent = nullptr);

    // Reads `path` and shows what it holds (also what Browse… does).
    void setFile(const QString& path);
    void setRegion(const QString& regionId);
    // Writes; true on success. A failure is shown in the dialog.
    bool importNow();

    // What the last import wrote, read back from its file (pictures resolved).
    const QList<Exercise>& imported() const { return m_imported; }
    const WorkraveImport::Prepared& prepared() const { return m_prepared; }
    QString message() const;
    QTreeWidget* list() const { return m_list; }
    QPushButton* importButton() const { return m_import; }

    // The words Workrave's file does not have, in the interface language.
    static WorkraveImport::Texts texts();
    // A ready menu action; `imported` gets the exercises after a successful
    // import. `catalog` must outlive the action, which `parent` owns.
    static QAction* createAction(const Catalog& catalog, QWidget* parent,
                                 std::function<void(const QList<Exercise>&)> imported);

private:
    void refresh();
    void browse();

    const Catalog& m_catalog;
    QString m_catalogFolder;
    WorkraveImport::Prepared m_prepared;
    QList<Exercise> m_imported;

    QLineEdit* m_file;
    QComboBox* m_region;
    QTreeWidget* m_list;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
    QPushButton* m_import;
};

} // namespace limber
