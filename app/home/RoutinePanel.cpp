#include "home/RoutinePanel.h"

#include "home/ExerciseCard.h"
#include "home/ExerciseDetailDialog.h"
#include "setaside/SetAsideNote.h"
#include "style/Appearance.h"
#include "text/DoseText.h"
#include "text/DurationText.h"
#include "widgets/ActionButton.h"

#include "limber/Catalog.h"
#include "limber/CatalogText.h"
#include "limber/SetAsideBook.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace limber {

RoutinePanel::RoutinePanel(const Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_selectAll(new QPushButton(tr("Choose all"), this))
    , m_cardLayout(new QVBoxLayout)
    , m_moreHeading(new QLabel(tr("More for this region")))
    , m_start(new ActionButton(QString(), this))
{
    const int gap = appearance::spacing(font());
    m_title->setFont(appearance::scaledFont(font(), 1.6, QFont::DemiBold));
    m_title->setWordWrap(true);
    m_title->setAccessibleDescription(tr("Chosen region"));
    m_summary->setWordWrap(true);
    m_hint->setWordWrap(true);
    appearance::setMuted(m_hint);

    appearance::styleAsLink(m_selectAll);
    m_selectAll->setAutoDefault(true);
    m_selectAll->setToolTip(tr("Do every exercise for this region"));
    connect(m_selectAll, &QPushButton::clicked, this, &RoutinePanel::selectAll);

    auto* cardsHost = new QWidget;
    auto* cardsColumn = new QVBoxLayout(cardsHost);
    cardsColumn->setContentsMargins(0, 0, gap, 0);
    m_cardLayout->setSpacing(gap * 3 / 2);
    cardsColumn->addLayout(m_cardLayout);
    m_moreHeading->setParent(cardsHost);
    m_moreHeading->setFont(appearance::scaledFont(font(), 1.0, QFont::DemiBold));
    appearance::setMuted(m_moreHeading);
    m_moreHeading->hide();
    cardsColumn->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(cardsHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->viewport()->setAutoFillBackground(false);
    cardsHost->setAutoFillBackground(false);

    // The one thing to do here, so it looks like it: accent colour, larger type.
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setAutoDefault(true);
    m_start->setFont(appearance::scaledFont(font(), 1.25, QFont::DemiBold));
    m_start->setMinimumHeight(fontMetrics().height() * 3);
    m_start->setMinimumWidth(fontMetrics().height() * 14);
    m_start->setEmphasis(ActionButton::Emphasis::Primary);
    connect(m_start, &QPushButton::clicked, this, &RoutinePanel::startRequested);

    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_selectAll, 0, Qt::AlignBottom);

    auto* footer = new QHBoxLayout;
    footer->addStretch(1);
    footer->addWidget(m_start);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(gap);
    layout->addLayout(titleRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_hint);
    layout->addSpacing(gap / 2);
    layout->addWidget(scroll, 1);
    layout->addSpacing(gap / 2);
    layout->addLayout(footer);
    refreshStartButton();
}

void RoutinePanel::showRegion(const QString& regionId)
{
    if (regionId == m_regionId)
        return;
    m_regionId = regionId;
    const Region* region = m_catalog.region(regionId);
    m_title->setText(region ? catalogText(region->name) : QString());
    m_summary->setText(region ? catalogText(region->summary) : QString());
    m_summary->setVisible(region && !region->summary.isEmpty());
    rebuildCards();
}

void RoutinePanel::rebuildCards()
{
    // Empty the layout (spacers included) before deleting the cards it held.
    while (QLayoutItem* item = m_cardLayout->takeAt(0))
        delete item;
    qDeleteAll(m_cards);
    m_cards.clear();
    m_moreHeading->hide();
    const Region* region = m_catalog.region(m_regionId);
    if (!region) {
        refreshStartButton();
        return;
    }
    // The suggestions come first, in the order the region suggests them, so
    // today's session is what the person sees without scrolling; what was set
    // aside because it hurt comes last, with its note.
    const SetAside setAside = m_setAside ? m_setAside->current() : SetAside();
    const RegionSuggestion suggestion = suggestFor(m_catalog, m_regionId, setAside);
    QList<const Exercise*> ordered;
    for (const QString& id : suggestion.exerciseIds)
        ordered.append(m_catalog.exercise(id));
    const qsizetype suggestedCount = ordered.size();
    for (const bool setAsideOnes : {false, true}) {
        for (const Exercise* exercise : m_catalog.exercisesOf(m_regionId)) {
            if (!ordered.contains(exercise) && setAside.contains(exercise->id) == setAsideOnes)
                ordered.append(exercise);
        }
    }
    m_hint->setText(suggestion.everythingSetAside
                        ? tr("You have set aside every exercise here because they made the pain sharper, so Limber "
                             "suggests none today. You can still tick one yourself, or choose \"Suggest it again\". "
                             "If the pain keeps getting sharper, please talk to your physiotherapist or doctor.")
                        : tr("The ticked ones make a short session for today. Tick or untick to change it."));

    for (qsizetype i = 0; i < ordered.size(); ++i) {
        const Exercise* exercise = ordered[i];
        if (i == suggestedCount && suggestedCount > 0) {
            m_cardLayout->addSpacing(appearance::spacing(font()));
            m_cardLayout->addWidget(m_moreHeading);
            m_moreHeading->show();
        }
        auto* card = new ExerciseCard(translated(*exercise), plannedHoldMs(exercise->id), this);
        card->setIncluded(i < suggestedCount);
        if (const auto preset = m_baseOptions.reps.constFind(exercise->id); preset != m_baseOptions.reps.cend())
            card->setChosenReps(preset.value());
        connect(card, &ExerciseCard::includedChanged, this, &RoutinePanel::refreshStartButton);
        connect(card, &ExerciseCard::repsChanged, this, &RoutinePanel::refreshStartButton);
        connect(card, &ExerciseCard::detailsRequested, this, &RoutinePanel::openDetails);
        noteSetAside(*card);
        m_cardLayout->addWidget(card);
        m_cards.append(card);
        if (card->exerciseId() == m_focusAfterRebuild)
            card->includeBox()->setFocus(Qt::OtherFocusReason);
    }
    m_focusAfterRebuild.clear();
    m_selectAll->setVisible(m_cards.size() > 1);
    refreshStartButton();
}

void RoutinePanel::setSetAside(SetAsideBook* book)
{
    if (m_setAside)
        disconnect(m_setAside, nullptr, this, nullptr);
    m_setAside = book;
    if (m_setAside) {
        // Queued: the change may come from a button on one of the cards rebuilt here.
        connect(m_setAside, &SetAsideBook::changed, this, &RoutinePanel::rebuildCards, Qt::QueuedConnection);
    }
    // Nothing set aside: the cards and the person's ticks stay as they are.
    if (m_setAside && !m_setAside->current().isEmpty())
        rebuildCards();
}

void RoutinePanel::noteSetAside(ExerciseCard& card)
{
    const SetAsideMark* mark = m_setAside ? m_setAside->current().markFor(card.exerciseId()) : nullptr;
    if (!mark)
        return;
    auto* note = new SetAsideNote(mark->at.toLocalTime().date());
    const QString id = card.exerciseId();
    connect(note, &SetAsideNote::suggestAgainRequested, this, [this, id] {
        m_focusAfterRebuild = id;
        if (const StoreStatus status = m_setAside->suggestAgain(id); !status) {
            spdlog::error("home: {} could not be suggested again: {}", id.toStdString(),
                          status.errorMessage().toStdString());
            m_hint->setText(tr("This could not be saved: %1").arg(status.errorMessage()));
        }
    });
    card.setNotice(note);
}

void RoutinePanel::selectAll()
{
    // Not what was set aside because it hurt: that takes a tick of its own.
    for (ExerciseCard* card : std::as_const(m_cards))
        card->setIncluded(card->isIncluded() || !card->notice());
}

void RoutinePanel::setBaseOptions(const PlanOptions& options)
{
    m_baseOptions = options;
    refreshStartButton();
}

PlanOptions RoutinePanel::planOptions() const
{
    PlanOptions options = m_baseOptions;
    for (const ExerciseCard* card : m_cards) {
        if (const std::optional<int> reps = card->chosenReps())
            options.reps.insert(card->exerciseId(), *reps);
    }
    return options;
}

QStringList RoutinePanel::chosenExerciseIds() const
{
    QStringList ids;
    for (const ExerciseCard* card : m_cards) {
        if (card->isIncluded())
            ids.append(card->exerciseId());
    }
    return ids;
}

qint64 RoutinePanel::plannedTotalMs() const
{
    const QStringList ids = chosenExerciseIds();
    return ids.isEmpty() ? 0 : Planner(m_catalog).plan(ids, planOptions()).totalMs;
}

qint64 RoutinePanel::plannedHoldMs(const QString& exerciseId) const
{
    // Ask the planner rather than re-deriving its rules for the hold length.
    const Plan plan = Planner(m_catalog).plan({exerciseId}, m_baseOptions);
    for (const Step& step : plan.steps) {
        if (step.kind == StepKind::Hold)
            return step.durationMs;
    }
    return 0;
}

void RoutinePanel::refreshStartButton()
{
    const bool anyChosen = !chosenExerciseIds().isEmpty();
    m_start->setEnabled(anyChosen);
    if (anyChosen) {
        //: the session's planned length follows, e.g. "Start · 4 min"
        m_start->setText(tr("Start · %1").arg(DurationText::approximate(plannedTotalMs())));
        m_start->setAccessibleName(tr("Start session, about %1").arg(DurationText::approximate(plannedTotalMs())));
    } else {
        m_start->setText(tr("Tick an exercise to start"));
        m_start->setAccessibleName(m_start->text());
    }
    update();
}

void RoutinePanel::openDetails(const QString& exerciseId)
{
    const Exercise* exercise = m_catalog.exercise(exerciseId);
    if (!exercise)
        return;
    auto* dialog = new ExerciseDetailDialog(translated(*exercise),
                                            DoseText::describe(exercise->dose, plannedHoldMs(exerciseId)), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    Q_EMIT detailsOpened(exerciseId, dialog);
    dialog->open();
}

} // namespace limber
