#include "tray/StretchTray.h"

#include "limber/Catalog.h"
#include "limber/CatalogText.h"
#include "limber/ReminderScheduler.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>

namespace limber {

namespace {

constexpr int IconSize = 64;
constexpr qint64 MsPerHour = 60 * 60 * 1000;

QIcon applicationIcon()
{
    return QIcon::fromTheme(QStringLiteral("io.github.limber.Limber"),
                            QIcon(QStringLiteral(":/limber/icons/limber.svg")));
}

// The same figure, faded, with two bars: paused at a glance, in any panel colour.
QIcon pausedIcon(const QIcon& active)
{
    QPixmap pixmap(IconSize, IconSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setOpacity(0.45);
    active.paint(&painter, pixmap.rect());
    painter.setOpacity(1.0);
    const QRectF badge(IconSize * 0.52, IconSize * 0.52, IconSize * 0.46, IconSize * 0.46);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x30, 0x30, 0x30));
    painter.drawEllipse(badge);
    painter.setBrush(Qt::white);
    const qreal barWidth = badge.width() * 0.16;
    const qreal barHeight = badge.height() * 0.46;
    const qreal top = badge.center().y() - barHeight / 2;
    painter.drawRect(QRectF(badge.center().x() - barWidth * 1.5, top, barWidth, barHeight));
    painter.drawRect(QRectF(badge.center().x() + barWidth * 0.5, top, barWidth, barHeight));
    return QIcon(pixmap);
}

} // namespace

StretchTray::StretchTray(const Catalog& catalog, ReminderScheduler& scheduler, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_scheduler(scheduler)
    , m_menu(std::make_unique<QMenu>())
    , m_activeIcon(applicationIcon())
    , m_pausedIcon(pausedIcon(m_activeIcon))
{
    m_icon = new QSystemTrayIcon(m_activeIcon, this);
    m_icon->setContextMenu(m_menu.get());
    // A click on the icon opens the window, as people expect of a panel icon.
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested();
    });
    // The next reminder's time is worked out when the menu opens, not on a timer.
    connect(m_menu.get(), &QMenu::aboutToShow, this, &StretchTray::refresh);
    connect(&m_scheduler, &ReminderScheduler::stateChanged, this, &StretchTray::refresh);
    rebuildMenu();
    refresh();
}

StretchTray::~StretchTray() = default;

bool StretchTray::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void StretchTray::setVisible(bool visible)
{
    m_icon->setVisible(visible);
}

bool StretchTray::isVisible() const
{
    return m_icon->isVisible();
}

void StretchTray::setSuggestion(const QString& title)
{
    m_suggestion = title;
    refresh();
}

void StretchTray::setDueRoutine(const QString& name)
{
    //: the tray menu's entry for one of the person's routines that is due today, e.g. "Start Routine: Physio"
    m_startDueRoutine->setText(tr("Start Routine: %1").arg(name));
    m_startDueRoutine->setVisible(!name.isEmpty());
}

void StretchTray::showMessage(const QString& title, const QString& text)
{
    m_icon->showMessage(title, text, m_activeIcon);
}

void StretchTray::showWarning(const QString& title, const QString& text)
{
    constexpr int ShownMs = 15000; // long enough to read a file's path
    m_icon->showMessage(title, text, QSystemTrayIcon::Warning, ShownMs);
}

QIcon StretchTray::currentIcon() const
{
    return m_icon->icon();
}

