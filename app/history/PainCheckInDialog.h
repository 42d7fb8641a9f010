#pragma once

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QLabel;

namespace limber {

class HistoryRecorder;
class PainLevelButton;

// "How is the pain?", answered with one click on a 0..10 scale, before or
// after a session. Skippable, and the person can say "don't ask again"
// (the same switch as in Preferences, SessionSettings::painCheckIn), because
// a question asked every day must never become a chore.
//
// Use: if (PainCheckInDialog::isCheckInEnabled()) { auto* d = new PainCheckInDialog(...);
// connect levelChosen; d->open(); } or, blocking, PainCheckInDialog::ask(...).
class PainCheckInDialog final : public QDialog {
    Q_OBJECT

public:
    enum class Moment { Before, After };

    // `regionName` ("Lower back") is shown under the question; may be empty.
    explicit PainCheckInDialog(Moment moment, const QString& regionName = {}, QWidget* parent = nullptr);

    Moment moment() const { return m_moment; }
    // The level chosen; nullopt when skipped (or not yet answered).
    std::optional<int> level() const { return m_level; }
    QCheckBox* dontAskAgainBox() const { return m_dontAskAgain; }
    PainLevelButton* levelButton(int level) const;

    // Whether Limber should ask at all (default: yes).
    static bool isCheckInEnabled();
    static void setCheckInEnabled(bool enabled);

    // Asks modally when enabled; nullopt when disabled or skipped.
    static std::optional<int> ask(Moment moment, const QString& regionName, QWidget* parent);
    // Before a session: asks (window-modal, not blocking) when enabled and
    // `recorder` can keep the answer, gives it to the recorder, then calls
    // `start`; without a question `start` runs at once.
    static void askBeforeThen(HistoryRecorder* recorder, const QString& regionName, QWidget* parent,
                              const std::function<void()>& start);
    // After a finished session, when enabled: the answer goes to `recorder`; `failed` hears why it could not be kept.
    static void askAfter(HistoryRecorder* recorder, const QString& regionName, QWidget* parent,
                         const std::function<void(const QString&)>& failed);

Q_SIGNALS:
    void levelChosen(int level);
    void skipped();

public Q_SLOTS:
    void done(int result) override;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void choose(int level);
    void showWordsFor(int level);

    Moment m_moment;
    std::optional<int> m_level;
    QList<PainLevelButton*> m_buttons;
    QLabel* m_words;
    QCheckBox* m_dontAskAgain;
};

} // namespace limber
