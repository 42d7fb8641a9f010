#include "print/HandoutActions.h"

#include "home/RoutinePanel.h"
#include "print/HandoutDocument.h"
#include "print/PrintBackend.h"
#include "print/PrintModule.h"

#include "limber/Catalog.h"
#include "limber/CatalogText.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace limber {

namespace {

// Nothing to print yet: say what to do rather than print an empty page.
std::optional<Handout> handoutOrHint(const HandoutActions::Source& source, QWidget* parent, const QString& title)
{
    std::optional<Handout> handout = source();
    if (!handout || handout->isEmpty()) {
        QMessageBox::information(parent, title,
                                 HandoutActions::tr("Choose where it hurts and tick the exercises you want on "
                                                    "paper first."));
        return std::nullopt;
    }
    return handout;
}

} // namespace

void HandoutActions::addTo(QMenu& menu, Source source)
{
    QWidget* parent = menu.parentWidget() ? menu.parentWidget()->window() : &menu;
    QAction* print = menu.addAction(tr("&Print…"));
    print->setObjectName(QStringLiteral("printAction"));
    print->setShortcut(QKeySequence::Print);
    print->setStatusTip(tr("Print a handout of these exercises, with a grid to tick for two weeks"));
    QObject::connect(print, &QAction::triggered, &menu, [source, parent] {
        if (const std::optional<Handout> handout = handoutOrHint(source, parent, tr("Print")))
            printWithDialog(*handout, parent);
    });
    QAction* pdf = menu.addAction(tr("Export as P&DF…"));
    pdf->setObjectName(QStringLiteral("exportPdfAction"));
    pdf->setStatusTip(tr("Save the handout as a PDF to print later or send on"));
    QObject::connect(pdf, &QAction::triggered, &menu, [source, parent] {
        if (const std::optional<Handout> handout = handoutOrHint(source, parent, tr("Export as PDF")))
            exportWithDialog(*handout, parent);
    });
    menu.addSeparator();
}

std::optional<Handout> HandoutActions::fromHome(const Catalog& catalog, const RoutinePanel& panel)
{
    const Region* region = catalog.region(panel.regionId());
    const QStringList ids = panel.chosenExerciseIds();
    if (!region || ids.isEmpty())
        return std::nullopt;
    return HandoutBuilder(catalog, panel.planOptions()).fromIds(catalogText(region->name), ids);
}

bool HandoutActions::printWithDialog(const Handout& handout, QWidget* parent)
{
    return printWithDialog(handout, parent, PrintModule::shared());
}

bool HandoutActions::printWithDialog(const Handout& handout, QWidget* parent, const PrintModule& module)
{
    if (PrintBackend* backend = module.backend())
        return backend->printWithDialog(handout, parent);
    QMessageBox::warning(parent, tr("Print handout"),
                         tr("Printing is not available: Limber could not load %1 (%2).\n\nExport as PDF… still "
                            "works, and the PDF can be printed from any document viewer.")
                             .arg(module.path(), module.problem()));
    return false;
}

bool HandoutActions::exportWithDialog(const Handout& handout, QWidget* parent)
{
    HandoutExportDialog dialog(handout, parent);
    return dialog.exec() == QDialog::Accepted;
}

HandoutExportDialog::HandoutExportDialog(Handout handout, QWidget* parent)
    : QDialog(parent)
    , m_handout(std::move(handout))
    , m_path(new QLineEdit(this))
    , m_paper(new QComboBox(this))
{
    setWindowTitle(tr("Export handout as PDF"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir::toNativeSeparators(QDir(folder).filePath(HandoutBuilder::defaultFileName(m_handout))));
    m_path->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    auto* choose = new QPushButton(tr("Choose…"), this);
    connect(choose, &QPushButton::clicked, this, &HandoutExportDialog::choosePath);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(choose);

    m_paper->addItem(tr("A4 (210 × 297 mm)"), QVariant::fromValue(static_cast<int>(QPageSize::A4)));
    m_paper->addItem(tr("Letter (8.5 × 11 in)"), QVariant::fromValue(static_cast<int>(QPageSize::Letter)));
    setPageSize(HandoutDocument::defaultPageSize());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout(this);
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Paper:"), m_paper);
    form->addRow(buttons);
}

QString HandoutExportDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void HandoutExportDialog::setPath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QPageSize HandoutExportDialog::pageSize() const
{
    return QPageSize(static_cast<QPageSize::PageSizeId>(m_paper->currentData().toInt()));
}

void HandoutExportDialog::setPageSize(const QPageSize& size)
{
    const int index = m_paper->findData(QVariant::fromValue(static_cast<int>(size.id())));
    m_paper->setCurrentIndex(index < 0 ? 0 : index);
}

void HandoutExportDialog::choosePath()
{
    const QString chosen
        = QFileDialog::getSaveFileName(this, tr("Export handout as PDF"), path(), tr("PDF files (*.pdf)"));
    if (!chosen.isEmpty())
        setPath(chosen.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) ? chosen
                                                                             : chosen + QStringLiteral(".pdf"));
}

bool HandoutExportDialog::exportNow()
{
    if (path().isEmpty()) {
        m_problem = tr("Give a file name for the PDF.");
        return false;
    }
    m_problem = HandoutDocument::writePdf(m_handout, path(), pageSize());
    return m_problem.isEmpty();
}

void HandoutExportDialog::accept()
{
    if (!exportNow()) {
        QMessageBox::warning(this, windowTitle(), m_problem);
        return; // stays open: another folder or name may work
    }
    QDialog::accept();
}

} // namespace limber
