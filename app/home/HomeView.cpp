#include "home/HomeView.h"

#include "home/BodyRegionPicker.h"
#include "home/RoutinePanel.h"
#include "home/SafetyNote.h"
#include "home/WeeklyGoalView.h"
#include "routines/RoutineListPanel.h"
#include "style/Appearance.h"
#include "widgets/ActionButton.h"
#include "widgets/DeferredLayout.h"
#include "widgets/NoticeBanner.h"
#include "widgets/WrappedLabel.h"

#include "limber/Catalog.h"
#include "limber/CatalogText.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace limber {

HomeView::HomeView(const Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_picker(new BodyRegionPicker(this))
    , m_routineList(new RoutineListPanel(catalog, this))
    , m_reminder(new NoticeBanner(NoticeBanner::Tone::Information, this))
    , m_weeklyGoal(new WeeklyGoalView(this))
    , m_side(new QStackedWidget(this))
    , m_routine(*m_side, [this] { return buildRoutinePanel(); })
{
    setAccessibleName(tr("Home"));
    const int gap = appearance::spacing(font());

    m_reminder->setObjectName(QStringLiteral("safetyReminder"));
    m_reminder->setTitle(SafetyNote::title());
    m_reminder->setText(SafetyNote::brief());
    m_reminder->setDismissText(tr("Got it"));
    // hide() only: showing a child of a window not yet shown lays it out at a
    // size not its own, work the window's first show does again.
    if (SafetyNote::isAcknowledged())
        m_reminder->hide();
    connect(m_reminder, &NoticeBanner::dismissed, this, [this] {
        SafetyNote::acknowledge();
        m_picker->setFocus(Qt::OtherFocusReason);
    });

    QList<BodyRegionPicker::Region> drawable;
    for (const Region& source : catalog.regions()) {
        const Region region = translated(source);
        if (const std::optional<BodyArea> area = bodyAreaForRegion(region.id))
            drawable.append({region.id, region.name, region.summary, *area});
    }
    m_picker->setRegions(drawable);
    connect(m_picker, &BodyRegionPicker::selectionChanged, this, &HomeView::showRegion);
    connect(m_picker, &BodyRegionPicker::regionActivated, this, [this](const QString& regionId) {
        showRegion(regionId);
        requestStart();
    });

    auto* title = new WrappedLabel(tr("Where does it hurt?"), this);
    title->setFont(appearance::scaledFont(font(), 2.0, QFont::DemiBold));
    auto* subtitle = new WrappedLabel(tr("Choose the part of your back that needs some care."), this);
    appearance::setMuted(subtitle);

    auto* about = new QPushButton(tr("About these exercises"), this);
    appearance::styleAsLink(about);
    about->setAutoDefault(true);
    connect(about, &QPushButton::clicked, this, &HomeView::aboutExercisesRequested);

    auto* titles = new QVBoxLayout;
    titles->setSpacing(gap / 2);
    titles->addWidget(title);
    titles->addWidget(subtitle);
    // The week's progress sits level with the question, out of the way of
    // the figure and the exercises.
    auto* header = new QHBoxLayout;
    header->setSpacing(gap * 3);
    header->addLayout(titles, 1);
    header->addWidget(m_weeklyGoal, 0, Qt::AlignRight | Qt::AlignBottom);

    auto* left = new QVBoxLayout;
    left->setSpacing(gap / 2);
    left->addWidget(m_picker, 1);
    left->addWidget(about, 0, Qt::AlignHCenter);

    m_intro = buildIntroPanel(catalog);
    addStackPage(*m_side, *m_intro);

    // The body picker stays the fast path; the person's own routines sit under it on the right.
    m_routineList->hide();
    auto* right = new QVBoxLayout;
    right->setSpacing(gap * 3);
    right->addWidget(m_side, 1);
    right->addWidget(m_routineList);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(gap * 5);
    columns->addLayout(left, 4);
    columns->addLayout(right, 5);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(gap * 4, gap * 3, gap * 4, gap * 3);
    layout->setSpacing(gap * 3);
    layout->addWidget(m_reminder);
    // The question stays as close to the figure as it was when it sat in the figure's column.
    auto* body = new QVBoxLayout;
    body->setSpacing(gap * 3 / 2);
    body->addLayout(header);
    body->addLayout(columns, 1);
    layout->addLayout(body, 1);

    setTabOrder(m_reminder->dismissButton(), m_picker);
    // The figure is where home starts, also from the keyboard (arrows pick a
    // region). Said here, since otherwise the first control in the focus
    // chain that is visible when the window is activated would get it, and
    // which that is depends on what has appeared by then (a notice, say).
    m_picker->setFocus(Qt::OtherFocusReason);
}

QWidget* HomeView::buildIntroPanel(const Catalog& catalog)
{
    // Before a region is chosen the right side explains the idea and offers the
    // regions as plain buttons too: some people prefer words to a picture, and
    // a region from a user's own catalog may have no place on the figure.
    auto* panel = new QWidget(this);
    const int gap = appearance::spacing(font());
    auto* heading = new WrappedLabel(tr("A few minutes of gentle stretching"), panel);
    heading->setFont(appearance::scaledFont(font(), 1.35, QFont::DemiBold));
    auto* text = new WrappedLabel(tr("Pick a region on the figure and Limber suggests one or two exercises for it. "
                                     "It then talks you through them: when to hold, when to breathe, when to rest."),
                                  panel);
    appearance::setMuted(text);

    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(gap);
    layout->addStretch(2);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addSpacing(gap);
    for (const Region& source : catalog.regions()) {
        const Region region = translated(source);
        auto* button = new ActionButton(region.name, panel);
        button->setAutoDefault(true);
        button->setMinimumHeight(fontMetrics().height() * 5 / 2);
        button->setMaximumWidth(fontMetrics().height() * 22);
        button->setAccessibleName(tr("Exercises for %1").arg(region.name));
        const QString regionId = region.id;
        connect(button, &QPushButton::clicked, this, [this, regionId] { selectRegion(regionId); });
        layout->addWidget(button);
    }
    layout->addStretch(3);
    return panel;
}

RoutinePanel* HomeView::buildRoutinePanel()
{
    auto* panel = new RoutinePanel(m_catalog, this);
    panel->setBaseOptions(m_baseOptions);
    panel->setSetAside(m_setAside);
    connect(panel, &RoutinePanel::startRequested, this, &HomeView::requestStart);
    connect(panel, &RoutinePanel::detailsOpened, this, &HomeView::detailsOpened);
    return panel;
}

RoutinePanel* HomeView::routinePanel()
{
    return m_routine.get();
}

void HomeView::selectRegion(const QString& regionId)
{
    const int index = m_picker->indexOf(regionId);
    if (index >= 0)
        m_picker->select(index); // comes back through selectionChanged
    else
        showRegion(regionId);
}

void HomeView::setBaseOptions(const PlanOptions& options)
{
    m_baseOptions = options;
    if (RoutinePanel* panel = m_routine.built())
        panel->setBaseOptions(options);
    m_routineList->setBaseOptions(options);
}

PlanOptions HomeView::planOptions() const
{
    const RoutinePanel* panel = m_routine.built();
    return panel ? panel->planOptions() : m_baseOptions;
}

void HomeView::setSetAside(SetAsideBook* book)
{
    m_setAside = book;
    if (RoutinePanel* panel = m_routine.built())
        panel->setSetAside(book);
}

void HomeView::setWeeklyProgress(int done, int goal)
{
    m_weeklyGoal->setProgress(done, goal);
}

void HomeView::showRegion(const QString& regionId)
{
    if (m_picker->indexOf(regionId) < 0)
        m_picker->clearSelection();
    RoutinePanel* panel = m_routine.get();
    panel->showRegion(regionId);
    m_side->setCurrentWidget(panel);
}

void HomeView::requestStart()
{
    if (!m_routine.isCurrent())
        return;
    const RoutinePanel& panel = *m_routine.built();
    const QStringList ids = panel.chosenExerciseIds();
    if (ids.isEmpty())
        return;
    Q_EMIT startRequested(ids, panel.planOptions());
}

void HomeView::keyPressEvent(QKeyEvent* event)
{
    // Enter anywhere on home starts, unless a control used it first (buttons
    // here are auto-default, so a focused button takes its own Enter).
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (m_routine.isCurrent() && m_routine.built()->startButton()->isEnabled()) {
            requestStart();
            event->accept();
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

} // namespace limber
