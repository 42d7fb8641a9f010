#include "exercises/ExerciseEditorDialog.h"

#include "exercises/DoseEditor.h"
#include "exercises/OwnExercises.h"
#include "exercises/PoseGallery.h"
#include "limber/CatalogLoader.h"
#include "limber/CatalogText.h"
#include "pictures/PictureChecks.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace limber {

namespace {
const QSize PreviewSize(160, 120);
constexpr Place Places[] = {Place::Chair, Place::Standing, Place::Floor, Place::Kneeling};

// Scaled by the decoder itself, so the preview is sharp at any source size.
QPixmap previewOf(const QString& path, qreal ratio)
{
    const QSize target = PreviewSize * ratio;
    QPixmap pixmap;
    if (path.endsWith(u".svg"_s, Qt::CaseInsensitive)) {
        pixmap = QIcon(path).pixmap(PreviewSize, ratio);
    } else {
        QImageReader reader(path);
        const QSize size = reader.size();
        if (size.isValid())
            reader.setScaledSize(size.scaled(target, Qt::KeepAspectRatio));
        pixmap = QPixmap::fromImage(reader.read());
        pixmap.setDevicePixelRatio(ratio);
    }
    return pixmap;
}
} // namespace

ExerciseEditorDialog::ExerciseEditorDialog(const Catalog& catalog, QString folder, const Exercise* existing,
                                           QWidget* parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_folder(std::move(folder))
{
    setWindowTitle(existing ? tr("Edit Exercise") : tr("New Exercise"));
    buildForm();
    if (existing)
        fill(*existing);
    m_dirty = false;
}

void ExerciseEditorDialog::buildForm()
{
    auto* outer = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* columns = new QHBoxLayout(content);
    auto* form = new QFormLayout;
    columns->addLayout(form, 3);

    m_name = new QLineEdit(content);
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("e.g. Shoulder rolls"));
    form->addRow(tr("&Name"), m_name);

    m_region = new QComboBox(content);
    m_region->setAccessibleName(tr("Region"));
    for (const Region& region : m_catalog.regions())
        m_region->addItem(catalogText(region.name), region.id);
    form->addRow(tr("&Region"), m_region);

    auto* where = new QHBoxLayout;
    const QStringList placeNames = {tr("Chair"), tr("Standing"), tr("Floor"), tr("Kneeling")};
    for (const QString& name : placeNames) {
        auto* box = new QCheckBox(name, content);
        box->setAccessibleName(tr("Can be done: %1").arg(name));
        where->addWidget(box);
        m_places.append(box);
        connect(box, &QCheckBox::toggled, this, &ExerciseEditorDialog::markChanged);
    }
    where->addStretch();
    form->addRow(tr("Where"), where);

    m_targets = new QLineEdit(content);
    m_targets->setAccessibleName(tr("Targets"));
    m_targets->setPlaceholderText(tr("What it stretches, separated by commas"));
    form->addRow(tr("&Targets"), m_targets);

    m_position = new QLineEdit(content);
    m_position->setAccessibleName(tr("Starting position"));
    form->addRow(tr("Starting &position"), m_position);

    auto* stepsBox = new QVBoxLayout;
    m_steps = new QListWidget(content);
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setMinimumHeight(100);
    stepsBox->addWidget(m_steps);
    auto* stepButtons = new QHBoxLayout;
    auto* addStepButton = new QPushButton(tr("&Add step"), content);
    auto* removeStep = new QPushButton(tr("Re&move step"), content);
    auto* up = new QPushButton(tr("&Up"), content);
    auto* down = new QPushButton(tr("Do&wn"), content);
    for (QPushButton* button : {addStepButton, removeStep, up, down})
        stepButtons->addWidget(button);
    stepButtons->addStretch();
    stepsBox->addLayout(stepButtons);
    // A layout cannot be a buddy: the label names the list itself, so Alt+S reaches it.
    auto* stepsLabel = new QLabel(tr("&Steps"), content);
    stepsLabel->setBuddy(m_steps);
    form->addRow(stepsLabel, stepsBox);
    connect(addStepButton, &QPushButton::clicked, this, [this] {
        addStep(QString());
        m_steps->editItem(m_steps->item(m_steps->count() - 1));
    });
    connect(removeStep, &QPushButton::clicked, this, [this] {
        delete m_steps->currentItem();
        markChanged();
    });
    connect(up, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveStep(1); });
    connect(m_steps, &QListWidget::itemChanged, this, &ExerciseEditorDialog::markChanged);

    m_dose = new DoseEditor(content);
    form->addRow(tr("Dose"), m_dose);
    connect(m_dose, &DoseEditor::changed, this, &ExerciseEditorDialog::markChanged);

    m_note = new QLineEdit(content);
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Optional advice"));
    form->addRow(tr("N&ote"), m_note);
    for (QLineEdit* edit : {m_name, m_targets, m_position, m_note})
        connect(edit, &QLineEdit::textChanged, this, &ExerciseEditorDialog::markChanged);
    connect(m_region, &QComboBox::currentIndexChanged, this, &ExerciseEditorDialog::markChanged);

    auto* pictureBox = new QGroupBox(tr("Picture"), content);
    auto* picture = new QVBoxLayout(pictureBox);
    m_useFigure = new QRadioButton(tr("&Limber figure"), pictureBox);
    m_useImage = new QRadioButton(tr("Your own &image"), pictureBox);
    auto* group = new QButtonGroup(this);
    group->addButton(m_useFigure);
    group->addButton(m_useImage);
    m_useFigure->setChecked(true);
    m_gallery = new PoseGallery(m_catalog, pictureBox);
    m_gallery->setMinimumSize(300, 260);
    auto* choose = new QPushButton(tr("&Choose image…"), pictureBox);
    m_preview = new QLabel(pictureBox);
    m_preview->setMinimumSize(PreviewSize);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setAccessibleName(tr("Image preview"));
    m_mirror = new QCheckBox(tr("Mi&rror for the other side"), pictureBox);
    m_mirror->setAccessibleName(tr("Mirror for the other side"));
    m_mirror->setToolTip(tr("For an exercise done on each side: the other side shows the picture mirrored."));
    picture->addWidget(m_useFigure);
    picture->addWidget(m_gallery, 1);
    picture->addWidget(m_useImage);
    auto* imageRow = new QHBoxLayout;
    imageRow->addWidget(choose, 0, Qt::AlignTop);
    imageRow->addWidget(m_preview, 1);
    picture->addLayout(imageRow);
    picture->addWidget(m_mirror);
    columns->addWidget(pictureBox, 2);
    connect(m_gallery, &PoseGallery::poseChanged, this, [this] {
        m_useFigure->setChecked(true);
        markChanged();
    });
    connect(m_useFigure, &QRadioButton::toggled, this, &ExerciseEditorDialog::markChanged);
    connect(m_mirror, &QCheckBox::toggled, this, &ExerciseEditorDialog::markChanged);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose an Image"), QString(),
                                                          tr("Images (*.png *.jpg *.jpeg *.svg)"));
        if (!path.isEmpty())
            chooseImage(path);
    });

    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(u"color: palette(highlight); font-weight: bold;"_s);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->hide();
    outer->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &ExerciseEditorDialog::reject);
    addStep(QString());
    resize(960, 680);
}

