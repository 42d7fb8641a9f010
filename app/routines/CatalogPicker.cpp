#include "routines/CatalogPicker.h"

#include "style/Appearance.h"
#include "widgets/ActionButton.h"

#include "limber/Catalog.h"
#include "limber/CatalogText.h"

#include <QComboBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace limber {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QString placeName(Place place)
{
    switch (place) {
    case Place::Chair:
        return CatalogPicker::tr("On a chair");
    case Place::Standing:
        return CatalogPicker::tr("Standing");
    case Place::Floor:
        return CatalogPicker::tr("On the floor");
    case Place::Kneeling:
        return CatalogPicker::tr("Kneeling");
    }
    return {};
}

} // namespace

CatalogPicker::CatalogPicker(const Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_search(new QLineEdit(this))
    , m_region(new QComboBox(this))
    , m_place(new QComboBox(this))
    , m_list(new QListWidget(this))
    , m_add(new ActionButton(tr("Add to routine"), this))
{
    const int gap = appearance::spacing(font());
    auto* title = appearance::heading(tr("Exercises"), this, 1.15);

    m_search->setPlaceholderText(tr("Search by name or what it stretches"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search exercises"));
    m_search->installEventFilter(this);

    m_region->addItem(tr("All regions"), QString());
    for (const Region& region : catalog.regions())
        m_region->addItem(catalogText(region.name), region.id);
    m_region->setAccessibleName(tr("Region"));
    m_place->addItem(tr("Anywhere"), -1);
    for (Place place : {Place::Chair, Place::Standing, Place::Floor, Place::Kneeling})
        m_place->addItem(placeName(place), static_cast<int>(place));
    m_place->setAccessibleName(tr("Where it is done"));
    auto* regionLabel = new QLabel(tr("&Region"), this);
    regionLabel->setBuddy(m_region);
    auto* placeLabel = new QLabel(tr("&Where"), this);
    placeLabel->setBuddy(m_place);

    m_list->setObjectName(QStringLiteral("catalogList"));
    m_list->setAccessibleName(tr("Exercises to add"));
    m_list->setAccessibleDescription(tr("Enter adds the chosen exercise to the routine"));
    m_list->setAlternatingRowColors(false);
    m_list->installEventFilter(this);
    connect(m_list, &QListWidget::itemActivated, this, &CatalogPicker::addCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_add->setEnabled(row >= 0); });

    m_add->setAutoDefault(false);
    m_add->setObjectName(QStringLiteral("addExerciseButton"));
    m_add->setAccessibleDescription(tr("Adds the chosen exercise at the end of the routine"));
    connect(m_add, &QPushButton::clicked, this, &CatalogPicker::addCurrent);

    fill();

    connect(m_search, &QLineEdit::textChanged, this, &CatalogPicker::refilter);
    connect(m_region, &QComboBox::currentIndexChanged, this, &CatalogPicker::refilter);
    connect(m_place, &QComboBox::currentIndexChanged, this, &CatalogPicker::refilter);

    auto* filters = new QGridLayout;
    filters->setHorizontalSpacing(gap);
    filters->setVerticalSpacing(gap / 2);
    filters->addWidget(regionLabel, 0, 0);
    filters->addWidget(m_region, 0, 1);
    filters->addWidget(placeLabel, 1, 0);
    filters->addWidget(m_place, 1, 1);
    filters->setColumnStretch(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(gap);
    layout->addWidget(title);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_add);
    refilter();
}

void CatalogPicker::fill()
{
    for (const Exercise& exercise : m_catalog.exercises()) {
        auto* item = new QListWidgetItem(catalogText(exercise.name), m_list);
        item->setData(IdRole, exercise.id);
        const Region* region = m_catalog.region(exercise.regionId);
        QStringList places;
        for (Place place : exercise.where)
            places << placeName(place).toLower();
        const QString where = places.join(QStringLiteral(", "));
        const QString regionName = region ? catalogText(region->name) : QString();
        item->setToolTip(where.isEmpty() ? regionName : tr("%1 · %2").arg(regionName, where));
        item->setData(Qt::AccessibleDescriptionRole, item->toolTip());
    }
}

void CatalogPicker::reload()
{
    // The chosen row stays chosen when its exercise is still there.
    const QListWidgetItem* current = m_list->currentItem();
    const QString chosen = current ? current->data(IdRole).toString() : QString();
    m_list->clear();
    fill();
    refilter();
    if (!chosen.isEmpty())
        choose(chosen);
}

void CatalogPicker::refilter()
{
    const QString word = m_search->text().trimmed();
    const QString regionId = m_region->currentData().toString();
    const int place = m_place->currentData().toInt();
    int firstShown = -1;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        const Exercise* exercise = m_catalog.exercise(item->data(IdRole).toString());
        bool shown = exercise != nullptr;
        if (shown && !regionId.isEmpty())
            shown = exercise->regionId == regionId;
        if (shown && place >= 0)
            shown = exercise->canBeDoneAt(static_cast<Place>(place));
        if (shown && !word.isEmpty()) {
            QStringList haystack {catalogText(exercise->name), exercise->name};
            for (const QString& target : exercise->targets)
                haystack << catalogText(target);
            shown = haystack.join(QLatin1Char(' ')).contains(word, Qt::CaseInsensitive);
        }
        item->setHidden(!shown);
        if (shown && firstShown < 0)
            firstShown = row;
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentRow(firstShown);
    m_add->setEnabled(firstShown >= 0 && m_list->currentItem() && !m_list->currentItem()->isHidden());
}

QStringList CatalogPicker::shownExerciseIds() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (!m_list->item(row)->isHidden())
            ids << m_list->item(row)->data(IdRole).toString();
    }
    return ids;
}

bool CatalogPicker::choose(const QString& exerciseId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(IdRole).toString() == exerciseId && !m_list->item(row)->isHidden()) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void CatalogPicker::addCurrent()
{
    const QListWidgetItem* item = m_list->currentItem();
    if (item && !item->isHidden())
        Q_EMIT addRequested(item->data(IdRole).toString());
}

bool CatalogPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        // From the search field, Down goes to the results and Enter adds the first one.
        if (watched == m_search && key->key() == Qt::Key_Down) {
            m_list->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (enter && (watched == m_search || watched == m_list)) {
            addCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace limber
