#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace limber {

class ActionButton;

// Limber's own reminder for desktops without a notification server: a small
// frameless card that stays on top in a corner of the screen and never takes
// the keyboard from the window the person is typing in. It only shows and
// reports clicks; CornerPromptPresenter decides when it comes and goes.
class CornerPrompt final : public QWidget {
    Q_OBJECT

public:
    explicit CornerPrompt(QWidget* parent = nullptr);

    // `routineAction` names the due routine's button; empty hides it.
    void setOffer(const QString& summary, const QString& body, const QString& routineAction = {});
    // Bottom right of the primary screen's available area (above a bottom panel).
    void moveToCorner();

    QString summary() const;
    QString body() const;
    ActionButton* startButton() const { return m_start; }
    ActionButton* routineButton() const { return m_routine; }
    ActionButton* snoozeButton() const { return m_snooze; }
    ActionButton* skipButton() const { return m_skip; }
    QPushButton* closeButton() const { return m_close; }

Q_SIGNALS:
    void startClicked();
    void routineClicked();
    void snoozeClicked();
    void skipClicked();
    void closeClicked();

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyFonts();

    QLabel* m_summary;
    QLabel* m_body;
    ActionButton* m_start;
    ActionButton* m_routine;
    ActionButton* m_snooze;
    ActionButton* m_skip;
    QPushButton* m_close;
};

} // namespace limber
