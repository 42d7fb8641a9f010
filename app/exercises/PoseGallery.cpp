#include "exercises/PoseGallery.h"

#include "limber/Catalog.h"
#include "limber/CatalogText.h"
#include "pose/PoseLibrary.h"
#include "pose/PoseView.h"

#include <QStandardItemModel>

namespace limber {

namespace {
constexpr int PoseRole = Qt::UserRole + 1;
const QSize Thumbnail(96, 72);
} // namespace

PoseGallery::PoseGallery(const Catalog& catalog, QWidget* parent)
    : QListView(parent)
    , m_model(new QStandardItemModel(this))
{
    setViewMode(QListView::IconMode);
    setIconSize(Thumbnail);
    setGridSize(Thumbnail + QSize(64, 52)); // two lines of name: "Lateral flexion", "Knee-to-chest"
    setResizeMode(QListView::Adjust);
    setMovement(QListView::Static);
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    setAccessibleName(tr("Limber figures"));
    const PoseLibrary& library = PoseLibrary::builtIn();
    for (const QString& id : library.exerciseIds()) {
        if (id == PoseLibrary::DefaultId)
            continue;
        const Exercise* exercise = catalog.exercise(id);
        const QString name = exercise ? catalogText(exercise->name) : id;
        auto* item = new QStandardItem(QIcon(renderPoseStill(id, Thumbnail, devicePixelRatioF(), palette())), name);
        item->setData(id, PoseRole);
        item->setToolTip(name);
        item->setEditable(false);
        m_model->appendRow(item);
    }
    setModel(m_model);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, &PoseGallery::poseChanged);
}

QStringList PoseGallery::poseIds() const
{
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.append(m_model->item(row)->data(PoseRole).toString());
    return ids;
}

QString PoseGallery::currentPose() const
{
    return currentIndex().isValid() ? currentIndex().data(PoseRole).toString() : QString();
}

void PoseGallery::setCurrentPose(const QString& poseId)
{
    const int row = static_cast<int>(poseIds().indexOf(poseId));
    setCurrentIndex(row < 0 ? QModelIndex() : m_model->index(row, 0));
}

} // namespace limber
