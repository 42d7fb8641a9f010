#pragma once

#include <QListView>

class QStandardItemModel;

namespace limber {

class Catalog;

// Limber's pose figures as thumbnails to pick one from: an icon-mode list,
// so arrow keys move through it and the names are read out.
class PoseGallery final : public QListView {
    Q_OBJECT
public:
    explicit PoseGallery(const Catalog& catalog, QWidget* parent = nullptr);

    QStringList poseIds() const;
    QString currentPose() const; // empty when none is picked
    void setCurrentPose(const QString& poseId);

Q_SIGNALS:
    void poseChanged();

private:
    QStandardItemModel* m_model;
};

} // namespace limber
