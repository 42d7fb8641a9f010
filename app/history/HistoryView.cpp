#include "history/HistoryView.h"

#include "history/HistoryExport.h"
#include "history/MinutesChart.h"
#include "history/PainTrendChart.h"
#include "style/Appearance.h"

#include "limber/Catalog.h"
#include "limber/CatalogText.h"
#include "limber/HistoryStats.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>
#include <functional>

namespace limber {

namespace {

// A rounded panel a touch apart from the window, for one group of figures.
class Card final : public QFrame {
public:
    explicit Card(QWidget* parent = nullptr)
        : QFrame(parent)
    {
        const int gap = appearance::spacing(font());
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(gap * 3 / 2, gap, gap * 3 / 2, gap * 3 / 2);
        layout->setSpacing(gap / 2);
    }
    QVBoxLayout* content() const { return static_cast<QVBoxLayout*>(layout()); }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(appearance::hairline(palette()), 1.0));
        painter.setBrush(appearance::surface(palette()));
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);
    }
};

// A card's heading keeps to its one line however tall the card grows.
QLabel* cardHeading(const QString& text, QWidget* parent)
{
    QLabel* label = appearance::heading(text, parent, 1.1);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    return label;
}

QString outcomeWords(SessionOutcome outcome)
{
    switch (outcome) {
    case SessionOutcome::Completed:
        return HistoryView::tr("Completed");
    case SessionOutcome::Stopped:
        return HistoryView::tr("Stopped early");
    case SessionOutcome::Interrupted:
        return HistoryView::tr("Interrupted");
    case SessionOutcome::Running:
        return HistoryView::tr("In progress");
    }
    return {};
}

QString minutesText(const SessionRecord& session)
{
    const double minutes = session.activeMinutes();
    if (minutes > 0 && minutes < 1)
        return HistoryView::tr("< 1 min");
    return HistoryView::tr("%1 min").arg(std::lround(minutes));
}

QString painText(const SessionRecord& session)
{
    if (!session.painBefore && !session.painAfter)
        return {};
    const auto level
        = [](const std::optional<int>& value) { return value ? QString::number(*value) : QStringLiteral("–"); };
    return HistoryView::tr("%1 → %2").arg(level(session.painBefore), level(session.painAfter));
}

enum Column {
    TimeColumn,
    RegionColumn,
    RoutineColumn,
    ExercisesColumn,
    MinutesColumn,
    ResultColumn,
    PainColumn,
    ColumnCount
};

} // namespace

