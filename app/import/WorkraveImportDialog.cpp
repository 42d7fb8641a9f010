#include "import/WorkraveImportDialog.h"

#include "import/WorkraveLocation.h"
#include "pictures/PictureChecks.h"
#include "startup/Translations.h"
#include "style/Appearance.h"
#include "text/DurationText.h"

#include "limber/CatalogLoader.h"
#include "limber/CatalogText.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

// Workrave's exercises are done at the desk and most of them work the neck
// and shoulders, so that region is proposed first; the person may pick another.
const QString DefaultRegion = u"neck-shoulders"_s;

} // namespace

WorkraveImportDialog::WorkraveImportDialog(const Catalog& catalog, const QString& catalogFolder, QWidget* parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_catalogFolder(catalogFolder)
    , m_file(new QLineEdit(this))
    , m_region(new QComboBox(this))
    , m_list(new QTreeWidget(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_import(m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Import Workrave exercises"));
    setObjectName(u"workraveImportDialog"_s);
    const int gap = appearance::spacing(font());

    auto* intro = new QLabel(tr("Workrave's exercises become your own Limber exercises, with their pictures. "
                                "Importing the same file again replaces the exercises imported from it before."),
                             this);
    intro->setWordWrap(true);

    m_file->setAccessibleName(tr("Workrave exercises file"));
    m_file->setPlaceholderText(tr("exercises.xml"));
    connect(m_file, &QLineEdit::editingFinished, this, &WorkraveImportDialog::refresh);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &WorkraveImportDialog::browse);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    for (const Region& region : catalog.regions())
        m_region->addItem(catalogText(region.name), region.id);
    m_region->setAccessibleName(tr("Region for the imported exercises"));
    const int preferred = m_region->findData(DefaultRegion);
    m_region->setCurrentIndex(preferred >= 0 ? preferred : 0);
    connect(m_region, &QComboBox::currentIndexChanged, this, &WorkraveImportDialog::refresh);

    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file); // a row of several widgets gets no buddy by itself
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Region:"), m_region);

    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Exercise"), tr("Length"), tr("Pictures")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setAccessibleName(tr("Exercises in the file"));
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (importNow())
            accept();
    });

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(gap * 2);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(560, 440);

    const QString installed = WorkraveLocation::find();
    if (!installed.isEmpty())
        setFile(installed);
    else
        refresh();
}

void WorkraveImportDialog::setFile(const QString& path)
{
    m_file->setText(path);
    refresh();
}

void WorkraveImportDialog::setRegion(const QString& regionId)
{
    const int index = m_region->findData(regionId);
    if (index >= 0)
        m_region->setCurrentIndex(index);
}

QString WorkraveImportDialog::message() const
{
    return m_message->text();
}

WorkraveImport::Texts WorkraveImportDialog::texts()
{
    return {tr("Sitting or standing at your desk."), tr("Follow the pictures."), tr("From Workrave's exercises.")};
}

void WorkraveImportDialog::refresh()
{
    m_list->clear();
    m_import->setEnabled(false);
    const QString path = m_file->text().trimmed();
    if (path.isEmpty()) {
        m_prepared = {};
        m_message->setText(tr("Workrave is not installed here. Choose an exercises.xml file."));
        return;
    }
    m_prepared = WorkraveImport::prepare(path, m_catalog, m_region->currentData().toString(),
                                         Translations::current().name(), texts(), &ImagePictureChecker::instance());
    if (!m_prepared.ok()) {
        //: %1 is the problem, which names the file
        m_message->setText(tr("This file cannot be imported: %1").arg(m_prepared.error));
        return;
    }
    for (const Exercise& exercise : m_prepared.exercises) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, exercise.name);
        item->setText(1, DurationText::exact(exercise.dose.hold.holdMs));
        item->setText(2, QString::number(exercise.picture.frames.size()));
        item->setToolTip(0, exercise.steps.join(u' '));
    }
    m_message->setText(tr("%n exercise(s) will be added to %1.", nullptr, static_cast<int>(m_prepared.exercises.size()))
                           .arg(m_region->currentText()));
    m_import->setEnabled(true);
}

void WorkraveImportDialog::browse()
{
    const QString start = m_file->text().isEmpty() ? QDir::homePath() : QFileInfo(m_file->text()).absolutePath();
    const QString chosen
        = QFileDialog::getOpenFileName(this, tr("Workrave exercises file"), start, tr("Workrave exercises (*.xml)"));
    if (!chosen.isEmpty())
        setFile(chosen);
}

bool WorkraveImportDialog::importNow()
{
    if (!m_prepared.ok() || m_prepared.exercises.isEmpty())
        return false;
    const QString error = WorkraveImport::commit(m_prepared, m_catalogFolder);
    if (!error.isEmpty()) {
        m_message->setText(tr("Nothing was imported: %1").arg(error));
        return false;
    }
    // Read back what was written, as the next start will: the exercises the
    // app adds now are exactly those it would load.
    const CatalogParseResult written = CatalogLoader::loadFile(
        QDir(m_catalogFolder).filePath(WorkraveImport::CatalogFileName), &m_catalog, &ImagePictureChecker::instance());
    if (!written.ok()) {
        m_message->setText(tr("The exercises were written, but Limber cannot read them back: %1")
                               .arg(written.issues.constFirst().toString()));
        return false;
    }
    m_imported = written.catalog.exercises();
    return true;
}

QAction* WorkraveImportDialog::createAction(const Catalog& catalog, QWidget* parent,
                                            std::function<void(const QList<Exercise>&)> imported)
{
    auto* action = new QAction(tr("Import &Workrave Exercises…"), parent);
    action->setObjectName(u"importWorkraveAction"_s);
    QObject::connect(action, &QAction::triggered, parent, [&catalog, parent, imported] {
        WorkraveImportDialog dialog(catalog, userCatalogFolder(), parent);
        if (dialog.exec() == QDialog::Accepted && imported)
            imported(dialog.imported());
    });
    return action;
}

} // namespace limber