void ExerciseEditorDialog::fill(const Exercise& exercise)
{
    m_id = exercise.id;
    m_name->setText(exercise.name);
    m_region->setCurrentIndex(std::max(0, m_region->findData(exercise.regionId)));
    for (int i = 0; i < m_places.size(); ++i)
        m_places[i]->setChecked(exercise.where.contains(Places[i]));
    m_targets->setText(exercise.targets.join(u", "_s));
    m_position->setText(exercise.position);
    m_steps->clear();
    for (const QString& step : exercise.steps)
        addStep(step);
    m_dose->setDose(exercise.dose);
    m_note->setText(exercise.note);
    m_mirror->setChecked(exercise.picture.mirrorOtherSide);
    if (exercise.picture.kind == Picture::Kind::Frames) {
        m_keptPicture = exercise.picture;
        m_useImage->setChecked(true);
        m_preview->setPixmap(previewOf(exercise.picture.imagePath(0), devicePixelRatioF()));
    } else {
        m_gallery->setCurrentPose(exercise.picture.kind == Picture::Kind::Pose ? exercise.picture.pose : QString());
    }
}

void ExerciseEditorDialog::addStep(const QString& text)
{
    auto* item = new QListWidgetItem(text, m_steps);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_steps->setCurrentItem(item);
}

void ExerciseEditorDialog::moveStep(int by)
{
    const int row = m_steps->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_steps->count())
        return;
    QListWidgetItem* item = m_steps->takeItem(row);
    m_steps->insertItem(to, item);
    m_steps->setCurrentItem(item);
    markChanged();
}