HistoryView::HistoryView(const HistoryStore& store, const Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_catalog(catalog)
    , m_back(new QPushButton(tr("Back"), this))
    , m_export(new QPushButton(tr("Export as CSV…"), this))
    , m_problemLabel(new QLabel(this))
    , m_streakValue(new QLabel(this))
    , m_streakCaption(new QLabel(this))
    , m_goalValue(new QLabel(this))
    , m_goalCaption(new QLabel(this))
    , m_weekValue(new QLabel(this))
    , m_weekCaption(new QLabel(this))
    , m_totalValue(new QLabel(this))
    , m_totalCaption(new QLabel(this))
    , m_minutes(new MinutesChart(this))
    , m_region(new QComboBox(this))
    , m_pain(new PainTrendChart(this))
    , m_sessions(new QTreeWidget(this))
    , m_noSessions(new QLabel(tr("No sessions yet. Each session you do will be listed here, day by day, "
                                 "with the reminders of that day."),
                              this))
{
    const int gap = appearance::spacing(font());

    auto* title = new QLabel(tr("Your progress"), this);
    title->setFont(appearance::scaledFont(font(), 1.5, QFont::DemiBold));
    auto* header = new QHBoxLayout;
    header->addWidget(m_back);
    header->addSpacing(gap);
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_export);
    connect(m_back, &QPushButton::clicked, this, &HistoryView::backRequested);
    connect(m_export, &QPushButton::clicked, this, [this] { HistoryExport::exportWithDialog(m_store, this); });

    m_problemLabel->setWordWrap(true);
    m_problemLabel->setAutoFillBackground(true);
    QPalette warning = m_problemLabel->palette();
    warning.setColor(QPalette::Window, appearance::warningWash(palette()));
    m_problemLabel->setPalette(warning);
    m_problemLabel->setContentsMargins(gap, gap, gap, gap);
    m_problemLabel->hide();

    auto* figures = new QHBoxLayout;
    figures->setSpacing(gap);
    const auto addFigure = [&](QLabel* value, QLabel* caption) {
        auto* card = new Card(this);
        value->setFont(appearance::scaledFont(font(), 2.0, QFont::DemiBold));
        appearance::setMuted(caption);
        caption->setWordWrap(true);
        card->content()->addWidget(value);
        card->content()->addWidget(caption);
        figures->addWidget(card, 1);
    };
    addFigure(m_streakValue, m_streakCaption);
    addFigure(m_goalValue, m_goalCaption);
    addFigure(m_weekValue, m_weekCaption);
    addFigure(m_totalValue, m_totalCaption);

    // Both chart headings get the combo box's height, so the two cards line up.
    const int headingHeight = m_region->sizeHint().height();
    auto* minutesCard = new Card(this);
    QLabel* minutesHeading = cardHeading(tr("Minutes per week"), minutesCard);
    minutesHeading->setMinimumHeight(headingHeight);
    minutesCard->content()->addWidget(minutesHeading);
    minutesCard->content()->addWidget(m_minutes);

    auto* painCard = new Card(this);
    auto* painHeader = new QHBoxLayout;
    QLabel* painHeading = cardHeading(tr("Pain, last %1 weeks").arg(ChartWeeks), painCard);
    painHeading->setMinimumHeight(headingHeight);
    painHeader->addWidget(painHeading);
    painHeader->addStretch(1);
    painHeader->addWidget(m_region);
    m_region->setAccessibleName(tr("Region shown in the pain chart"));
    m_region->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    painCard->content()->addLayout(painHeader);
    painCard->content()->addWidget(m_pain);
    connect(m_region, &QComboBox::currentIndexChanged, this, &HistoryView::showPainTrend);

    auto* sessionsCard = new Card(this);
    sessionsCard->content()->addWidget(cardHeading(tr("Sessions"), sessionsCard));
    m_sessions->setColumnCount(ColumnCount);
    m_sessions->setHeaderLabels({tr("Time"), tr("Region"), tr("Routine"), tr("Exercises"), tr("Minutes"), tr("Result"),
                                 tr("Pain before → after")});
    m_sessions->setRootIsDecorated(false);
    m_sessions->setUniformRowHeights(true);
    m_sessions->setSelectionMode(QAbstractItemView::NoSelection);
    m_sessions->setFocusPolicy(Qt::TabFocus);
    m_sessions->setFrameShape(QFrame::NoFrame);
    m_sessions->header()->setStretchLastSection(true);
    m_sessions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sessions->setMinimumHeight(fontMetrics().height() * 14);
    m_sessions->setAccessibleName(tr("Sessions by day"));
    m_noSessions->setWordWrap(true);
    appearance::setMuted(m_noSessions);
    sessionsCard->content()->addWidget(m_noSessions);
    sessionsCard->content()->addWidget(m_sessions);

    auto* charts = new QHBoxLayout;
    charts->setSpacing(gap);
    charts->addWidget(minutesCard, 1);
    charts->addWidget(painCard, 1);

    auto* page = new QWidget;
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(2 * gap, gap, 2 * gap, 2 * gap);
    pageLayout->setSpacing(gap * 3 / 2);
    pageLayout->addLayout(figures);
    pageLayout->addLayout(charts);
    pageLayout->addWidget(sessionsCard, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the page reflows instead
    scroll->setWidget(page);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(gap * 2, gap * 2, gap * 2, 0);
    layout->setSpacing(gap);
    layout->addLayout(header);
    layout->addWidget(m_problemLabel);
    layout->addWidget(scroll, 1);

    refresh();
}

void HistoryView::refresh(const QDate& today)
{
    m_today = today;
    const QLocale locale;
    const StoreResult<QList<SessionRecord>> read = m_store.sessions();
    const StoreResult<QList<PainCheckIn>> pain = m_store.painCheckIns(painChartStart().startOfDay());

    const StoreResult<QList<ReminderRecord>> reminded = m_store.reminders();

    m_problemText = !read ? read.errorMessage()
        : !pain           ? pain.errorMessage()
        : !reminded       ? reminded.errorMessage()
                          : QString();
    m_problemLabel->setText(m_problemText);
    m_problemLabel->setVisible(!m_problemText.isEmpty());
    const QList<SessionRecord> sessions = read ? read.value() : QList<SessionRecord>();
    m_checkIns = pain ? pain.value() : QList<PainCheckIn>();
    const QList<ReminderRecord> reminders = reminded ? reminded.value() : QList<ReminderRecord>();

    m_streak = weeklyGoalStreak(sessions, today, m_weeklyGoal);
    m_streakValue->setText(QString::number(m_streak));
    // Numbers stand alone above their captions, so no caption needs a plural.
    m_streakCaption->setText(m_streak == 0 ? tr("Weeks in a row at your goal: this week can be the first")
                                           : tr("Weeks in a row at your goal (rest days are fine)"));
    m_thisWeek = weeklyProgress(sessions, today, m_weeklyGoal);
    //: sessions done this week against the weekly goal, as a figure: "3 / 5"
    m_goalValue->setText(tr("%1 / %2").arg(m_thisWeek.done).arg(m_thisWeek.goal));
    m_goalCaption->setText(m_thisWeek.reached() ? tr("Sessions this week: goal reached")
                                                : tr("Sessions this week, of your goal"));

    const QList<WeekMinutes> weeks = minutesPerWeek(sessions, today, ChartWeeks, locale.firstDayOfWeek());
    const WeekMinutes thisWeek = weeks.isEmpty() ? WeekMinutes {} : weeks.last();
    m_weekValue->setText(QString::number(std::lround(thisWeek.minutes)));
    m_weekCaption->setText(tr("Minutes this week"));
    m_totalValue->setText(QString::number(sessions.size()));
    m_totalCaption->setText(tr("Sessions so far"));
    m_minutes->setWeeks(weeks);

    // Keep the region the person was looking at, if it still has data;
    // otherwise show the one they checked in for last.
    const QString shown = m_region->count() > 0 ? m_region->currentData().toString()
        : m_checkIns.isEmpty()                  ? QString()
                                                : m_checkIns.last().regionId;
    const QSignalBlocker blocker(m_region);
    m_region->clear();
    for (const QString& regionId : regionsWithPain(m_checkIns))
        m_region->addItem(regionName(regionId), regionId);
    const int kept = m_region->findData(shown);
    m_region->setCurrentIndex(kept >= 0 ? kept : m_region->count() - 1);
    m_region->setVisible(m_region->count() > 1);
    showPainTrend();

    showSessions(sessions, reminders);
}

void HistoryView::showPainTrend()
{
    const QDate from = painChartStart();
    const QString regionId = m_region->currentData().toString();
    m_pain->setTrend(regionId.isEmpty() ? QList<PainTrendPoint>() : painTrend(m_checkIns, regionId, from, m_today),
                     from, m_today);
}

QString HistoryView::reminderSummary(const ReminderAnswers& answers)
{
    if (answers.shown == 0)
        return {};
    QStringList parts;
    const auto add = [&parts](int count, const QString& words) {
        if (count > 0)
            parts.append(words.arg(count));
    };
    //: how reminders were answered: "1 started", "2 snoozed"...
    add(answers.finished, tr("%1 done"));
    add(answers.started, tr("%1 started"));
    add(answers.snoozed, tr("%1 snoozed"));
    add(answers.skipped, tr("%1 skipped"));
    add(answers.ignored, tr("%1 unanswered"));
    add(answers.open, tr("%1 still open"));
    const QString count = answers.shown == 1 ? tr("1 reminder") : tr("%n reminders", "", answers.shown);
    //: "3 reminders: 1 started, 2 snoozed"
    return tr("%1: %2").arg(count, parts.join(tr(", ")));
}

QString HistoryView::dayHeading(const QDate& day, const DayActivity& activity) const
{
    const QLocale locale;
    QString heading = day == m_today ? tr("Today")
        : day == m_today.addDays(-1) ? tr("Yesterday")
                                     : locale.toString(day, QLocale::LongFormat);
    const QString reminders = reminderSummary(activity.reminders);
    if (!reminders.isEmpty())
        //: a day's heading followed by what its reminders became: "Today · 2 reminders: 1 started, 1 snoozed"
        heading = tr("%1 · %2").arg(heading, reminders);
    return heading;
}

void HistoryView::showSessions(const QList<SessionRecord>& sessions, const QList<ReminderRecord>& reminders)
{
    m_sessions->clear();
    const QList<DayActivity> days = dailyActivity(sessions, reminders);
    m_noSessions->setVisible(days.isEmpty());
    m_sessions->setVisible(!days.isEmpty());

    // Newest session first within its day.
    QMap<QDate, QList<const SessionRecord*>> byDay;
    for (const SessionRecord& session : sessions)
        byDay[session.start.toLocalTime().date()].prepend(&session);

    const QLocale locale;
    // The locale's short time, without seconds: "08:15" or "8:15 AM".
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss"));
    QFont dayFont = m_sessions->font();
    dayFont.setWeight(QFont::DemiBold);
    for (const DayActivity& activity : days) { // newest day first
        auto* dayItem = new QTreeWidgetItem(m_sessions);
        dayItem->setText(TimeColumn, dayHeading(activity.day, activity));
        dayItem->setFont(TimeColumn, dayFont);
        dayItem->setFirstColumnSpanned(true);
        dayItem->setFlags(Qt::ItemIsEnabled);

        for (const SessionRecord* session : byDay.value(activity.day)) {
            auto* item = new QTreeWidgetItem(m_sessions);
            item->setText(TimeColumn, locale.toString(session->start.toLocalTime().time(), timeFormat));
            item->setText(RegionColumn, regionName(session->regionId));
            // The routine's name as it was that day: a renamed or deleted routine keeps its past.
            item->setText(RoutineColumn, session->routineName);
            item->setText(ExercisesColumn,
                          tr("%1 of %2").arg(session->progress.exercisesCompleted).arg(session->exercisesPlanned()));
            item->setText(MinutesColumn, minutesText(*session));
            item->setText(ResultColumn, outcomeWords(session->outcome));
            item->setText(PainColumn, painText(*session));
            item->setData(TimeColumn, Qt::UserRole, session->id);
            if (session->outcome != SessionOutcome::Completed)
                item->setForeground(ResultColumn, appearance::mutedText(palette()));
        }
    }
}

QDate HistoryView::painChartStart() const
{
    return m_today.addDays(-7 * ChartWeeks + 1);
}

QString HistoryView::regionName(const QString& regionId) const
{
    if (regionId.isEmpty())
        return tr("Mixed");
    const Region* region = m_catalog.region(regionId);
    return region ? catalogText(region->name) : regionId;
}

} // namespace limber