void StretchTray::rebuildMenu()
{
    m_menu->clear();
    m_startSuggested = m_menu->addAction(QString());
    m_startSuggested->setObjectName(QStringLiteral("startSuggested"));
    connect(m_startSuggested, &QAction::triggered, this, &StretchTray::startSuggestedRequested);
    m_startDueRoutine = m_menu->addAction(QString());
    m_startDueRoutine->setObjectName(QStringLiteral("startDueRoutine"));
    m_startDueRoutine->setVisible(false); // until a routine is due
    connect(m_startDueRoutine, &QAction::triggered, this, &StretchTray::startDueRoutineRequested);

    QMenu* regions = m_menu->addMenu(tr("Start a Region"));
    regions->setObjectName(QStringLiteral("regionsMenu"));
    for (const Region& region : m_catalog.regions()) {
        QAction* action = regions->addAction(catalogText(region.name));
        const QString id = region.id;
        connect(action, &QAction::triggered, this, [this, id] { Q_EMIT startRegionRequested(id); });
    }
    m_menu->addSeparator();

    m_nextReminder = m_menu->addAction(QString());
    m_nextReminder->setObjectName(QStringLiteral("nextReminder"));
    m_nextReminder->setEnabled(false); // information, not a command

    m_snoozeMenu = m_menu->addMenu(tr("Remind Me In"));
    m_snoozeMenu->setObjectName(QStringLiteral("snoozeMenu"));
    for (int minutes : {5, 10, 30}) {
        QAction* action = m_snoozeMenu->addAction(tr("%n minute(s)", "", minutes));
        connect(action, &QAction::triggered, this, [this, minutes] { m_scheduler.snooze(minutes); });
    }
    m_pauseMenu = m_menu->addMenu(tr("Pause Reminders"));
    m_pauseMenu->setObjectName(QStringLiteral("pauseMenu"));
    connect(m_pauseMenu->addAction(tr("For 1 Hour")), &QAction::triggered, this,
            [this] { m_scheduler.pauseFor(MsPerHour); });
    connect(m_pauseMenu->addAction(tr("Until Tomorrow")), &QAction::triggered, this,
            [this] { m_scheduler.pauseUntilTomorrow(); });
    connect(m_pauseMenu->addAction(tr("Until I Resume Them")), &QAction::triggered, this,
            [this] { m_scheduler.pauseUntilResumed(); });
    m_resume = m_menu->addAction(tr("Resume Reminders"));
    m_resume->setObjectName(QStringLiteral("resumeReminders"));
    connect(m_resume, &QAction::triggered, this, [this] { m_scheduler.resume(); });
    m_menu->addSeparator();

    QAction* open = m_menu->addAction(tr("Open Limber"));
    open->setObjectName(QStringLiteral("open"));
    connect(open, &QAction::triggered, this, &StretchTray::openRequested);
    QAction* preferences = m_menu->addAction(tr("Preferences…"));
    connect(preferences, &QAction::triggered, this, &StretchTray::preferencesRequested);
    QAction* quit = m_menu->addAction(tr("Quit"));
    quit->setObjectName(QStringLiteral("quit"));
    connect(quit, &QAction::triggered, this, &StretchTray::quitRequested);
}

void StretchTray::refresh()
{
    const bool enabled = m_scheduler.settings().enabled;
    const bool paused = m_scheduler.isPaused();
    m_startSuggested->setText(m_suggestion.isEmpty() ? tr("Start a Stretch") : tr("Start: %1").arg(m_suggestion));

    QString next;
    if (paused) {
        const std::optional<QDateTime> until = m_scheduler.pausedUntil();
        next = until ? tr("Reminders paused until %1").arg(QLocale().toString(until->time(), QLocale::ShortFormat))
                     : tr("Reminders paused until you resume them");
    } else if (const std::optional<QDateTime> at = m_scheduler.nextReminder()) {
        const QString time = QLocale().toString(at->time(), QLocale::ShortFormat);
        const qint64 days = QDate::currentDate().daysTo(at->date());
        if (days <= 0)
            next = tr("Next reminder at %1").arg(time);
        else if (days == 1)
            next = tr("Next reminder tomorrow at %1").arg(time);
        else
            //: e.g. "Next reminder on Monday at 09:50"
            next = tr("Next reminder on %1 at %2").arg(QLocale().dayName(at->date().dayOfWeek()), time);
    } else {
        next = tr("Reminders are off");
    }
    m_nextReminder->setText(next);
    m_snoozeMenu->menuAction()->setVisible(!paused);
    m_pauseMenu->menuAction()->setVisible(enabled && !paused);
    m_resume->setVisible(paused);

    m_icon->setIcon(paused ? m_pausedIcon : m_activeIcon);
    m_icon->setToolTip(paused ? tr("Limber: reminders paused") : tr("Limber: %1").arg(next));
}

} // namespace limber