void ExerciseEditorDialog::markChanged()
{
    m_dirty = true;
}

void ExerciseEditorDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QString ExerciseEditorDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

bool ExerciseEditorDialog::chooseImage(const QString& path)
{
    const QFileInfo info(path);
    QString problem = picturePath::problemWithFile(info.absolutePath(), info.fileName());
    if (problem.isEmpty())
        problem = ImagePictureChecker::instance().imageProblem(path);
    if (!problem.isEmpty()) {
        showProblem(tr("%1: %2").arg(path, problem));
        return false;
    }
    showProblem(QString());
    m_imageSource = info.absoluteFilePath();
    m_useImage->setChecked(true);
    m_preview->setPixmap(previewOf(m_imageSource, devicePixelRatioF()));
    m_preview->setToolTip(info.fileName());
    markChanged();
    return true;
}

Exercise ExerciseEditorDialog::exercise() const
{
    Exercise exercise;
    exercise.id = m_id;
    exercise.name = m_name->text().trimmed();
    exercise.regionId = m_region->currentData().toString();
    for (int i = 0; i < m_places.size(); ++i) {
        if (m_places[i]->isChecked())
            exercise.where.append(Places[i]);
    }
    for (const QString& target : m_targets->text().split(u',', Qt::SkipEmptyParts)) {
        if (!target.trimmed().isEmpty())
            exercise.targets.append(target.trimmed());
    }
    exercise.position = m_position->text().trimmed();
    for (int row = 0; row < m_steps->count(); ++row) {
        const QString step = m_steps->item(row)->text().trimmed();
        if (!step.isEmpty())
            exercise.steps.append(step);
    }
    exercise.dose = m_dose->dose();
    exercise.note = m_note->text().trimmed();
    if (m_useImage->isChecked() && m_imageSource.isEmpty()) {
        exercise.picture = m_keptPicture;
    } else if (m_useFigure->isChecked() && !m_gallery->currentPose().isEmpty()) {
        exercise.picture.kind = Picture::Kind::Pose;
        exercise.picture.pose = m_gallery->currentPose();
    }
    // A newly chosen image becomes the picture on save (OwnExercises copies it).
    exercise.picture.mirrorOtherSide
        = m_mirror->isChecked() && (exercise.picture.kind != Picture::Kind::None || !m_imageSource.isEmpty());
    return exercise;
}

bool ExerciseEditorDialog::save()
{
    Exercise draft = exercise();
    if (draft.name.isEmpty()) {
        showProblem(tr("Give the exercise a name."));
        m_name->setFocus();
        return false;
    }
    if (m_useImage->isChecked() && m_imageSource.isEmpty() && m_keptPicture.isNone()) {
        showProblem(tr("Choose an image, or pick a Limber figure."));
        return false;
    }
    if (draft.id.isEmpty())
        draft.id = OwnExercises::newId(draft.name, m_catalog);
    const OwnExercises own(m_folder, m_catalog, &ImagePictureChecker::instance());
    const QString image = m_useImage->isChecked() ? m_imageSource : QString();
    if (const QString error = own.save(draft, image, &m_saved); !error.isEmpty()) {
        showProblem(error);
        return false;
    }
    m_id = m_saved.id;
    if (!image.isEmpty()) {
        m_keptPicture = m_saved.picture;
        m_imageSource.clear();
    }
    showProblem(QString());
    m_dirty = false;
    return true;
}

void ExerciseEditorDialog::reject()
{
    if (m_dirty) {
        const bool discard = m_discardAsker
            ? m_discardAsker()
            : QMessageBox::question(this, tr("Discard Changes?"),
                                    tr("The exercise has changes that are not saved. Close without saving them?"),
                                    QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
                == QMessageBox::Discard;
        if (!discard)
            return;
    }
    QDialog::reject();
}

QAction* ExerciseEditorDialog::createAction(const Catalog& catalog, QWidget* parent,
                                            std::function<void(const QList<Exercise>&)> saved)
{
    auto* action = new QAction(tr("&New Exercise…"), parent);
    action->setObjectName(u"newExerciseAction"_s);
    QObject::connect(action, &QAction::triggered, parent, [&catalog, parent, saved] {
        ExerciseEditorDialog dialog(catalog, userCatalogFolder(), nullptr, parent);
        if (dialog.exec() == QDialog::Accepted)
            saved({dialog.savedExercise()});
    });
    return action;
}

} // namespace limber
