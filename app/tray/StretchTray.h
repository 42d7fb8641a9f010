#pragma once

#include <QIcon>
#include <QObject>
#include <QString>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace limber {

class Catalog;
class ReminderScheduler;

// Limber in the panel: the icon (dimmed with a pause mark while reminders are
// paused) and its menu, which offers the suggested session, the routine due today, a region, when
// the next reminder comes, snoozing and pausing, the window, Preferences and
// Quit. On Linux Qt talks StatusNotifierItem to the panel when a host is on
// the session bus, else the old XEmbed tray; with neither, isAvailable() is
// false and Limber keeps its window instead.
class StretchTray final : public QObject {
    Q_OBJECT

public:
    StretchTray(const Catalog& catalog, ReminderScheduler& scheduler, QObject* parent = nullptr);
    ~StretchTray() override;

    static bool isAvailable();

    void setVisible(bool visible);
    bool isVisible() const;
    // "Shoulder rolls · 2 min": the session the first menu entry starts.
    void setSuggestion(const QString& title);
    // The person's routine that is due today, by name, as a second entry under
    // the suggestion; empty hides it.
    void setDueRoutine(const QString& name);
    // A balloon from the icon (the first time the window closes to the tray).
    void showMessage(const QString& title, const QString& text);
    // The same with the warning sign: something the person should put right.
    void showWarning(const QString& title, const QString& text);

    QMenu* menu() const { return m_menu.get(); }
    QIcon currentIcon() const;

Q_SIGNALS:
    void startSuggestedRequested();
    void startDueRoutineRequested();
    void startRegionRequested(const QString& regionId);
    void openRequested();
    void preferencesRequested();
    void quitRequested();

private:
    void rebuildMenu();
    void refresh();

    const Catalog& m_catalog;
    ReminderScheduler& m_scheduler;
    std::unique_ptr<QMenu> m_menu;
    QSystemTrayIcon* m_icon = nullptr;
    QAction* m_startSuggested = nullptr;
    QAction* m_startDueRoutine = nullptr;
    QAction* m_nextReminder = nullptr;
    QMenu* m_snoozeMenu = nullptr;
    QMenu* m_pauseMenu = nullptr;
    QAction* m_resume = nullptr;
    QString m_suggestion;
    QIcon m_activeIcon;
    QIcon m_pausedIcon;
};

} // namespace limber
