#pragma once

#include <QWidget>

namespace limber {

// Lies over the session while it is paused or getting ready again, so neither
// state can be mistaken for a running one. Semi-transparent: the frozen ring
// and the pose stay visible underneath. Follows its parent's size.
class SessionOverlay final : public QWidget {
    Q_OBJECT

public:
    enum class Mode { Hidden, Paused, GetReady };

    explicit SessionOverlay(QWidget* parent);

    void showPaused(const QString& resumeHint);
    void showGetReady(int secondsLeft);
    void hideOverlay();

    Mode mode() const { return m_mode; }
    QString title() const;
    const QString& detail() const { return m_detail; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setMode(Mode mode);

    Mode m_mode = Mode::Hidden;
    QString m_detail;
    int m_seconds = 0;
};

} // namespace limber
